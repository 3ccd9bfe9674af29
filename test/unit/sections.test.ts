import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPENER_FIRST, PLAN_OPENER, REVIEW_OPENER } from '../../src/core/tense';

test('a paragraph opening whose first character is not in OPENER_FIRST matches neither opener pattern', () => {
  // What each alternative of the two patterns needs after its first character: a character missing from the
  // table that can start one of them makes that character plus some tail match.
  const tails = [
    '、回顾', '、过去一年', '去一年', '去的五年', '三年来', '年来', '年间', '年以来', '顾', '025年回顾', '025年工作回顾', '年回顾', '年工作回顾',
    '十四五”回顾', '十四五”时期回顾', '025年及“十四五”成就', '十四五”成就', '十四五”时期主要成绩',
    '年', '后', '来', '一步', '026年是', '好今年', '好2026年', '026年目标', '026年的主要预期目标', '年经济社会发展的主要预期目标', '十五五”目标', '十五五”时期经济社会发展的主要目标',
  ];
  for (let code = 0; code < 0x10000; code++) {
    if (OPENER_FIRST[code] === 1) continue;
    const first = String.fromCharCode(code);
    for (const tail of tails) {
      assert.ok(!REVIEW_OPENER.test(first + tail) && !PLAN_OPENER.test(first + tail), `U+${code.toString(16)} ${first}${tail}`);
    }
  }
  for (const opening of ['过去一年', '两年来', '2025年工作回顾', '今年', '下一步', '做好今年', '“十五五”时期主要目标', '一、回顾']) {
    assert.ok(REVIEW_OPENER.test(opening) || PLAN_OPENER.test(opening), opening);
    assert.equal(OPENER_FIRST[opening.charCodeAt(0)], 1, opening);
  }
});
