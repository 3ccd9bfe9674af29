// The document year resolves relative deadlines (今年, 年底前, 6月底前). Precedence:
// 1. the caller's override (CLI --year, editor setting);
// 2. a marker the author puts at the top of the file:
//      <!-- policy-year: 2026 -->          (first non-blank line, HTML comment, also in plain text)
//      policy-year: 2026                   (first non-blank line)
//      ---\nyear: 2026\n---               (YAML front matter; `policy-year:` also accepted)
// 3. what the text says about itself: a publication date (2021年5月10日出版, 发布日期：2026-01-20, a line that is
//    only the signing date 2025年3月1日 near the top or at the end),
//    a speech's dateline (——2026年1月20日在…大会上), "2026年是…" (the latest such statement) /
//    "今年是“十五五”开局之年", a work report's plan year (2026年主要预期目标) or reviewed
//    year + 1 (2025年工作回顾, 过去一年), the first year of a short plan period its title names
//    (实施方案（2026—2028年）, 第十五个五年规划纲要) or else the latest year its title names (关于2026年第一季度重点工作督办事项的通知),
//    and for other texts the year of the latest dated event (2020年2月).

import { fiveYearPlanYears } from './deadlines';
import { isSpaceCode } from './whitespace';

export type YearSource = 'override' | 'marker' | 'publication' | 'self' | 'work-report' | 'title-period' | 'title-year' | 'latest-event';

export interface DocumentYear {
  year: number | null;
  source: YearSource | null;
}

const HEAD_LENGTH = 4000;
const MARKER_LINE = /^\s*(?:<!--\s*)?policy-year\s*[:：=]\s*(\d{4})\s*(?:-->)?\s*$/;
const FRONT_MATTER_YEAR = /^(?:policy-year|year)\s*:\s*['"]?(\d{4})['"]?\s*$/m;
/**
 * A publication date (2021年5月10日出版) or date field (发布日期：2026-01-20): the first match in the head of
 * /PUBLISHED_ON|PUBLICATION_FIELD/ (without the flag), searched only where either can start (publicationYear).
 */
const PUBLISHED_ON = /(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:出版|印发|发布|发行)/y;
const PUBLICATION_FIELD = /(?:出版|发布|印发|成文)(?:日期|时间)\s*[:：]?\s*(\d{4})/y;
/** A line that is only a full date: the date a document was signed (成文日期), under its title or after its signature. */
const DATE_LINE = /^[ \t\u3000（(]*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000）)]*$/my;
/** How much of the end is searched for the signing date. */
const TAIL_LENGTH = 2000;
/** A speech's dateline: ——2026年1月20日在省第十四届人民代表大会第五次会议上. */
const DELIVERED = /(\d{4})年\d{1,2}月\d{1,2}日在[^\n]{0,40}?(?:会议|大会|会)上/y;
const THIS_YEAR_PLAN = /今年是[“"]?(十[一二三四五六七])五[”"]?(?:规划)?的?(开局之年|起步之年|第一年|收官之年|最后一年|决胜之年)/y;
// Sticky: tried only where a match can start (thisYearPlanStage, firstAtYear).
const PLAN_YEAR = /(\d{4})年(?:全[省市区县州盟])?(?:经济社会发展|国民经济和社会发展)?的?(?:主要)?预期目标|(\d{4})年(?:重点)?工作(?:安排|任务|部署)/y;
/** What can follow the 年 of a PLAN_YEAR match. */
const AFTER_PLAN_YEAR = codes('全经国的主预重工');
const REVIEWED_YEAR = /(\d{4})年(?:及“十[一二三四五六七]五”(?:时期)?)?(?:的)?工作回顾|回顾(\d{4})年/y;
/** What can follow the 年 of a REVIEWED_YEAR match that starts at its digits. */
const AFTER_REVIEWED_YEAR = codes('及的工');
const WORK_REPORT_WORDS = /政府工作报告|过去一年|工作回顾|一年来/;
const DATED_EVENT = /(\d{4})年(\d{1,2})月/g;

