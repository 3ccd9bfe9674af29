import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
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

test('headings are found as trying every pattern on every line finds them', () => {
  // The definition: every pattern tried on every line, in this order.
  const patterns: [RegExp, number][] = [
    [/^第[一二三四五六七八九十百零\d]+[章部编篇]/, 1], [/^第[一二三四五六七八九十百零\d]+节/, 2], [/^[一二三四五六七八九十]{1,3}、/, 1],
    [/^[（(][一二三四五六七八九十]{1,3}[）)]/, 2], [/^\d{1,2}[、．.](?!\d)/, 3], [/^[（(]\d{1,2}[）)]/, 4],
  ];
  const expected = (text: string): unknown[] => {
    const found: unknown[] = [];
    let lineStart = 0;
    text.split(/(?<=\r\n|\r(?!\n)|\n)/).forEach((raw, line) => {
      const content = raw.replace(/[\r\n]+$/, '');
      const start = lineStart + (content.length - content.replace(/^[ \t\u3000]+/, '').length);
      lineStart += raw.length;
      const body = text.slice(start, lineStart - (raw.length - content.length));
      const markdown = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/.exec(body);
      if (markdown) return void found.push([start, start + body.length, line, markdown[2]!.trim(), markdown[1]!.length]);
      const level = patterns.find(([p]) => p.test(body.slice(0, 12)))?.[1];
      if (level === undefined) return;
      const stop = /[。！？]/.exec(body);
      const part = stop ? body.slice(0, stop.index + 1) : body;
      if (/[；;，,]\s*$/.test(part) || part.length > 60) return;
      const heading = part.replace(/[\s。]+$/, '');
      if (heading.length > 0) found.push([start, start + heading.length, line, heading, level]);
    });
    return found;
  };
  const token = fc.constantFrom('#', '## ', ' ', '\t', '\u3000', '\n', '\r\n', '\r', '第一章', '第二节', '第3篇', '一、', '十二、', '（一）', '(二)', '（1）', '(12)', '1.', '2、', '3.5', '12．', '总体要求', '。', '！', '？', '；', '，', 'x', '\u00a0');
  fc.assert(
    fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
      const text = tokens.join('');
      const got = findHeadings(text, new LineIndex(text)).map((h) => [h.start, h.end, h.line, h.text, h.level]);
      assert.deepEqual(got, expected(text), JSON.stringify(text));
    }),
    { numRuns: 10_000 },
  );
});
