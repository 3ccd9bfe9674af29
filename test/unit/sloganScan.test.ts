// The one-pass helpers slogan extraction shares: offsets of flagged code units, quotes found from those
// offsets, the cheap reject before a quoted text is classified, and the one scan slogans.ts makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNT_NUMERAL_CODES, codeAt, codeTable, isCountNumeralCode, offsetsOf } from '../../src/core/sloganLexicon';
import { QUOTE_SCAN_CODES, type QuoteSpans, findQuotes, findQuotesAt } from '../../src/core/quotes';
import { mayNameSlogan, quotedSloganTerm } from '../../src/core/sloganShape';
import { definingOffsets, extractSlogans } from '../../src/core/slogans';
import { splitSentences } from '../../src/core/sentences';
import { LineIndex } from '../../src/core/lines';

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

/** The spans as a list of their own (the shared arrays are overwritten by the next call for another text). */
function spanList(spans: QuoteSpans): { open: number; close: number }[] {
  const list: { open: number; close: number }[] = [];
  for (let q = 0; q < spans.count; q++) list.push({ open: spans.opens[q]!, close: spans.closes[q]! });
  return list;
}

test('findQuotes: the spans on one line in order of their opening marks, nested ones included', () => {
  assert.deepEqual(spanList(findQuotes('坚持“四个意识”和「两个维护」')), [{ open: 2, close: 7 }, { open: 9, close: 14 }]);
  assert.deepEqual(spanList(findQuotes('“外“内”外”')), [{ open: 0, close: 6 }, { open: 2, close: 4 }]);
  assert.deepEqual(spanList(findQuotes('“未闭合\n“五个三”')), [{ open: 5, close: 9 }]);
  assert.deepEqual(spanList(findQuotes('')), []);
});

test('findQuotes: a text with more spans than the shared arrays held before', () => {
  const text = '“一城”'.repeat(5000);
  const spans = spanList(findQuotes(text));
  assert.equal(spans.length, 5000);
  spans.forEach((span, k) => assert.deepEqual(span, { open: 4 * k, close: 4 * k + 3 }));
});

test('findQuotesAt: the same quotes as findQuotes, other offsets ignored', () => {
  const texts = ['坚持“四个意识”和「两个维护」', '“未闭合\n“五个三”', '"1+8"与‘一城一谷’，“外“内”外”', ''];
  const table = codeTable(['一', '四', ...QUOTE_SCAN_CODES.map((code) => String.fromCharCode(code))]);
  for (const text of texts) {
    const expected = spanList(findQuotes(text));
    // A copy of the text: findQuotes keeps its last result for the identical string.
    const copy = [...text].join('');
    assert.deepEqual(spanList(findQuotesAt(copy, offsetsOf(copy, table))), expected, text);
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

// The one scan (slogans.ts): every term is found at a count numeral of its own, in buffers reused from document
// to document; long documents take a path that grows its buffers.

function slogansOf(text: string) {
  const lines = new LineIndex(text);
  return extractSlogans(text, splitSentences(text, lines), lines);
}

/** Every start of `term` in `text`. */
function startsIn(text: string, term: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) starts.push(at);
  return starts;
}

test('scan: a known term that opens with no numeral is found at its numeral (和平共处五项原则, 国内国际双循环)', () => {
  const text = '坚持和平共处五项原则。构建国内国际双循环，落实中央八项规定精神。再谈和平共处五项原则';
  const byTerm = new Map(slogansOf(text).map((s) => [s.term, s.occurrences.map((o) => o.start)]));
  assert.deepEqual(byTerm.get('和平共处五项原则'), startsIn(text, '和平共处五项原则'));
  assert.deepEqual(byTerm.get('国内国际双循环'), startsIn(text, '国内国际双循环'));
  assert.deepEqual(byTerm.get('中央八项规定'), startsIn(text, '中央八项规定'));
  // 双循环 and 八项规定 only ever stand inside the longer names: no slogans of their own.
  assert.equal(byTerm.has('双循环'), false);
  assert.equal(byTerm.has('八项规定'), false);
});

test('scan: a quoted term without a count numeral (“1+8”, “15分钟生活圈”) is found wherever it occurs', () => {
  const text = '打造“1+8”城市群和“15分钟生活圈”。1+8城市群加快建设，15分钟生活圈全覆盖。';
  const byTerm = new Map(slogansOf(text).map((s) => [s.term, s.occurrences.map((o) => o.start)]));
  assert.deepEqual(byTerm.get('1+8'), startsIn(text, '1+8'));
  assert.deepEqual(byTerm.get('15分钟生活圈'), startsIn(text, '15分钟生活圈'));
});

test('scan: a quoted term with no count numeral at all (“千万工程”) is found wherever it occurs', () => {
  const text = '深化“千万工程”。千万工程经验推广，再谈千万工程。';
  const slogan = slogansOf(text).find((s) => s.term === '千万工程');
  assert.ok(slogan);
  assert.deepEqual(slogan.occurrences.map((o) => o.start), startsIn(text, '千万工程'));
});

test('scan: a document past the presized buffers gives the offsets a short one gives', () => {
  const unit = '坚持“四个意识”，推进一城一谷建设。“十四五”时期，A、B、C三大攻坚取得成效。所谓“碳达峰”是指排放达到峰值。\n';
  const short = unit.repeat(3);
  const long = '。'.repeat(300_000) + short;
  const shift = long.length - short.length;
  const a = slogansOf(short);
  const b = slogansOf(long);
  assert.deepEqual(b.map((s) => s.term), a.map((s) => s.term));
  for (let i = 0; i < a.length; i++) {
    assert.deepEqual(b[i]!.occurrences.map((o) => o.start - shift), a[i]!.occurrences.map((o) => o.start), a[i]!.term);
  }
  // A short document after the long one: the reused buffers hold only its own offsets.
  assert.deepEqual(slogansOf(short).map((s) => s.occurrences.length), a.map((s) => s.occurrences.length));
});

test('definingOffsets: every 是指, from the scan of the same text or searched', () => {
  const text = '“碳达峰”是指二氧化碳排放达到峰值。碳中和是指抵消。是是指指，指是指';
  const expected = startsIn(text, '是指');
  // A copy the scan has not read: searched.
  assert.deepEqual(definingOffsets([...text].join('')), expected);
  slogansOf(text);
  assert.deepEqual(definingOffsets(text), expected);
});
