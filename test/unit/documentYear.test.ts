import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferDocumentYear, yearFromMarker } from '../../src/core/documentYear';

test('override wins, then the marker', () => {
  assert.deepEqual(inferDocumentYear('<!-- policy-year: 2024 -->\n2026年是开局之年', 2030), { year: 2030, source: 'override' });
  assert.deepEqual(inferDocumentYear('<!-- policy-year: 2024 -->\n2026年是开局之年'), { year: 2024, source: 'marker' });
  assert.equal(yearFromMarker('\n\npolicy-year: 2025\n正文'), 2025);
  assert.equal(yearFromMarker('---\ntitle: 报告\nyear: 2026\n---\n正文'), 2026);
  assert.equal(yearFromMarker('正文\npolicy-year: 2025'), null);
});

test('what the text says about itself', () => {
  assert.equal(inferDocumentYear('晋城工作\n2021·5期 2021年5月10日出版(月刊)').year, 2021);
  assert.equal(inferDocumentYear('2026年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('2025年是“十四五”收官之年。…2026年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('政府工作报告\n——2026年1月20日在省第十四届人民代表大会第五次会议上\n2025年是极不平凡的一年').year, 2026);
  assert.equal(inferDocumentYear('今年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('政府工作报告\n一、2025年工作回顾\n过去一年…').year, 2026);
  assert.equal(inferDocumentYear('过去一年…\n今年经济社会发展的主要预期目标是…\n2026年主要预期目标').year, 2026);
  assert.equal(inferDocumentYear('2019年6月，项目开工。2020年2月，出台方案。').year, 2020);
  // A deadline is not an event.
  assert.equal(inferDocumentYear('确保到2020年12月全部完成。').year, null);
  assert.equal(inferDocumentYear('X年，某市提出…').year, null);
});
