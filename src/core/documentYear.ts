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

export type YearSource = 'override' | 'marker' | 'publication' | 'self' | 'work-report' | 'title-period' | 'title-year' | 'latest-event';

export interface DocumentYear {
  year: number | null;
  source: YearSource | null;
}

const HEAD_LENGTH = 4000;
const MARKER_LINE = /^\s*(?:<!--\s*)?policy-year\s*[:：=]\s*(\d{4})\s*(?:-->)?\s*$/;
const FRONT_MATTER_YEAR = /^(?:policy-year|year)\s*:\s*['"]?(\d{4})['"]?\s*$/m;
const PUBLICATION = /(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:出版|印发|发布|发行)|(?:出版|发布|印发|成文)(?:日期|时间)\s*[:：]?\s*(\d{4})/;
/**
 * Every match of PUBLICATION contains one of these words. (An alternation is searched natively several times
 * faster than one String#includes per word.)
 */
const PUBLICATION_WORDS = /出版|印发|发布|发行|成文/;
/** A line that is only a full date: the date a document was signed (成文日期), under its title or after its signature. */
const DATE_LINE = /^[ \t\u3000（(]*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000）)]*$/my;
/** How much of the end is searched for the signing date. */
const TAIL_LENGTH = 2000;
/** A speech's dateline: ——2026年1月20日在省第十四届人民代表大会第五次会议上. */
const DELIVERED = /(\d{4})年\d{1,2}月\d{1,2}日在[^\n]{0,40}?(?:会议|大会|会)上/;
const THIS_YEAR_PLAN = /今年是[“"]?(十[一二三四五六七])五[”"]?(?:规划)?的?(开局之年|起步之年|第一年|收官之年|最后一年|决胜之年)/;
const PLAN_YEAR = /(\d{4})年(?:全[省市区县州盟])?(?:经济社会发展|国民经济和社会发展)?的?(?:主要)?预期目标|(\d{4})年(?:重点)?工作(?:安排|任务|部署)/;
const REVIEWED_YEAR = /(\d{4})年(?:及“十[一二三四五六七]五”(?:时期)?)?(?:的)?工作回顾|回顾(\d{4})年/;
const WORK_REPORT_WORDS = /政府工作报告|过去一年|工作回顾|一年来/;
const DATED_EVENT = /(\d{4})年(\d{1,2})月/g;

export function inferDocumentYear(text: string, override?: number | null): DocumentYear {
  if (override !== undefined && override !== null) return { year: override, source: 'override' };
  const marker = yearFromMarker(text);
  if (marker !== null) return { year: marker, source: 'marker' };
  const head = text.slice(0, HEAD_LENGTH);
  // Each pattern holds a literal word: a native search for it skips the costly scan on most documents.
  const published = PUBLICATION_WORDS.test(head) ? PUBLICATION.exec(head) : null;
  if (published) return { year: Number(published[1] ?? published[2]), source: 'publication' };
  const delivered = head.includes('日在') ? DELIVERED.exec(head) : null;
  if (delivered) return { year: Number(delivered[1]), source: 'publication' };
  const dated = dateLineYear(head) ?? dateLineYear(text.slice(Math.max(HEAD_LENGTH, text.length - TAIL_LENGTH)));
  if (dated !== null) return { year: dated, source: 'publication' };
  // "2025年是…收官之年" may open the review of a 2026 report: the latest such statement is the document's.
  const self = latestSelfYear(text);
  if (self !== null) return { year: self, source: 'self' };
  const planStage = THIS_YEAR_PLAN.exec(text);
  const stageYears = planStage ? fiveYearPlanYears(`${planStage[1]!}五`) : null;
  if (planStage && stageYears) return { year: /开局|起步|第一/.test(planStage[2]!) ? stageYears[0] : stageYears[1], source: 'self' };
  if (WORK_REPORT_WORDS.test(text)) {
    const plan = PLAN_YEAR.exec(text);
    if (plan) return { year: Number(plan[1] ?? plan[2]), source: 'work-report' };
    const reviewed = REVIEWED_YEAR.exec(text);
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
  for (const m of title.matchAll(TITLE_YEAR)) {
    const before = title.charAt(m.index - 1);
    if (before === '到' || before === '至' || DEADLINE_AFTER_YEAR.test(title.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const year = plausible(Number(m[1]));
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The first non-blank line (at most 200 characters of it). */
function firstLine(text: string): string {
  return text.slice(0, 400).split(/\r\n|\r|\n/).find((line) => line.trim().length > 0)?.slice(0, 200) ?? '';
}

/** Where DATE_LINE can start: a line start whose first character past the opening blanks is a digit. */
const DATE_LINE_CANDIDATE = /^[ \t\u3000（(]*\d/gm;
/** Line terminators other than \n (`^` in multiline mode also starts a line after them); three native searches. */
function hasOtherLineTerminator(text: string): boolean {
  return text.indexOf('\r') !== -1 || text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1;
}

/** The year of the first DATE_LINE match, trying the pattern only where it can start. */
function dateLineYear(text: string): number | null {
  if (hasOtherLineTerminator(text)) return dateLineYearAtCandidates(text);
  // \n only (the common case): line starts by a native search, the first character checked by hand.
  for (let start = 0; start < text.length; ) {
    let i = start;
    while (isDateLineOpener(text.charCodeAt(i))) i++;
    if (isAsciiDigit(text.charCodeAt(i))) {
      const year = dateLineYearAt(text, start);
      if (year !== undefined) return year;
    }
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return null;
}

function dateLineYearAtCandidates(text: string): number | null {
  DATE_LINE_CANDIDATE.lastIndex = 0;
  for (let candidate = DATE_LINE_CANDIDATE.exec(text); candidate !== null; candidate = DATE_LINE_CANDIDATE.exec(text)) {
    const year = dateLineYearAt(text, candidate.index);
    if (year !== undefined) return year;
  }
  return null;
}

/** The year of a DATE_LINE match at `start` (null when implausible), or undefined when none starts there. */
function dateLineYearAt(text: string, start: number): number | null | undefined {
  DATE_LINE.lastIndex = start;
  const m = DATE_LINE.exec(text);
  return m ? plausible(Number(m[1])) : undefined;
}

/** [ \t\u3000（(]: what DATE_LINE allows before the year. */
function isDateLineOpener(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xff08 || code === 40;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The latest year of "YYYY年是" (not after a digit, 到 or 至), as the regex /(?:^|[^\d到至])(\d{4})年是/g finds them
 * (matches do not overlap): found from the literal 年是 by a native search instead of a regex tried at every
 * character.
 */
function latestSelfYear(text: string): number | null {
  let latest: number | null = null;
  let matchedTo = 0;
  for (let at = text.indexOf('年是'); at !== -1; at = text.indexOf('年是', at + 2)) {
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
  const firstLine = body.slice(0, 200).split(/\r\n|\r|\n/).find((line) => line.trim().length > 0) ?? '';
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

function plausible(year: number): number | null {
  return year >= 1949 && year <= 2100 ? year : null;
}
