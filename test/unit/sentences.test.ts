import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/lines';
import * as fc from 'fast-check';
import { looksTraditional } from '../../src/core/script';
import { scanSentences, splitSentences } from '../../src/core/sentences';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

test('splits at terminators and line breaks, not inside quotes or brackets', () => {
  assert.deepEqual(texts('要加快建设。力争年底完成！他说：“今年要完成。明年要见效。”然后结束'), [
    '要加快建设。', '力争年底完成！', '他说：“今年要完成。明年要见效。”然后结束',
  ]);
  // A full stop inside a quote does not end the sentence that quotes it.
  assert.deepEqual(texts('他说：“今年要完成。”明年见效。'), ['他说：“今年要完成。”明年见效。']);
  assert.deepEqual(texts('标题\n\n正文第一句；第二句'), ['标题', '正文第一句；', '第二句']);
});

test('offsets and lines are exact, with CRLF and CR', () => {
  const text = '第一句。\r\n第二句；\r第三句';
  const lines = new LineIndex(text);
  for (const s of splitSentences(text, lines)) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.line, lines.lineAt(s.start));
  }
  assert.deepEqual(splitSentences(text).map((s) => s.line), [0, 1, 2]);
});

test('a sentence cut by a layout break is joined; headings and complete lines are not', () => {
  const text = '坚定不移推进转型。聚焦“六新”突破,打造换道\n\n赛跑新优势,构筑产业集群。\n二、保持战略定力\n\n在发展目标上,坚持先行。';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text.replace(/\n/g, '⏎')), [
    '坚定不移推进转型。', '聚焦“六新”突破,打造换道⏎⏎赛跑新优势,构筑产业集群。', '二、保持战略定力', '在发展目标上,坚持先行。',
  ]);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('text without terminators is cut into bounded pieces that cover it exactly', () => {
  const clause = '推进重点项目建设，';
  const commas = clause.repeat(2000);
  const pieces = splitSentences(commas);
  assert.ok(pieces.length > 1, 'a comma-only run is cut');
  assert.ok(pieces.every((p) => p.end - p.start <= 1000 + clause.length));
  assert.equal(pieces.map((p) => p.text).join(''), commas);

  const unbroken = '推进重点项目建设'.repeat(2000) + '😀'.repeat(3000);
  const hard = splitSentences(unbroken);
  assert.ok(hard.every((p) => p.end - p.start <= 4000));
  assert.equal(hard.map((p) => p.text).join(''), unbroken);
  for (const p of hard) assert.ok(!(unbroken.charCodeAt(p.start) >= 0xdc00 && unbroken.charCodeAt(p.start) <= 0xdfff), 'no piece starts inside a surrogate pair');

  const normal = '确保“十四五”时期GDP年均增速达9%以上，力争更好水平。';
  assert.deepEqual(splitSentences(normal).map((p) => p.text), [normal]);
});

test('the scan decides the script as looksTraditional does, in the same pass', () => {
  // Runs of plain text, each followed by a traditional-only character or one the splitter stops at.
  const run = fc.tuple(fc.integer({ min: 0, max: 1200 }), fc.constantFrom('發', '國', '著', '為', '。', '，', '“', '”', '（', '\n', '\r\n', ' '));
  fc.assert(
    fc.property(fc.array(run, { maxLength: 12 }), (runs) => {
      const text = runs.map(([length, mark]) => '发展经济'.repeat(length).slice(0, length) + mark).join('');
      const scan = scanSentences(text);
      assert.equal(scan.traditional, looksTraditional(text));
    }),
    { numRuns: 3_000 },
  );
});

test('a run without terminators is cut at its first soft break past 1000 characters, however the marks fall', () => {
  // Plain runs of any length, each followed by a soft break or a mark the splitter stops at.
  const run = fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.constantFrom('，', '、', '：', ',', '。', '“', '”', '（', '）', '"', '\n', '發'));
  const soft = new Set(['，', '、', '：', ',', ':']);
  fc.assert(
    fc.property(fc.array(run, { maxLength: 12 }), (runs) => {
      const text = runs.map(([length, mark]) => '发展经济'.repeat(length).slice(0, length) + mark).join('');
      for (const s of splitSentences(text)) {
        for (let i = s.start + 1000; i < s.end - 1; i++) assert.ok(!soft.has(text[i]!), `soft break kept at ${i - s.start} in a piece of ${s.end - s.start}`);
      }
    }),
    { numRuns: 2_000 },
  );
});