export function inferDocumentYear(text: string, override?: number | null): DocumentYear {
  if (override !== undefined && override !== null) return { year: override, source: 'override' };
  const marker = yearFromMarker(text);
  if (marker !== null) return { year: marker, source: 'marker' };
  const head = text.slice(0, HEAD_LENGTH);
  // Each pattern holds a literal word: a native search for it skips the costly scan on most documents. Most hold
  // 年: its offsets are found once.
  const yearAt = offsetsOf(text, '年');
  const published = publicationYear(head, yearAt);
  if (published !== null) return { year: published, source: 'publication' };
  const delivered = firstDelivered(head, yearAt);
  if (delivered) return { year: Number(delivered[1]), source: 'publication' };
  const tailStart = Math.max(HEAD_LENGTH, text.length - TAIL_LENGTH);
  const dated = dateLineYear(head, 0, yearAt) ?? dateLineYear(text.slice(tailStart), tailStart, yearAt);
  if (dated !== null) return { year: dated, source: 'publication' };
  // "2025年是…收官之年" may open the review of a 2026 report: the latest such statement is the document's.
  const self = latestSelfYear(text, yearAt);
  if (self !== null) return { year: self, source: 'self' };
  const planStage = thisYearPlanStage(text, yearAt);
  const stageYears = planStage ? fiveYearPlanYears(`${planStage[1]!}五`) : null;
  if (planStage && stageYears) return { year: /开局|起步|第一/.test(planStage[2]!) ? stageYears[0] : stageYears[1], source: 'self' };
  // A work report's plan year, else its reviewed year + 1. The words that make a text a work report are searched
  // last: few texts state either year.
  const plan = firstAtYear(text, yearAt, PLAN_YEAR, AFTER_PLAN_YEAR);
  const reviewed = plan === null ? firstAtYear(text, yearAt, REVIEWED_YEAR, AFTER_REVIEWED_YEAR, '回顾') : null;
  if ((plan !== null || reviewed !== null) && WORK_REPORT_WORDS.test(text)) {
    if (plan) return { year: Number(plan[1] ?? plan[2]), source: 'work-report' };
    if (reviewed) return { year: Number(reviewed[1] ?? reviewed[2]) + 1, source: 'work-report' };
  }
  const title = firstLine(text);
  const titled = titlePeriodStart(title);
  if (titled !== null) return { year: titled, source: 'title-period' };
  const named = titleYear(title);
  if (named !== null) return { year: named, source: 'title-year' };
  const latest = latestDatedEvent(text);
  return latest === null ? { year: null, source: null } : { year: latest, source: 'latest-event' };
}

