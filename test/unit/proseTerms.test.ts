// Prose terms: quoted and unquoted 是指 / 所谓…就是 / 所称…是指; numbered formulations are left to slogans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractProseTerms } from '../../src/core/proseTerms';
import { splitSentences } from '../../src/core/sentences';
import { LineIndex } from '../../src/core/lines';

function prose(text: string) {
  const lines = new LineIndex(text);
  return extractProseTerms(text, splitSentences(text, lines), lines);
}

test('defining sentences become explanations, with the term span', () => {
  const text = '前言。\n“碳达峰”是指二氧化碳排放量达到历史最高值。所谓“无废城市”，就是一种城市发展模式。本办法所称固体废物，是指固态废弃物。碳中和是指排放与吸收相抵。';
  const terms = prose(text);
  assert.deepEqual(terms.map((t) => t.term), ['碳达峰', '无废城市', '固体废物', '碳中和']);
  const first = terms[0]!;
  assert.equal(first.explanation, '“碳达峰”是指二氧化碳排放量达到历史最高值。');
  assert.equal(first.line, 1);
  assert.equal(text.slice(first.start, first.end), '碳达峰');
});

test('quoted terms without a defining verb, and numbered formulations, are not prose terms', () => {
  assert.deepEqual(prose('打造“世界光谷”，推进“四个意识”是指政治意识等。'), []);
});

test('traditional script keeps the original term', () => {
  const terms = prose('“碳達峰”是指二氧化碳排放達到峰值，實現綠色發展，這是國家戰略。');
  assert.equal(terms[0]?.term, '碳達峰');
});
