// The shortcuts of sentence reading must not change what it finds: the deadline keys the clause scan reports
// (reading.ts passes them to findDeadlines), the start filter of the duration pattern, the forecast words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ALL_KEYS, DEADLINE_PATTERNS, durationCanStart, findDeadlines } from '../../src/core/deadlines';
import { C_FORECAST, ClauseBuffer, CUE_PATTERNS, cueBits, cueFamilies, scanClauseFamilies } from '../../src/core/tense';

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

/** Cue words, their look-around characters and clause breaks, with other text around them. */
const scanPiece = fc.oneof(
  fc.constantFrom(
    '要', '主要', '需要', '的', '将', '即将', '努力将', '作为', '《', '》', '确保', '争取', '下一步', '工作', '了', '为了', '了解',
    '已', '1-', '1—', '3', '月', '2020', '—', '2022', ' ', '\t', '\u3000', '年', '十四五', '今年', '年底', '五一', '共计', '划',
    '去年', '比上年', '上年同期', '预计将', '基础上', '据', '测算', '累计', '拥有', '不少于', '如果', '不敢想象', '推进', '建设', '完成',
    '，', ',', '：', '；', '。', '！', '？', '?', '\n', '“', '”',
  ),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
);

test('the one-pass clause scan finds the clauses and, in each, the cue families cueFamilies finds', () => {
  fc.assert(
    fc.property(fc.array(scanPiece, { maxLength: 16 }), fc.nat(3), fc.nat(3), (parts, cutStart, cutEnd) => {
      const text = parts.join('');
      const from = Math.min(cutStart, text.length);
      const to = Math.max(from, text.length - cutEnd);
      const buffer = new ClauseBuffer();
      scanClauseFamilies(text, from, to, buffer);
      const expected: Array<[number, number, number]> = [];
      let start = from;
      for (let i = from; i <= to; i++) {
        if (i < to && !'，,：:；;。！？!?'.includes(text[i]!)) continue;
        if (i > start) expected.push([start, i, cueFamilies(text, start, i)]);
        start = i + 1;
      }
      const actual: Array<[number, number, number]> = [];
      for (let k = 0; k < buffer.count; k++) actual.push([buffer.starts[k]!, buffer.ends[k]!, buffer.families[k]!]);
      assert.deepEqual(actual, expected, JSON.stringify(text.slice(from, to)));
    }),
    { numRuns: 5000 },
  );
});
