// Shortcuts of the sentence reading that must find exactly what the patterns behind them find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPENER_SECOND, PLAN_OPENER, REVIEW_OPENER } from '../../src/core/tense';

/** One opening for every alternative of the two opener patterns (with and without their optional parts). */
const OPENINGS = [
  '一、回顾', '十二、过去一年', '过去一年', '过去的五年', '近三年来', '近10年间', '三年来', '几年以来', '12年来', '两年间', '回顾',
  '2025年回顾', '2025年工作回顾', '去年回顾', '上年工作回顾', '“十四五”回顾', '“十四五”时期工作回顾', '2025年及“十四五”成就',
  '“十四五”主要成绩', '今年', '明年', '今后', '未来', '下一步', '2026年是', '做好今年', '做好2026年', '2026年目标', '2026年的主要预期目标',
  '今年全市的主要目标', '今年经济社会发展主要预期目标', '“十五五”目标', '“十五五”时期经济社会发展的主要目标',
];

test('an opening whose second character is not in OPENER_SECOND matches neither opener pattern', () => {
  for (const opening of OPENINGS) {
    assert.ok(REVIEW_OPENER.test(opening) || PLAN_OPENER.test(opening), opening);
    assert.equal(OPENER_SECOND[opening.charCodeAt(1)], 1, opening);
  }
  for (let code = 0; code < 0x10000; code++) {
    if (OPENER_SECOND[code] === 1) continue;
    for (const opening of OPENINGS) {
      const changed = opening[0]! + String.fromCharCode(code) + opening.slice(2);
      assert.ok(!REVIEW_OPENER.test(changed) && !PLAN_OPENER.test(changed), `U+${code.toString(16)} ${changed}`);
    }
  }
});
