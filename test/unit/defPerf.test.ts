// Definitions take shortcuts before reading an enumeration: clauses found in place (enumerationWithin), an ordinal
// list read only when 首 or 一 stands near the term, nested clauses split only when a separator is there, and "N个M"
// clauses read only when they hold the inner numeral. These tests hold the results to those of the full reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type Enumeration, enumerationWithin, explanationAfter, splitItems } from '../../src/core/enumeration';
import { extractSlogans, primaryDefinition } from '../../src/core/slogans';
import { splitSentences } from '../../src/core/sentences';
import { LineIndex } from '../../src/core/lines';

/** enumerationWithin as it read before: every clause of a sliced window split out, then each one tested. */
function referenceClause(text: string, from: number, to: number, expected: number): { start: number; end: number } | null {
  const window = text.slice(from, to);
  if (!window.includes('、')) return null;
  for (const clause of splitItems(window, from, '，,；;。：:\n')) {
    if (!clause.text.includes('、')) continue;
    let body = clause.text;
    const deng = body.lastIndexOf('等');
    if (deng > 0 && body.length - deng <= 4) body = body.slice(0, deng);
    if (splitItems(body, clause.start, '、').length === expected) return clause;
  }
  return null;
}

const piece = fc.oneof(
  fc.constantFrom('、', '，', '。', '：', '；', '\n', '“', '”', '（', '）', '《', '》', '【', '】', '「', '」', '等', '和', '甲', '乙丙', '丁戊己', ' '),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e20 }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
);

test('enumerationWithin finds the clause the full split finds, with the same items', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(5), fc.nat(5), fc.integer({ min: 2, max: 5 }), (parts, cutStart, cutEnd, expected) => {
      const text = parts.join('');
      const from = Math.min(cutStart, text.length);
      const to = Math.max(from, text.length - cutEnd);
      const found = enumerationWithin(text, from, to, expected);
      const clause = referenceClause(text, from, to, expected);
      // The first clause the full split accepts, read on its own, gives the same enumeration.
      const reference: Enumeration | null = clause === null ? null : enumerationWithin(text, clause.start, clause.end, expected);
      assert.deepEqual(found, reference, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('enumerationWithin reads the clause holding a 、, brackets kept whole', () => {
  const text = '四措并举。采取（甲，乙）、丙、丁、戊等方式，推进工作。';
  const found = enumerationWithin(text, 4, text.length, 4);
  assert.deepEqual(found?.items.map((item) => item.text), ['（甲，乙）', '丙', '丁', '戊']);
  assert.equal(enumerationWithin('甲乙丙，丁戊。', 0, 7, 2), null);
});

function definitionsOf(text: string): Map<string, string[] | null> {
  const lines = new LineIndex(text);
  const slogans = extractSlogans(text, splitSentences(text, lines), lines);
  return new Map(slogans.map((slogan) => [slogan.term, primaryDefinition(slogan)]));
}

test('an ordinal list right after a term still defines it, whichever marker opens it', () => {
  assert.deepEqual(definitionsOf('推动“两化”，首先是工业化，其次是信息化。').get('两化'), ['工业化', '信息化']);
  assert.deepEqual(definitionsOf('落实“三个转变”，一是转作风，二是转方式，三是转观念。').get('三个转变'), ['转作风', '转方式', '转观念']);
  assert.equal(definitionsOf('推动“两化”，我们要先做好工业化，其次是信息化。').get('两化'), null);
});

test('a parenthesis without a clause separator is no nested definition, one with them still is', () => {
  const nested = definitionsOf('实施“五个三”(主攻A、B、C三大目标，打赢D、E、F三大攻坚，巩固G、H、I三大成果，守住J、K、L三条底线，推进M、N、O三大行动)。');
  assert.deepEqual(nested.get('五个三'), ['三大目标', '三大攻坚', '三大成果', '三条底线', '三大行动']);
  assert.deepEqual(definitionsOf('建设“两街两路”(解放街、人民街)。').get('两街两路')?.length, 2);
});

test('"N个M" groups written as clauses are found only in clauses holding the inner numeral', () => {
  const clauses = definitionsOf('推进“两个三”，主攻甲、乙、丙三大目标，打赢丁、戊、己三大攻坚。').get('两个三');
  assert.deepEqual(clauses, ['三大目标', '三大攻坚']);
  assert.equal(definitionsOf('全力推进“三个一”，打造一流环境、一流服务，建设一个中心，形成一张网络，培育一支队伍。').get('三个一'), null);
  const headings = definitionsOf('推进“两个一”。一枚印章管审批。一个平台管调度。').get('两个一');
  assert.deepEqual(headings, ['一枚印章管审批', '一个平台管调度']);
});

test('every explanation marker is still read after a term, and look-alikes are not', () => {
  const markers = ['即', '也就是', '就是指', '就是', '是指', '指的是', '包括', '包含', '主要包括', '具体即', '分别是', '分别为', '：', ':'];
  for (const marker of markers) {
    const text = `“两区”${marker}甲区、乙区。`;
    assert.deepEqual(explanationAfter(text, 3, 2)?.items.map((item) => item.text), ['甲区', '乙区'], marker);
  }
  for (const lookAlike of ['是', '就', '主', '具备', '也', '指出', '包装', '分为', '即将']) {
    assert.equal(explanationAfter(`“两区”${lookAlike}甲区、乙区。`, 3, 2), null, lookAlike);
  }
  for (const ordinal of ['首先', '其一', '一是', '一要', '第一']) assert.equal(explanationAfter(`“两区”：${ordinal}甲区，乙区。`, 3, 2), null, ordinal);
  assert.notEqual(explanationAfter('“两区”：一甲区、乙区。', 3, 2), null);
});
