// Sentence settings at the edges of their shortcuts: the title is found past the year marker and front matter by
// their first character, a title ending like prose dates nothing, a plan heading ends a review stretch once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHeadings } from '../../src/core/headings';
import { LineIndex } from '../../src/core/lines';
import { sentenceSettings } from '../../src/core/sections';
import { splitSentences } from '../../src/core/sentences';

function settingsOf(text: string, year: number | null = 2026) {
  return sentenceSettings(text, splitSentences(text), findHeadings(text, new LineIndex(text)), year);
}

test('the title after a year marker or front matter dates the document; a prose line or a line opening like a marker does not', () => {
  for (const front of ['<!-- policy-year: 2026 -->\n', '---\n', 'policy-year 2026\n', 'year : 2026\n', '']) {
    const settings = settingsOf(`${front}2027年全市工作要点\n推进建设。`);
    assert.equal(settings[settings.length - 1]!.sectionDeadline?.deadline, '2027', JSON.stringify(front));
  }
  assert.equal(settingsOf('2027年全市工作要点。\n推进建设。').at(-1)!.sectionDeadline, null);
  assert.equal(settingsOf('2027年全市工作要点：\n推进建设。').at(-1)!.sectionDeadline, null);
  // Opens with a marker's first character but is no marker: it is the title.
  assert.equal(settingsOf('p2027年工作要点\n推进建设。').at(-1)!.sectionDeadline?.deadline, '2027');
});

test('every sentence has a setting; a plan sub-heading ends a review stretch, another sub-heading continues it', () => {
  const text = '工作报告\n一、过去一年工作回顾\n过去一年，成绩显著。\n（一）经济发展\n稳步推进。\n（二）今年重点任务\n推进建设。';
  const sentences = splitSentences(text);
  const settings = settingsOf(text);
  assert.equal(settings.length, sentences.length);
  for (let i = 0; i < settings.length; i++) assert.ok(settings[i] !== undefined, `setting ${i}`);
  const last = settings[settings.length - 1]!;
  assert.equal(last.plan, true);
  assert.equal(last.review, false);
});
