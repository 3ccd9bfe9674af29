// The sentence scan notes the colons and bars of a text (FieldMarks) so that item fields need not search it again:
// they must be exactly the colons and bars a search finds, however the scan moves through the text (short runs that
// skip soft breaks, long runs cut at a soft break or anywhere, joined lines, closers kept after a terminator), and
// item fields must come out the same from them as from the searches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { itemFieldIndex } from '../../src/core/itemFields';
import { sentenceSettings } from '../../src/core/sections';
import { type FieldMarks, fieldMarksOf, scanSentences } from '../../src/core/sentences';

interface Marks {
  colons: number[];
  bar: boolean;
}

function marksOf(marks: FieldMarks | null): Marks | null {
  return marks === null ? null : { colons: Array.from(marks.colons.subarray(0, marks.colonCount)), bar: marks.bar };
}

function searchedMarks(text: string): Marks {
  const colons: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '：' || text[i] === ':') colons.push(i);
  return { colons, bar: text.includes('|') };
}

function assertSameMarks(text: string): void {
  scanSentences(text);
  assert.deepEqual(marksOf(fieldMarksOf(text)), searchedMarks(text), JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text));
}

test('the scan notes the colons and bars a search finds: hand-picked edges', () => {
  const texts = [
    '',
    ':',
    '|',
    '：\n|',
    '责任单位：市住建局。完成时限：2026年11月底前。',
    '| 序号 | 任务 | 责任单位 | 完成时限 |\n| --- | :---: | --- | --- |\n| 1 | 新建基站 | 市工信局 | 2026年12月底 |',
    `${'发展经济，'.repeat(300)}：${'发'.repeat(3000)}：|${'展'.repeat(1200)}`,
    `${'发'.repeat(4000)}：${'发'.repeat(4000)}|${'发'.repeat(3999)}:`,
    `${'发'.repeat(999)}：${'发'.repeat(1000)}：。”：`,
    '这是一段没有结束标点的很长的正文内容，用于测试跨行拼接的情况以及更多文字\n  ：继续|写',
  ];
  for (const text of texts) assertSameMarks(text);
});

test('the scan notes the colons and bars a search finds: generated texts', () => {
  const mark = fc.constantFrom('：', ':', '|', '，', '、', ',', '。', '；', '“', '”', '（', '）', '"', '\n', '\r\n', '\n\n', '\n  ', ' ', '發', '\ud83d\ude00', '。”');
  const run = fc.tuple(fc.integer({ min: 0, max: 4500 }), mark);
  fc.assert(
    fc.property(fc.array(run, { maxLength: 10 }), (runs) => {
      const text = runs.map(([length, after]) => '发展经济为了两个十年目标'.repeat(Math.ceil(length / 12)).slice(0, length) + after).join('');
      assertSameMarks(text);
    }),
    { numRuns: 1_500 },
  );
});

test('item fields are the same from the marks the scan noted and from searches of the text', () => {
  const piece = fc.constantFrom(
    '完成时限', '责任单位', '牵头部门', '：', ':', ' ', '|', '| 序号 | 任务内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n', '| 1 | 新建5G基站2000个 | 市工信局 | 2026年12月底 |',
    '市住建局', '2026年11月底前', '3月底前', '。', '，', '；', '（', '）', '\n', '新建口袋公园12个',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      const { sentences } = scanSentences(text);
      const settings = sentenceSettings(text, sentences, [], 2026);
      const fromMarks = itemFieldIndex(text, sentences, settings, 2026);
      scanSentences('');
      assert.equal(fieldMarksOf(text === '' ? '-' : text), null);
      assert.deepEqual(itemFieldIndex(text, sentences, settings, 2026), fromMarks, JSON.stringify(text));
    }),
    { numRuns: 5_000 },
  );
});
