import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TwoCharWords } from '../../src/core/twoCharWords';

const WORDS = ['建成', '完成', '开工', '建设', '成立'];
const AS_REGEX = new RegExp(WORDS.join('|'));

test('two-character words are found exactly where the regex alternation finds one in the range', () => {
  const words = new TwoCharWords(WORDS);
  const alphabet = fc.constantFrom(...'建成完开工设立，。\n a');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(40), fc.nat(40), (chars, a, b) => {
      const text = chars.join('');
      const from = Math.min(a, b, text.length);
      const to = Math.min(Math.max(a, b), text.length);
      assert.equal(words.occursIn(text, from, to), AS_REGEX.test(text.slice(from, to)));
    }),
    { numRuns: 5000 },
  );
});

test('a word of another length is refused', () => {
  assert.throws(() => new TwoCharWords(['建']), /two-character/);
});

test('the first word in a range starts where the regex alternation finds it', () => {
  const words = new TwoCharWords(WORDS);
  const alphabet = fc.constantFrom(...'建成完开工设立，。\n a');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(40), fc.nat(40), (chars, a, b) => {
      const text = chars.join('');
      const from = Math.min(a, b, text.length);
      const to = Math.min(Math.max(a, b), text.length);
      const m = AS_REGEX.exec(text.slice(from, to));
      assert.equal(words.firstIn(text, from, to), m ? from + m.index : -1);
    }),
    { numRuns: 5000 },
  );
});
