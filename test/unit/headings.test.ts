import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHeadings } from '../../src/core/headings';
import { LineIndex } from '../../src/core/lines';

test('markdown and numbered headings with levels; a run-in heading ends at its full stop', () => {
  const text = [
    '# 政府工作报告',
    '第一章 总体要求',
    '一、2025年工作回顾',
    '（一）着力扩大内需。全年实施重点项目1200个。',
    '1. 稳定粮食生产',
    '（1）落实耕地保护',
    '1.地区生产总值增长5%左右；',
    '正文不是标题。',
  ].join('\n');
  const headings = findHeadings(text, new LineIndex(text));
  assert.deepEqual(headings.map((h) => [h.level, h.text, h.line]), [
    [1, '政府工作报告', 0], [1, '第一章 总体要求', 1], [1, '一、2025年工作回顾', 2], [2, '（一）着力扩大内需', 3],
    [3, '1. 稳定粮食生产', 4], [4, '（1）落实耕地保护', 5],
  ]);
  for (const h of headings.slice(1)) assert.equal(text.slice(h.start, h.end), h.text);
});
