import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isExhortation } from '../../src/core/commitments';
import { textWithRange } from './helpers/textRanges';

const EXHORTATION = /把握|认清|认识到|统一思想|坚定信心|解放思想|提高站位|高度重视|深刻领会|充分认识|牢固树立|弘扬|发扬|不辜负|切实负起|增强.{0,6}意识/;

test('an exhortation is found exactly where the regex alternation finds one in the range', () => {
  fc.assert(
    fc.property(textWithRange('把握认清识到统一思想坚定信心解放提高站位度重视深刻领会充分牢固树立弘扬发不辜负切实起增强意，。\na'), ({ text, from, to }) => {
      assert.equal(isExhortation(text, from, to), EXHORTATION.test(text.slice(from, to)));
    }),
    { numRuns: 20000 },
  );
  assert.equal(isExhortation('要增强大局意识。', 0, 8), true);
  assert.equal(isExhortation('要切实负起责任', 0, 7), true);
  assert.equal(isExhortation('要切实负责', 0, 5), false);
});
