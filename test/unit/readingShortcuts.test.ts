// The shortcuts of sentence reading must not change what it finds: the deadline keys the clause scan reports
// (reading.ts passes them to findDeadlines), the start filter of the duration pattern, the forecast words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ALL_KEYS, DEADLINE_PATTERNS, durationCanStart, findDeadlines } from '../../src/core/deadlines';
import { C_FORECAST, ClauseBuffer, CUE_PATTERNS, cueBits, scanClauseFamilies } from '../../src/core/tense';

const piece = fc.constantFrom(
  '2020', '2022', '2025', '1', '12', '3', '0', '—', '——', '-', '–', '~', '～', '至', '到', ' ', '\t', '年', '年内', '年底', '月', '日', '前',
  '内', '时间', '左右', '完成', '力争', '用', '两', '三', '十', '十四五', '“', '”', '今年', '上半年', '季度', '五一', '国庆', '，', '；', '。', '：',
  '（', '）', '《', '》', '方案', '已', '于', '建成',
);

function keysOf(text: string): number {
  const buffer = new ClauseBuffer();
  scanClauseFamilies(text, 0, text.length, buffer);
  let keys = 0;
  for (let k = 0; k < buffer.count; k++) keys |= buffer.families[k]! & ALL_KEYS;
  return keys;
}

test('the deadline keys of the clause scan find what all patterns find', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      const all = findDeadlines(text, 0, text.length, 2026);
      const keys = keysOf(text);
      assert.deepEqual(keys === 0 ? [] : findDeadlines(text, 0, text.length, 2026, keys), all, JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

const DURATION_AT = new RegExp(DEADLINE_PATTERNS.DURATION.source, 'y');

test('the duration pattern matches only where durationCanStart allows', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      for (let at = 0; at < text.length; at++) {
        DURATION_AT.lastIndex = at;
        if (DURATION_AT.test(text)) assert.ok(durationCanStart(text, at), `${JSON.stringify(text)} at ${at}`);
      }
    }),
    { numRuns: 3000 },
  );
});

const cuePiece = fc.constantFrom('据', '根据', '数据', '测算', '预测', '预估', '预期', '预计', '可望', '有望', '希望', '展望', '统计', '显示', '分析', '估计', '市', '局', '2025年', '增长', '\n', '，', '。', '要');

test('a clause reads as a forecast exactly where the FORECAST pattern matches', () => {
  fc.assert(
    fc.property(fc.array(cuePiece, { maxLength: 12 }), (parts) => {
      const clause = parts.join('');
      const buffer = new ClauseBuffer();
      scanClauseFamilies(clause, 0, clause.length, buffer);
      for (let k = 0; k < buffer.count; k++) {
        const from = buffer.starts[k]!;
        const to = buffer.ends[k]!;
        const forecast = (cueBits(clause, from, to, buffer.families[k]!) & C_FORECAST) !== 0;
        assert.equal(forecast, CUE_PATTERNS.FORECAST.test(clause.slice(from, to)), JSON.stringify(clause.slice(from, to)));
      }
    }),
    { numRuns: 3000 },
  );
});
