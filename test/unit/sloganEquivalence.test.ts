// Fast paths of slogan extraction against the straightforward forms they replace: the same result on random
// text built from the characters and words the rules look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { abbreviationLeadBefore } from '../../src/core/definitions';
import { dengNumeralIn, resultativeVerbLength } from '../../src/core/enumeration';
import { isSpaceCode } from '../../src/core/whitespace';

function randomText(pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
}

const ABBREVIATION_PIECES = ['以下', '简称', '统称', '合称', '以', '下', '简', '统', '合', '称', '“', '（', '(', '三', '个', '城市'];

test('abbreviationLeadBefore: the length /(以下简称|简称|统称|合称|以下统称)$/ matches before an offset', () => {
  fc.assert(
    fc.property(randomText(ABBREVIATION_PIECES), fc.nat(), (text, at) => {
      const end = at % (text.length + 1);
      const lead = /(以下简称|简称|统称|合称|以下统称)$/.exec(text.slice(Math.max(0, end - 4), end));
      assert.equal(abbreviationLeadBefore(text, end), lead === null ? 0 : lead[0].length);
    }),
    { numRuns: 3000 },
  );
});

test('isSpaceCode: exactly the code units /\\s/ matches', () => {
  for (let code = 0; code < 0x10000; code++) assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  assert.equal(isSpaceCode(NaN), false);
});

const DENG_PIECES = ['等', '一', '两', '几', '十', '百', '个', 'A', '、', ' ', '“'];

test('dengNumeralIn: where /等[一二两三四五六七八九十几]/ first matches inside a range', () => {
  fc.assert(
    fc.property(randomText(DENG_PIECES, 12), fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      const match = /等[一二两三四五六七八九十几]/.exec(text.slice(from, to));
      assert.equal(dengNumeralIn(text, from, to), match === null ? -1 : from + match.index);
    }),
    { numRuns: 3000 },
  );
});

const RESULTATIVE_PIECES = ['干', '好', '住', '齐', '赢', '牢', '美', '更', '把握', ' ', '\u3000', 'A', '1', '\ud840', '\udc00', '安全'];

test('resultativeVerbLength: the leading resultative verb stripLeadingVerbs removes', () => {
  fc.assert(
    fc.property(randomText(RESULTATIVE_PIECES, 5), (text) => {
      const resultative = /^[\u4e00-\u9fff]{0,1}[^美友良较更最很\s][好住齐赢牢]/.exec(text);
      const expected = resultative && !/^[好住齐赢牢]/.test(text) ? resultative[0].length : 0;
      assert.equal(resultativeVerbLength(text), expected, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});