/** A period in a title: 2026—2028年, 2026年-2028年, 2026至2028年. */
const TITLE_PERIOD = /(\d{4})\s*年?\s*(?:—{1,2}|–|－|-|~|～|至|到)\s*(\d{4})\s*年/;
/** The plan itself (第十五个五年规划纲要, “十五五”规划建议, “十五五”生态环境保护规划), written for its first year. */
const FIVE_YEAR_PLAN_TITLE = /十([一二三四五六七])五[”"]?(?:[\u4e00-\u9fff]{0,16}?规划|时期)|第十([一二三四五六七])个五年[\u4e00-\u9fff]{0,16}?规划/;
/** Titles that look back at a plan (中期评估, 实施情况, 总结) are written later. */
const TITLE_LOOKS_BACK = /评估|总结|检查|实施情况|回顾/;
/** Longer spans (国土空间总体规划（2021—2035年）) are often issued years after they start. */
const MAX_TITLE_PERIOD_YEARS = 5;

/**
 * An action plan or programme that names a short period in its title (关于…的实施方案（2026—2028年）) is written
 * for its first year: 年底前 and 6月底前 in it fall in that year. Null without such a title.
 */
function titlePeriodStart(title: string): number | null {
  const plan = FIVE_YEAR_PLAN_TITLE.exec(title);
  if (plan && !TITLE_LOOKS_BACK.test(title)) return fiveYearPlanYears(`十${plan[1] ?? plan[2]!}五`)?.[0] ?? null;
  const m = TITLE_PERIOD.exec(title);
  if (!m) return null;
  const first = plausible(Number(m[1]));
  const last = plausible(Number(m[2]));
  if (first === null || last === null || last <= first || last - first + 1 > MAX_TITLE_PERIOD_YEARS) return null;
  return first;
}

const TITLE_YEAR = /(?<!\d)(\d{4})\s*年/g;

/** A first line that ends like a sentence (。, ；…) is prose, not a title. */
const SENTENCE_END = /[。！？；!?;，,]\s*$/;
/** A year followed by these is a deadline (2020年底前, 2025年以前), not the year a title is about. */
const DEADLINE_AFTER_YEAR = /^(?:\d{1,2}月)?(?:底|末)?(?:前|以前|之前)/;

/**
 * The latest year the title names (关于做好2026年春季农业生产工作的通知, 2026年政府工作报告), or null: not a
 * deadline (到2025年, 2025年底前) and not a year of a period (those are titlePeriodStart's).
 */
function titleYear(title: string): number | null {
  if (SENTENCE_END.test(title) || TITLE_PERIOD.test(title)) return null;
  let latest: number | null = null;
  // exec rather than matchAll, which copies the pattern on every call.
  TITLE_YEAR.lastIndex = 0;
  for (let m = TITLE_YEAR.exec(title); m !== null; m = TITLE_YEAR.exec(title)) {
    const before = title.charAt(m.index - 1);
    if (before === '到' || before === '至' || DEADLINE_AFTER_YEAR.test(title.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const year = plausible(Number(m[1]));
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The first non-blank line (at most 200 characters of it). */
function firstLine(text: string): string {
  return firstNonBlankLine(text.slice(0, 400))?.slice(0, 200) ?? '';
}

/** The first line of `text` that is not blank, as text.split(/\r\n|\r|\n/).find((l) => l.trim().length > 0) finds it. */
export function firstNonBlankLine(text: string): string | undefined {
  for (let start = 0; ; ) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (line.trim().length > 0) return line;
    if (end >= text.length) return undefined;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Where the line starting at `start` ends: the next \n or \r, or the end of the text. */
function lineEnd(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  const cr = text.indexOf('\r', start);
  if (cr === -1) return lf === -1 ? text.length : lf;
  return lf === -1 ? cr : Math.min(lf, cr);
}

/** The offsets of `literal` in `text`, ascending (a native search). */
function offsetsOf(text: string, literal: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) offsets.push(at);
  return offsets;
}

/**
 * The year of the first DATE_LINE match in `text` (null when it is implausible or there is none), `text` being the
 * part of the document from `offset` on whose 年 are in `yearAt` (the document's). Every match holds \d{4}\s*年
 * after the line's opening blanks, so the pattern is tried only at the line start before such a 年, in ascending
 * order: the candidates' line starts ascend with their 年.
 */
function dateLineYear(text: string, offset: number, yearAt: readonly number[]): number | null {
  for (const documentAt of yearAt) {
    const at = documentAt - offset;
    if (at < 0) continue;
    if (at >= text.length) break;
    if (!digitAfterBlanks(text, at + 1)) continue;
    const digitsAt = whitespaceStartBefore(text, at) - 4;
    if (digitsAt < 0 || !asciiDigits(text, digitsAt, digitsAt + 4)) continue;
    let lineStart = digitsAt;
    while (lineStart > 0 && isDateLineOpener(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart > 0 && !isLineTerminator(text.charCodeAt(lineStart - 1))) continue;
    DATE_LINE.lastIndex = lineStart;
    const m = DATE_LINE.exec(text);
    if (m) return plausible(Number(m[1]));
  }
  return null;
}

/**
 * The year of the first match of PUBLISHED_ON or PUBLICATION_FIELD, whichever starts first (they cannot start
 * together: one starts with a digit, the other with a word). PUBLISHED_ON starts at the four digits before
 * \s*年, PUBLICATION_FIELD two characters before 日期 or 时间.
 */
function publicationYear(head: string, yearAt: readonly number[]): number | null {
  const field = firstPublicationField(head);
  // A PUBLISHED_ON match that starts before the field has its 年 before it too: its digits and blanks start no field.
  const limit = field === null ? head.length : field.index;
  for (const at of yearAt) {
    if (at >= limit) break;
    if (!digitAfterBlanks(head, at + 1)) continue;
    const digitsAt = whitespaceStartBefore(head, at) - 4;
    if (digitsAt < 0 || !asciiDigits(head, digitsAt, digitsAt + 4)) continue;
    PUBLISHED_ON.lastIndex = digitsAt;
    const m = PUBLISHED_ON.exec(head);
    if (m) return Number(m[1]);
  }
  return field === null ? null : Number(field[1]);
}

function firstPublicationField(head: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const word of ['日期', '时间']) {
    for (let at = head.indexOf(word, 2); at !== -1 && (first === null || at - 2 < first.index); at = head.indexOf(word, at + 1)) {
      PUBLICATION_FIELD.lastIndex = at - 2;
      const m = PUBLICATION_FIELD.exec(head);
      if (m) {
        first = m;
        break;
      }
    }
  }
  return first;
}

/** The first DELIVERED match in the head: tried at the four ASCII digits before each 年 that a digit follows. */
function firstDelivered(head: string, yearAt: readonly number[]): RegExpExecArray | null {
  for (const at of yearAt) {
    if (at >= head.length) break;
    const digitsAt = at - 4;
    const next = head.charCodeAt(at + 1);
    if (digitsAt < 0 || next < 48 || next > 57 || !asciiDigits(head, digitsAt, at)) continue;
    DELIVERED.lastIndex = digitsAt;
    const m = DELIVERED.exec(head);
    if (m) return m;
  }
  return null;
}

/** The first THIS_YEAR_PLAN match, tried at each 今年是 (the 今 before a 年 of `yearAt`, 是 after it). */
function thisYearPlanStage(text: string, yearAt: readonly number[]): RegExpExecArray | null {
  for (const at of yearAt) {
    if (at === 0 || text.charCodeAt(at - 1) !== 0x4eca || text.charCodeAt(at + 1) !== 0x662f) continue;
    THIS_YEAR_PLAN.lastIndex = at - 1;
    const m = THIS_YEAR_PLAN.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The first match of `sticky`, a pattern whose matches start at four ASCII digits before a 年 of `yearAt` with one
 * of `after` behind it or, given `lead`, at `lead` right before such digits: tried only there.
 */
function firstAtYear(text: string, yearAt: readonly number[], sticky: RegExp, after: Uint8Array, lead = ''): RegExpExecArray | null {
  for (const at of yearAt) {
    const digitsAt = at - 4;
    if (digitsAt < 0) continue;
    // What follows the 年 and what leads the digits rule out most 年 before their digits are read.
    const followed = after[text.charCodeAt(at + 1)] === 1;
    const leadAt = digitsAt - lead.length;
    const led = lead !== '' && leadAt >= 0 && text.startsWith(lead, leadAt);
    if ((!followed && !led) || !asciiDigits(text, digitsAt, at)) continue;
    if (led) {
      sticky.lastIndex = leadAt;
      const m = sticky.exec(text);
      if (m) return m;
    }
    if (!followed) continue;
    sticky.lastIndex = digitsAt;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/** Where the run of whitespace (\s) that ends at `end` starts. */
function whitespaceStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether an ASCII digit follows the run of whitespace (\s) from `from` (what `年\s*\d` needs after the 年). */
function digitAfterBlanks(text: string, from: number): boolean {
  let i = from;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** What ends a line for `^` and `$` in a multiline pattern. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** [ \t\u3000（(]: what DATE_LINE allows before the year. */
function isDateLineOpener(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xff08 || code === 40;
}

/**
 * The latest year of "YYYY年是" (not after a digit, 到 or 至), as the regex /(?:^|[^\d到至])(\d{4})年是/g finds them
 * (matches do not overlap): found from the 年 of `yearAt` instead of a regex tried at every character.
 */
function latestSelfYear(text: string, yearAt: readonly number[]): number | null {
  let latest: number | null = null;
  let matchedTo = 0;
  for (const at of yearAt) {
    if (text.charCodeAt(at + 1) !== 0x662f) continue;
    const digitsAt = at - 4;
    if (digitsAt < 0 || !asciiDigits(text, digitsAt, at)) continue;
    const matchStart = digitsAt === 0 ? 0 : digitsAt - 1;
    if (matchStart < matchedTo) continue;
    if (digitsAt > 0 && NOT_BEFORE_SELF_YEAR.test(text.charAt(digitsAt - 1))) continue;
    matchedTo = at + 2;
    const year = Number(text.slice(digitsAt, at));
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

const NOT_BEFORE_SELF_YEAR = /[\d到至]/;

function asciiDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The year from a `policy-year` first line or YAML front matter, or null. */
export function yearFromMarker(text: string): number | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^---\r?\n/.test(body)) {
    const close = body.search(/\r?\n---\s*(?:\r?\n|$)/);
    if (close > 0) {
      const m = FRONT_MATTER_YEAR.exec(body.slice(4, close));
      if (m) return plausible(Number(m[1]));
    }
  }
  const firstLine = firstNonBlankLine(body.slice(0, 200)) ?? '';
  const m = MARKER_LINE.exec(firstLine);
  return m ? plausible(Number(m[1])) : null;
}

/** The latest year that a dated event (YYYY年M月, not a deadline such as 到2025年6月 or 2025年6月底前) names. */
function latestDatedEvent(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(DATED_EVENT)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/到|至|前$/.test(before) || /^(?:\d{1,2}日)?(?:底|末|前|以前|之前)/.test(after)) continue;
    const year = plausible(Number(m[1]));
    if (year !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The characters as a table by code unit. */
function codes(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

function plausible(year: number): number | null {
  return year >= 1949 && year <= 2100 ? year : null;
}
