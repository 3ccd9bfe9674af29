// Headings for the outline: markdown `#`, 第X章/节, 一、, （一）, 1. / 1、, （1）. A numbered heading that runs
// into its paragraph (（一）着力扩大内需。全年…) is the part up to the first full stop.
import type { LineIndex } from './lines';
import { isSpaceCode } from './whitespace';
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
const HASH = 0x23;
const CHAPTER_MARK = 0x7b2c; // 第
const FULL_STOP = 0x3002; // 。
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
  while (start < lineEnd && isIndent(text.charCodeAt(start))) start++;
  if (start >= lineEnd) return null;
  const first = text.charCodeAt(start);
  if (HEADING_FIRST[first] === 0) return null;
  if (first === HASH) {
    const markdown = MARKDOWN.exec(text.slice(start, lineEnd));
    return markdown ? { start, end: lineEnd, line, text: markdown[2]!.trim(), level: markdown[1]!.length } : null;
  }
  const level = numberedLevel(first, text.slice(start, Math.min(lineEnd, start + 12)));
  if (level === 0) return null;
  const stop = firstStop(text, start, lineEnd);
  const end = stop ?? lineEnd;
  // A numbered list item (1.地区生产总值增长5%左右；) is not a heading.
  if (/[；;，,]\s*$/.test(text.slice(start, end))) return null;
  if (end - start > MAX_HEADING_LENGTH) return null;
  let trimmed = end;
  while (trimmed > start && (isSpaceCode(text.charCodeAt(trimmed - 1)) || text.charCodeAt(trimmed - 1) === FULL_STOP)) trimmed--;
  return { start, end: trimmed, line, text: text.slice(start, trimmed), level };
}

/**
 * The level of a numbered heading at the start of `head`, 0 for none. The patterns start with different
 * characters, so only those for `first` (head's first character) are tried.
 */
function numberedLevel(first: number, head: string): number {
  if (first === CHAPTER_MARK) return CHAPTER.test(head) ? 1 : SECTION.test(head) ? 2 : 0;
  if (first === 0xff08 || first === 0x28) return PAREN_CHINESE.test(head) ? 2 : PAREN_ARABIC.test(head) ? 4 : 0;
  if (first >= 0x30 && first <= 0x39) return ARABIC_ORDINAL.test(head) ? 3 : 0;
  return CHINESE_ORDINAL.test(head) ? 1 : 0;
}

/** [ \t\u3000]: what may indent a heading. */
function isIndent(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

function firstStop(text: string, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === FULL_STOP || code === 0xff01 || code === 0xff1f) return i + 1;
  }
  return null;
}
