// The front end of extraction (headings, document year, matching script, sentence settings) at the edges its
// faster forms must keep: bounds of the numbering patterns, year rules read from the offsets of 年, lone
// surrogates through the flat-table conversion, settings shared between sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import { inferDocumentYear } from '../../src/core/documentYear';
import { findHeadings } from '../../src/core/headings';
import { LineIndex } from '../../src/core/lines';
import { fastTw2s, toMatchingScript } from '../../src/core/script';
import { sentenceSettings } from '../../src/core/sections';
import { scanSentences, splitSentences } from '../../src/core/sentences';

const reference = OpenCC.Converter({ from: 'tw', to: 'cn' });

function lineStarts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
}

test('the scan finds the lines a line index finds: CRLF, lone CR, blank lines a joined sentence crosses', () => {
  const cut = '这是一段没有结束标点的很长的正文内容，用于测试跨行拼接的情况以及更多文字';
  for (const text of ['', '\n', '一\r\n二\r三\n\r\n', `${cut}\n\n继续。\r\n\r\n${cut}\r\n\r\n\r\n继续\r`, `${cut}\r\r续写。“${cut}”\n  缩进`]) {
    const scan = scanSentences(text);
    assert.deepEqual(lineStarts(scan.lines), lineStarts(new LineIndex(text)), JSON.stringify(text));
    assert.deepEqual(scan.sentences, scanSentences(text, new LineIndex(text)).sentences);
  }
});

function headingsOf(text: string): Array<[number, string]> {
  return findHeadings(text, new LineIndex(text)).map((h) => [h.level, h.text]);
}

test('a chapter number fits the first 12 characters of its line', () => {
  assert.deepEqual(headingsOf('第1234567890章 总则'), [[1, '第1234567890章 总则']]);
  assert.deepEqual(headingsOf('第12345678901章 总则'), []);
  assert.deepEqual(headingsOf('第一二三四五六七八九十节\n第一二三四五六七八九十一节\n第一节 概述'), [[2, '第一二三四五六七八九十节'], [2, '第一节 概述']]);
});

test('numbering ends at the line: 1. before a line break, (1) only with its closing parenthesis', () => {
  assert.deepEqual(headingsOf('1.\n2.5亿元\n12、项目\n123、项目\n（1\n(12)措施'), [[3, '1.'], [3, '12、项目'], [4, '(12)措施']]);
  assert.deepEqual(headingsOf('#不是标题\n## 标题 ##\n   一、总体要求\u3000\n十一、任务；\n（十）保障。正文'), [[2, '标题'], [1, '一、总体要求'], [2, '（十）保障']]);
  assert.deepEqual(headingsOf('一、任务，\u2003\r\n二、任务\u00a0。\r\n'), [[1, '二、任务']]);
});

test('year statements are read from every 年: first and latest, head and tail, plan before review', () => {
  assert.deepEqual(inferDocumentYear('2024年是关键之年。2026年是开局之年。到2027年是目标'), { year: 2026, source: 'self' });
  assert.deepEqual(inferDocumentYear('今年是十四五收官之年'), { year: 2025, source: 'self' });
  assert.deepEqual(inferDocumentYear('工作回顾\n回顾2024年，成绩显著。2025年全省经济社会发展主要预期目标'), { year: 2025, source: 'work-report' });
  assert.deepEqual(inferDocumentYear('一年来\n回顾2024年，成绩显著。'), { year: 2025, source: 'work-report' });
  assert.deepEqual(inferDocumentYear('一年来\n2024年及“十四五”时期工作回顾'), { year: 2025, source: 'work-report' });
  assert.deepEqual(inferDocumentYear('一年来\n2024年度工作回顾'), { year: null, source: null });
  assert.deepEqual(inferDocumentYear('讲话\n2025年工作很多，1月20日在会上讲过。\n——2026年1月20日在市人代会上'), { year: 2026, source: 'publication' });
  // Past the head a dateline is only a dated event.
  assert.deepEqual(inferDocumentYear(`讲话\n${'正文。'.repeat(1400)}——2026年1月20日在市人代会上`), { year: 2026, source: 'latest-event' });
  const body = '正文。'.repeat(1500);
  assert.deepEqual(inferDocumentYear(`通知\n${body}\n  2023年4月1日  `), { year: 2023, source: 'publication' });
  assert.deepEqual(inferDocumentYear(`通知\n2025年3月1日\n${body}\n2023年4月1日`), { year: 2025, source: 'publication' });
  assert.deepEqual(inferDocumentYear('关于2025年和2026年重点工作的通知（2027年底前完成）\n正文'), { year: 2026, source: 'title-year' });
});

test('the flat-table conversion keeps lone surrogates and decodes astral characters', () => {
  assert.equal(fastTw2s('發展⿰氵發經濟'), null);
  for (const text of ['發展\ud800國家', '國\udc00', '\ud840\udc00發展經濟\ud840', '經濟發展'.repeat(3000) + '\udfff', '\uf900發展\ufa0a經濟', '\ud87e\udc00經濟']) {
    assert.equal(fastTw2s(text), reference(text));
    assert.equal(toMatchingScript(text, true).length, text.length);
  }
});

test('sentences in a row that stand alike share their setting; a paragraph start or heading gets its own', () => {
  const text = '一、总体要求\n推进建设。完善制度。加强保障。\n过去一年，成绩显著。稳步推进。';
  const sentences = splitSentences(text);
  const settings = sentenceSettings(text, sentences, findHeadings(text, new LineIndex(text)), 2026);
  assert.equal(settings.length, sentences.length);
  assert.deepEqual(settings.map((s) => [s.paragraph, s.paragraphStart, s.heading !== null, s.review]), [
    [0, true, true, false], [1, true, false, false], [1, false, false, false], [1, false, false, false], [2, true, false, true], [2, false, false, true],
  ]);
  assert.notEqual(settings[1], settings[2]);
  assert.equal(settings[2], settings[3]);
  assert.notEqual(settings[4], settings[5]);
});
