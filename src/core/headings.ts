// Headings for the outline: markdown `#`, 第X章/节, 一、, （一）, 1. / 1、, （1）. A numbered heading that runs
// into its paragraph (（一）着力扩大内需。全年…) is the part up to the first full stop.
import type { LineIndex } from './lines';
import type { Heading } from './types';
import { isSpaceCode } from './whitespace';

const MARKDOWN = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/;
// The numbering patterns are tried at the line's first character (sticky), each only on lines opening with its
// first character. A line's heading part is looked for in its first 12 characters: `{1,10}` keeps 第…章 in them.
const CHAPTER = /第[一二三四五六七八九十百零\d]{1,10}[章部编篇]/y;
const SECTION = /第[一二三四五六七八九十百零\d]{1,10}节/y;
const CHINESE_ORDINAL = /[一二三四五六七八九十]{1,3}、/y;
const PAREN_CHINESE = /[（(][一二三四五六七八九十]{1,3}[）)]/y;
const ARABIC_ORDINAL = /\d{1,2}[、．.](?!\d)/y;
const PAREN_ARABIC = /[（(]\d{1,2}[）)]/y;
/** What a heading opens with (#, 第, a Chinese or ASCII digit, an opening parenthesis): other lines are prose. */
const OPENS_MARKDOWN = 1;
const OPENS_CHAPTER = 2;
const OPENS_CHINESE_ORDINAL = 3;
const OPENS_PARENTHESIS = 4;
const OPENS_ARABIC_ORDINAL = 5;
const HEADING_FIRST = new Uint8Array(0x10000);
HEADING_FIRST['#'.charCodeAt(0)] = OPENS_MARKDOWN;
HEADING_FIRST['第'.charCodeAt(0)] = OPENS_CHAPTER;
for (const c of '一二三四五六七八九十') HEADING_FIRST[c.charCodeAt(0)] = OPENS_CHINESE_ORDINAL;
for (const c of '（(') HEADING_FIRST[c.charCodeAt(0)] = OPENS_PARENTHESIS;
for (const c of '0123456789') HEADING_FIRST[c.charCodeAt(0)] = OPENS_ARABIC_ORDINAL;
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
  const opener = HEADING_FIRST[text.charCodeAt(start)]!;
  if (opener === 0) return null;
  if (opener === OPENS_MARKDOWN) {
    const markdown = MARKDOWN.exec(text.slice(start, lineEnd));
    return markdown ? { start, end: lineEnd, line, text: markdown[2]!.trim(), level: markdown[1]!.length } : null;
  }
  const level = numberingLevel(text, start, opener);
  if (level === 0) return null;
  const end = firstStop(text, start, lineEnd);
  // A numbered list item (1.地区生产总值增长5%左右；) is not a heading.
  if (endsWithListPunctuation(text, start, end)) return null;
  if (end - start > MAX_HEADING_LENGTH) return null;
  let trimmed = end;
  while (trimmed > start && isTrailingBlankOrStop(text.charCodeAt(trimmed - 1))) trimmed--;
  return { start, end: trimmed, line, text: text.slice(start, trimmed), level };
}

/** The outline level of the numbering at `start` (0 when there is none), from the patterns its opener allows. */
function numberingLevel(text: string, start: number, opener: number): number {
  switch (opener) {
    case OPENS_CHAPTER:
      return matchesAt(CHAPTER, text, start) ? 1 : matchesAt(SECTION, text, start) ? 2 : 0;
    case OPENS_CHINESE_ORDINAL:
      return matchesAt(CHINESE_ORDINAL, text, start) ? 1 : 0;
    case OPENS_PARENTHESIS:
      return matchesAt(PAREN_CHINESE, text, start) ? 2 : matchesAt(PAREN_ARABIC, text, start) ? 4 : 0;
    default:
      return matchesAt(ARABIC_ORDINAL, text, start) ? 3 : 0;
  }
}

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** Where the heading part of a numbered line ends: after its first 。！？, else at the end of the line. */
function firstStop(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) return i + 1;
  }
  return to;
}

/** /[；;，,]\s*$/ on text[start, end). */
function endsWithListPunctuation(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && isSpaceCode(text.charCodeAt(last))) last--;
  if (last < start) return false;
  const code = text.charCodeAt(last);
  return code === 0xff1b || code === 59 || code === 0xff0c || code === 44;
}

/** [ \t\u3000]: the indent before a heading. */
function isIndent(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

/** [\s。]: what a heading's text does not end with. */
function isTrailingBlankOrStop(code: number): boolean {
  return code === 0x3002 || isSpaceCode(code);
}
