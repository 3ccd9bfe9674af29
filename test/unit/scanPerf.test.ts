// The sentence scan collects the offsets the slogan scan reads (count numerals, quote marks, line breaks, 指) in
// its own pass: they must be the offsets the slogan scan's separate pass finds, however the sentence scan
// moves through the text (tight runs, cut runs, joined lines, closers kept after a terminator).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LineIndex } from '../../src/core/lines';
import { scanSentences } from '../../src/core/sentences';
import { type ScanOffsets, extractSlogans, scanText } from '../../src/core/slogans';

interface OffsetLists {
  numerals: number[];
  marks: number[];
}

/** The lists as arrays of their own (the shared buffers are overwritten by the next pass over another text). */
function listsOf(offsets: ScanOffsets): OffsetLists {
  return { numerals: Array.from(offsets.numerals.subarray(0, offsets.numeralCount)), marks: Array.from(offsets.marks.subarray(0, offsets.markCount)) };
}

/** The offsets scanSentences collects for `text`. */
function fusedOffsets(text: string): OffsetLists {
  scanSentences(text);
  return listsOf(scanText(text));
}

/** The offsets the slogan scan's own pass finds in `text`. */
function separateOffsets(text: string): OffsetLists {
  scanText('');
  return listsOf(scanText(text));
}

function assertSameOffsets(text: string): void {
  assert.deepEqual(fusedOffsets(text), separateOffsets(text), JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text));
}

test('the offsets the sentence scan collects are those of the slogan scan: hand-picked edges', () => {
  const cut = '这是一段没有结束标点的很长的正文内容，用于测试跨行拼接的“三个”情况以及更多文字';
  const texts = [
    '',
    '一',
    '指',
    '\n',
    '\r\n',
    '坚持“四个意识”和「两个维护」。所谓“双碳”是指碳达峰、碳中和。',
    '完成任务。”』」’又一句！”\n“五个三”',
    `${cut}\n\n\n一个继续。\r\n\r\n${cut}\r\n　\r\n三个继续\r`,
    `${cut}\r\r十四五续写。“${cut}”\n  二缩进`,
    '"1+8"与＂三区＂，‘一城一谷’',
    '一二三四五'.repeat(3000),
    '“”'.repeat(2000) + '指'.repeat(2000),
    `${'发展一二，'.repeat(900)}。${'三'.repeat(4500)}\n`,
    `${'发'.repeat(3999)}\ud83d\ude00一${'“'.repeat(10)}`,
  ];
  for (const text of texts) assertSameOffsets(text);
});

test('the offsets the sentence scan collects are those of the slogan scan: generated texts', () => {
  // Runs of prose with numerals, each followed by a mark that ends a run of the sentence scan, or by one it
  // collects, or by a break that a cut sentence continues across.
  const mark = fc.constantFrom(
    '一', '三', '双', '指', '是指', '“', '”', '「', '」', '『', '』', '‘', '’', '"', '＂', '。', '！', '；', '。”', '？」』',
    '，', '、', '（', '）', '【', '】', '\n', '\r\n', '\r', '\n\n', '\n  ', '\n一', ' ', '　', '發', '\ud83d\ude00',
  );
  const run = fc.tuple(fc.integer({ min: 0, max: 1300 }), mark);
  fc.assert(
    fc.property(fc.array(run, { maxLength: 14 }), (runs) => {
      const text = runs.map(([length, after]) => '发展经济为了两个十年目标'.repeat(length).slice(0, length) + after).join('');
      assertSameOffsets(text);
    }),
    { numRuns: 2_000 },
  );
});

test('slogans are the same from the offsets the sentence scan collected and from the slogan scan\'s own pass', () => {
  const text = '坚持“四个意识”，做到“两个维护”。\n实施“一城一谷”战略，推进三区四区建设，“十四五”时期落实“四个意识”。\n“双碳”是指碳达峰与碳中和。';
  const lines = new LineIndex(text);
  const scan = scanSentences(text, lines);
  const fromSentenceScan = extractSlogans(text, scan.sentences, lines);
  scanText('');
  assert.deepEqual(extractSlogans(text, scan.sentences, lines), fromSentenceScan);
  assert.ok(fromSentenceScan.length > 0);
});
