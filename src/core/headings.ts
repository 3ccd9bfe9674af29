// Headings for the outline: markdown `#`, 第X章/节, 一、, （一）, 1. / 1、, （1）. A numbered heading that runs
// into its paragraph (（一）着力扩大内需。全年…) is the part up to the first full stop.
import type { LineIndex } from './lines';
import type { Heading } from './types';

const MARKDOWN = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/;
const CHAPTER = /^第[一二三四五六七八九十百零\d]+[章部编篇]/;
const SECTION = /^第[一二三四五六七八九十百零\d]+节/;
const CHINESE_ORDINAL = /^[一二三四五六七八九十]{1,3}、/;
const PAREN_CHINESE = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const ARABIC_ORDINAL = /^\d{1,2}[、．.](?!\d)/;
const PAREN_ARABIC = /^[（(]\d{1,2}[）)]/;
/** Characters a heading can open with (#, 第, a Chinese or ASCII digit, an opening parenthesis): other lines are prose. */
const HEADING_FIRST = new Uint8Array(0x10000);
for (const c of '#第一二三四五六七八九十（(0123456789') HEADING_FIRST[c.charCodeAt(0)] = 1;
/** A heading line is short, or its heading part ends at the first 。 within this many characters. */
const MAX_HEADING_LENGTH = 60;

export function findHeadings(text: string, lines: LineIndex): Heading[] {
  const headings: Heading[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    const nextStart = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    let end = nextStart;
    while (end > lineStart && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    const heading = headingOnLine(text, lineStart, end, line);
    if (heading) headings.push(heading);
  }
  return headings;
}

function headingOnLine(text: string, lineStart: number, lineEnd: number, line: number): Heading | null {
  let start = lineStart;
  while (start < lineEnd && /[ \t\u3000]/.test(text[start]!)) start++;
  if (start >= lineEnd || HEADING_FIRST[text.charCodeAt(start)] === 0) return null;
  const head = text.slice(start, Math.min(lineEnd, start + 12));
  const markdown = MARKDOWN.exec(text.slice(start, lineEnd));
  if (markdown) return { start, end: lineEnd, line, text: markdown[2]!.trim(), level: markdown[1]!.length };
  const level = CHAPTER.test(head) ? 1 : SECTION.test(head) ? 2 : CHINESE_ORDINAL.test(head) ? 1 : PAREN_CHINESE.test(head) ? 2 : ARABIC_ORDINAL.test(head) ? 3 : PAREN_ARABIC.test(head) ? 4 : 0;
  if (level === 0) return null;
  const stop = firstStop(text, start, lineEnd);
  const end = stop ?? lineEnd;
  // A numbered list item (1.地区生产总值增长5%左右；) is not a heading.
  if (/[；;，,]\s*$/.test(text.slice(start, end))) return null;
  if (end - start > MAX_HEADING_LENGTH) return null;
  let trimmed = end;
  while (trimmed > start && /[\s。]/.test(text[trimmed - 1]!)) trimmed--;
  return { start, end: trimmed, line, text: text.slice(start, trimmed), level };
}

function firstStop(text: string, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？') return i + 1;
  }
  return null;
}
