import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDeadlines, fiveYearPlanYears } from '../../src/core/deadlines';

function d(text: string, year: number | null = 2026): Array<[string, string | null]> {
  return findDeadlines(text, 0, text.length, year).map((x) => [text.slice(x.start, x.end), x.deadline]);
}

test('absolute dates and periods', () => {
  assert.deepEqual(d('到2025年基本建成'), [['到2025年', '2025']]);
  assert.deepEqual(d('2025年前完成'), [['2025年前', '2025']]);
  assert.deepEqual(d('2025年底前完成'), [['2025年底前', '2025-12-31']]);
  assert.deepEqual(d('2026年6月底前出台'), [['2026年6月底前', '2026-06-30']]);
  assert.deepEqual(d('三年行动方案(2020—2022)'), [['2020—2022', '2020/2022']]);
  assert.deepEqual(d('2021—2025年'), [['2021—2025年', '2021/2025']]);
});

test('five-year plans', () => {
  assert.deepEqual(fiveYearPlanYears('十四五'), [2021, 2025]);
  assert.deepEqual(fiveYearPlanYears('十五五'), [2026, 2030]);
  assert.deepEqual(fiveYearPlanYears('十三五'), [2016, 2020]);
  assert.deepEqual(d('确保“十四五”时期增速达9%'), [['“十四五”时期', '2021/2025']]);
  assert.deepEqual(d('努力在“十四五”末达到'), [['“十四五”末', '2025']]);
  assert.deepEqual(d('“十五五”期间'), [['“十五五”期间', '2026/2030']]);
});

test('relative expressions resolve with the document year', () => {
  assert.deepEqual(d('年底前完成'), [['年底前', '2026-12-31']]);
  assert.deepEqual(d('6月底前推出'), [['6月底前', '2026-06-30']]);
  assert.deepEqual(d('力争6月30日前完成'), [['6月30日前', '2026-06-30']]);
  assert.deepEqual(d('9月实现招生'), [['9月', '2026-09']]);
  assert.deepEqual(d('今年实现'), [['今年', '2026']]);
  assert.deepEqual(d('全年拟精简'), [['全年', '2026']]);
  assert.deepEqual(d('明年建成'), [['明年', '2027']]);
  assert.deepEqual(d('上半年完成'), [['上半年', '2026-06-30']]);
  assert.deepEqual(d('“五一”前完成'), [['“五一”前', '2026-05-01']]);
  assert.deepEqual(d('力争三年全部完成'), [['三年', '2026/2028']]);
  assert.deepEqual(d('到今年年底之前'), [['到今年年底之前', '2026-12-31']]);
});

test('without a document year relative deadlines are null but still found', () => {
  assert.deepEqual(d('确保9月底前完成', null), [['9月底前', null]]);
  assert.deepEqual(d('到今年年底之前', null), [['到今年年底之前', null]]);
  assert.deepEqual(d('到2030年', null), [['到2030年', '2030']]);
});

test('past markers on the expression', () => {
  const [since] = findDeadlines('2018年以来', 0, 7, 2026);
  assert.equal(since?.past, true);
  const [already] = findDeadlines('报名已于5月12日开始', 0, 12, 2026);
  assert.equal(already?.past, true);
  assert.deepEqual(d('2026年是“十五五”开局之年').map((x) => x[0]), ['“十五五”']);
});
