// Sentences written for this test in the style of a 2026 provincial government work report (not taken
// from any seed): the review must yield no targets; the 十五五 goals and this year's plan must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';

const REPORT = [
  '政府工作报告',
  '一、2025年工作回顾',
  '过去一年，全省上下克难奋进，预计全年地区生产总值增长5.2%，一般公共预算收入增长3.4%，城镇新增就业58万人。',
  '（一）产业升级步伐加快。全年新增规上工业企业1500家，数字经济核心产业增加值增长12%。',
  '“十四五”时期，全省经济年均增长5.6%，累计建成高标准农田1200万亩。',
  '二、“十五五”时期目标任务',
  '今后五年，要确保到2030年全省经济总量突破9万亿元，常住人口城镇化率达到72%左右，研发经费投入强度提高到3%以上。',
  '三、2026年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；单位地区生产总值能耗下降3%左右。',
  '（一）扩大有效投资。全年实施省重点项目1000个以上，6月底前出台支持民间投资若干措施。',
  '省财政厅要会同有关部门，年底前完成地方政府专项债券发行。',
  '据国际机构预测，今年全球经济增长3%左右。',
].join('\n');

function anchors(text: string): string[] {
  return extractDocument(text, { uri: 'report-2026.txt' }).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`);
}

test('the document year of a 2026 work report', () => {
  assert.equal(extractDocument(REPORT, { uri: 'r' }).year, 2026);
});

test('review, 十四五 results and outside forecasts yield no targets', () => {
  const found = anchors(REPORT);
  for (const review of ['5.2%', '3.4%', '58万人', '1500家', '12%', '5.6%', '1200万亩', '3%左右|2026-12-31']) {
    assert.ok(!found.some((a) => a.startsWith(`${review}|`) || a === review), `${review} should not be a target: ${found.join(', ')}`);
  }
  assert.ok(!found.includes('3%左右|2026') || found.filter((a) => a === '3%左右|2026').length === 1, 'the forecast 3%左右 is not a target');
});

test('十五五 goals and this year’s expected values are targets with deadlines', () => {
  const found = anchors(REPORT);
  for (const expected of [
    '突破9万亿元|2030', '72%左右|2030', '3%以上|2030',
    '5%左右|2026', '5.5%左右|2026', '2%左右|2026', '3%左右|2026',
    '1000个以上|2026', '6月底前|2026-06-30', '年底前|2026-12-31',
  ]) {
    assert.ok(found.includes(expected), `missing ${expected}: ${found.join(', ')}`);
  }
});

test('values, units, comparators and actors', () => {
  const facts = extractDocument(REPORT, { uri: 'r' });
  const gdp = facts.targets.find((t) => t.anchor === '5%左右')!;
  assert.deepEqual([gdp.value, gdp.unit, gdp.comparator], [5, '%', '~']);
  const size = facts.targets.find((t) => t.anchor === '突破9万亿元')!;
  assert.deepEqual([size.value, size.unit, size.comparator], [9, '万亿元', '>=']);
  const bonds = facts.targets.find((t) => t.anchor === '年底前')!;
  assert.equal(bonds.actor, '省财政厅');
});

test('the same rules read traditional script, offsets on the original', () => {
  const text = '今年經濟社會發展的主要預期目標是：地區生產總值增長5%左右；城鎮新增就業60萬人以上。';
  const facts = extractDocument(text, { uri: 't', year: 2026 });
  assert.deepEqual(facts.targets.map((t) => [t.anchor, t.unit, t.deadline]), [['5%左右', '%', '2026'], ['60萬人以上', '萬人', '2026']]);
  for (const t of facts.targets) assert.equal(text.slice(t.start, t.end), t.anchor);
});

test('a dated deliverable without a number, and past-tense clauses', () => {
  const found = anchors('2026年是“十五五”开局之年。到2027年全面建成省级数据中心。报名工作已于3月1日开始，力争6月30日前完成。');
  assert.deepEqual(found, ['到2027年|2027', '6月30日前|2026-06-30']);
});

test('a due date governs what follows it; a period after a quantity covers the sentence', () => {
  const text = '2025年是“十四五”收官之年。2026年是“十五五”开局之年。要新增托位5万个，9月底前实现县域医共体全覆盖。下一步将取消10项审批事项，全年拟精简审批事项80项。';
  const facts = extractDocument(text, { uri: 'r' });
  assert.equal(facts.year, 2026);
  assert.deepEqual(facts.targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`), ['5万个|', '9月底前|2026-09-30', '10项|2026', '80项|2026']);
});

test('inside a review, 确保 narrates; in a plan, 比上年 is the base of an aim', () => {
  const text = [
    '一、2025年工作回顾',
    '过去一年，我们确保粮食产量稳定在1400万吨以上，力争实现的各项目标全面完成。',
    '二、2026年工作安排',
    '今年的主要预期目标是：地区生产总值比上年增长5%左右，一般公共预算收入同比增长3%。',
  ].join('\n');
  assert.deepEqual(anchors(text), ['5%左右|2026', '3%|2026']);
});

test('a review opened by a paragraph continues over its sub-headings until the plan', () => {
  const text = [
    '政府工作报告',
    '过去一年，我们团结奋斗，主要做了以下工作。',
    '（一）推动经济回升向好。全年实施重点项目1200个，完成投资8000亿元。',
    '（二）保障和改善民生。新增城镇就业52万人。',
    '今年工作的总体要求和主要预期目标是：地区生产总值增长5%左右。',
  ].join('\n');
  assert.deepEqual(anchors(text).map((a) => a.split('|')[0]), ['5%左右']);
});

test('Markdown: front-matter year, a goal list as bullets', () => {
  const text = '---\nyear: 2026\n---\n## 主要预期目标\n\n今年全省经济社会发展的主要预期目标是：\n\n* 地区生产总值增长5%左右；\n* 城镇新增就业45万人以上；\n';
  const facts = extractDocument(text, { uri: 'goals.md' });
  assert.equal(facts.year, 2026);
  assert.deepEqual(facts.targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`), ['5%左右|2026', '45万人以上|2026']);
});
