// The shortcuts findDeadlines takes must not change what it finds: the deadline keys the clause scan reports
// (reading.ts passes them) and the start filter of the duration pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ALL_KEYS, DEADLINE_PATTERNS, durationCanStart, findDeadlines } from '../../src/core/deadlines';
import { ClauseBuffer, scanClauseFamilies } from '../../src/core/tense';

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
