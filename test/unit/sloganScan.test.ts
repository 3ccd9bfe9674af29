// The one-pass helpers slogan extraction shares: offsets of flagged code units, quotes found from those
// offsets, and the cheap reject before a quoted text is classified.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNT_NUMERAL_CODES, codeAt, codeTable, isCountNumeralCode, offsetsOf } from '../../src/core/sloganLexicon';
import { QUOTE_SCAN_CODES, findQuotes, findQuotesAt } from '../../src/core/quotes';
import { mayNameSlogan, quotedSloganTerm } from '../../src/core/sloganShape';

test('offsetsOf: every offset of a flagged code unit, in order', () => {
  assert.deepEqual(offsetsOf('一a二b三', codeTable('一三')), [0, 4]);
  assert.deepEqual(offsetsOf('', codeTable('一')), []);
  assert.deepEqual(offsetsOf('abc', codeTable('一')), []);
});

test('codeAt: the code unit inside the text, 0 on either side of it', () => {
  assert.equal(codeAt('一a', 0), '一'.charCodeAt(0));
  assert.equal(codeAt('一a', 1), 97);
  assert.equal(codeAt('一a', 2), 0);
  assert.equal(codeAt('一a', -1), 0);
  assert.equal(codeAt('', 0), 0);
});

test('the scanned code lists: every count numeral, and every quote mark and line break in code order', () => {
  for (let code = 0; code < 0x10000; code++) assert.equal(COUNT_NUMERAL_CODES.includes(code), isCountNumeralCode(code), String(code));
  assert.deepEqual(QUOTE_SCAN_CODES, [...'\n\r"‘’“”「」『』＂'].map((ch) => ch.charCodeAt(0)));
});

test('findQuotesAt: the same quotes as findQuotes, other offsets ignored', () => {
  const texts = ['坚持“四个意识”和「两个维护」', '“未闭合\n“五个三”', '"1+8"与‘一城一谷’，“外“内”外”', ''];
  const table = codeTable(['一', '四', ...QUOTE_SCAN_CODES.map((code) => String.fromCharCode(code))]);
  for (const text of texts) {
    const expected = [...findQuotes(text)];
    // A copy of the text: findQuotes keeps its last result for the identical string.
    const copy = [...text].join('');
    assert.deepEqual([...findQuotesAt(copy, offsetsOf(copy, table))], expected, text);
  }
});

test('mayNameSlogan: false only where quotedSloganTerm is null', () => {
  const contents = ['四个意识', '碳达峰', '一', '1+8', '千万工程', '稳经济30条', '两不愁、三保障', '好', 'ab'];
  for (const content of contents) {
    const text = `“${content}”`;
    const may = mayNameSlogan(text, 1, text.length - 1);
    if (!may) assert.equal(quotedSloganTerm(content), null, content);
  }
  assert.equal(mayNameSlogan('x四个意识x', 1, 5), true);
  assert.equal(mayNameSlogan('碳达峰', 0, 3), false);
  assert.equal(mayNameSlogan('四', 0, 1), false);
});
