import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TwoCharWords } from '../../src/core/twoCharWords';
import { textWithRange } from './helpers/textRanges';

const WORDS = ['建成', '完成', '开工', '建设', '成立'];
const AS_REGEX = new RegExp(WORDS.join('|'));

test('two-character words are found exactly where the regex alternation finds one in the range', () => {
  const words = new TwoCharWords(WORDS);
  fc.assert(
    fc.property(textWithRange('建成完开工设立，。\n a'), ({ text, from, to }) => {
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
  fc.assert(
    fc.property(textWithRange('建成完开工设立，。\n a'), ({ text, from, to }) => {
      const m = AS_REGEX.exec(text.slice(from, to));
      assert.equal(words.firstIn(text, from, to), m ? from + m.index : -1);
    }),
    { numRuns: 5000 },
  );
});
