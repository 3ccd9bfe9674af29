// Deadline grammar: 到2025年, 2025年底前, 年底前, 6月底前, 6月30日前, 上半年, 今年, 全年, 明年, "十四五"末/时期,
// "十五五", (2020—2022), 力争三年… → `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a period `YYYY/YYYY`.
// Relative expressions resolve with the document year; without one their deadline is null.
import { parseChineseNumeral } from './numerals';

export interface DeadlineMatch {
  start: number;
  end: number;
  /** Resolved deadline, or null when it is relative and the document year is unknown. */
  deadline: string | null;
  /** Last calendar year the expression covers (for telling history from plans), or null. */
  lastYear: number | null;
  /**
   * `by`: a due date (到…, …前, …底, …末, 力争三年); `period`: a span (十四五时期, 2020—2022, 全年, 今年);
   * `point`: a bare date or year used as a time adverb (9月实现…, 2030年，…); `plan`: a bare plan name (“十四五”).
   */
  strength: 'by' | 'period' | 'point' | 'plan';
  /** The expression itself says it is past (截至…, 已于…, …以来). */
  past: boolean;
}

const CN_NUM = '[一二两三四五六七八九十]';
const MONTH = `(\\d{1,2}|${CN_NUM}{1,2})`;
const BY_PREFIX = '(到|至|在|于|力争|争取|确保|截至|截止|自|从)?';
const BEFORE = '(之前|以前|前|以内|之内|内)?';

const FIVE_YEAR_PLAN = /[“"]?(十[一二三四五六七])五[”"]?(规划期末|规划期内|规划期间|期末|末期|末|初期|初|期间|时期|期内|规划)?/g;
const YEAR_RANGE = /(\d{4})\s*(?:—{1,2}|–|-|~|～|至|到)\s*(\d{4})年?/g;
const ABSOLUTE_DATE = new RegExp(
  `${BY_PREFIX}(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?(年底|年末|底|末|上半年|下半年)?${BEFORE}(以来)?`,
  'g',
);
const RELATIVE_YEAR = new RegExp(
  `${BY_PREFIX}(今年|本年度|本年|当年|明年|后年|这一年|年内|全年|今明两年)(年底|年末|底|上半年|下半年|[一二三四]季度|第[一二三四]季度)?${BEFORE}`,
  'g',
);
const YEAR_PART = new RegExp(`${BY_PREFIX}(年底|年末|上半年|下半年|[一二三四]季度|第[一二三四]季度)${BEFORE}`, 'g');
const MONTH_DAY = new RegExp(`${BY_PREFIX}${MONTH}月(?:${MONTH}日)?(底|末|上旬|中旬|下旬)?${BEFORE}`, 'g');
const HOLIDAY = /[“"]?(五一|七一|八一|十一|国庆|元旦)[”"]?节?(之前|以前|前)/g;
const DURATION = new RegExp(
  `(力争|争取|用|再用|通过|利用|计划|确保|经过)(\\d{1,2}|${CN_NUM})年(时间|左右|内)?(?=时间|内|左右|全面|全部|基本|完成|实现|建成|初步|[，,。；])|(\\d{1,2}|${CN_NUM})年内`,
  'g',
);

/** Patterns whose shortcuts unit tests check against them. */
export const DEADLINE_PATTERNS = { DURATION } as const;

const FOUR_DIGITS = /\d{4}/;
const HOLIDAY_DATES: Record<string, string> = { 五一: '05-01', 七一: '07-01', 八一: '08-01', 十一: '10-01', 国庆: '10-01', 元旦: '01-01' };
const LEADING_VERB = /^(?:力争|争取|确保|截至|截止|自|从|于|在)/;
const LEADING_VERB_FIRST = codeTable('力争确截自从于在');
const PAST_PREFIXES = new Set(['截至', '截止', '自', '从']);

// Key words each pattern needs, as bits: a caller that already reads every character (reading.ts) passes
// the keys it saw and patterns without theirs are never run.
export const KEY_PLAN = 1 << 16;
export const KEY_ABSOLUTE = 1 << 17;
export const KEY_RELATIVE = 1 << 18;
export const KEY_PART = 1 << 19;
export const KEY_MONTH = 1 << 20;
export const KEY_HOLIDAY = 1 << 21;
export const KEY_DURATION = 1 << 22;
export const KEY_RANGE = 1 << 23;
export const ALL_KEYS = KEY_PLAN | KEY_ABSOLUTE | KEY_RELATIVE | KEY_PART | KEY_MONTH | KEY_HOLIDAY | KEY_DURATION | KEY_RANGE;
const DIGIT_CHARS = '0123456789';
/** Words whose presence a pattern needs (a range needs four digits followed by a separator or space: `RANGE_AFTER`). */
export const DEADLINE_KEY_WORDS: Array<[string, number]> = [
  ...[...'一二三四五六七'].map((n): [string, number] => [`十${n}五`, KEY_PLAN]),
  ...[...DIGIT_CHARS].map((d): [string, number] => [`${d}年`, KEY_ABSOLUTE | KEY_DURATION]),
  ...[...'一二两三四五六七八九十'].map((n): [string, number] => [`${n}年`, KEY_DURATION]),
  ...['今年', '本年', '当年', '明年', '后年', '这一年', '年内', '全年', '今明'].map((w): [string, number] => [w, KEY_RELATIVE]),
  ...['年底', '年末', '半年', '季度'].map((w): [string, number] => [w, KEY_PART]),
  ['月', KEY_MONTH],
  ...['五一', '七一', '八一', '十一', '国庆', '元旦'].map((w): [string, number] => [w, KEY_HOLIDAY]),
];
/** What may follow the first year's last digit in a range (2020—2022, 2020 - 2022). */
export const RANGE_AFTER = /[—–\-~～至到\s]/;
export const RANGE_DIGITS = DIGIT_CHARS;

/** Every deadline expression between `from` and `to`, in order, without overlaps. */
export function findDeadlines(text: string, from: number, to: number, year: number | null, keys = ALL_KEYS): DeadlineMatch[] {
  if ((keys & ALL_KEYS) === 0) return [];
  const slice = text.slice(from, to);
  if (keys === ALL_KEYS && !/[年月五季前底]|\d{4}/.test(slice)) return [];
  const found: DeadlineMatch[] = [];
  // Each pattern runs only when its key character occurs (a native indexOf is far cheaper than a scan). Global
  // patterns are read by exec to the end, which resets lastIndex (matchAll would copy the regex on every call).
  const firstYear = slice.indexOf('年');
  const hasYear = firstYear >= 0;
  if ((keys & KEY_PLAN) !== 0 && slice.includes('五')) for (let m = FIVE_YEAR_PLAN.exec(slice); m; m = FIVE_YEAR_PLAN.exec(slice)) addMatch(found, from, m, fiveYearPlan(m));
  if ((keys & (KEY_RANGE | KEY_ABSOLUTE)) !== 0 && FOUR_DIGITS.test(slice)) {
    if ((keys & KEY_RANGE) !== 0) for (let m = YEAR_RANGE.exec(slice); m; m = YEAR_RANGE.exec(slice)) addMatch(found, from, m, yearRange(m, slice));
    if ((keys & KEY_ABSOLUTE) !== 0 && hasYear) for (const m of matchesNear(ABSOLUTE_DATE_AT, STARTS_ABSOLUTE, slice, '年', firstYear, '', 6)) addMatch(found, from, m, absoluteDate(m, slice));
  }
  if ((keys & KEY_RELATIVE) !== 0 && hasYear) for (const m of matchesNear(RELATIVE_YEAR_AT, STARTS_RELATIVE, slice, '年', firstYear, '', 5)) addMatch(found, from, m, relativeYear(m, year));
  if ((keys & KEY_PART) !== 0) for (const m of matchesNear(YEAR_PART_AT, STARTS_PART, slice, '年', firstYear, '季', 4)) addMatch(found, from, m, yearPart(m, slice, year));
  if ((keys & KEY_MONTH) !== 0) for (const m of matchesNear(MONTH_DAY_AT, STARTS_MONTH, slice, '月', slice.indexOf('月'), '', 4)) addMatch(found, from, m, monthDay(m, slice, year));
  if ((keys & KEY_HOLIDAY) !== 0 && slice.includes('前')) for (let m = HOLIDAY.exec(slice); m; m = HOLIDAY.exec(slice)) addMatch(found, from, m, holiday(m, year));
  if ((keys & KEY_DURATION) !== 0 && hasYear) for (const m of matchesNear(DURATION_AT, STARTS_DURATION, slice, '年', firstYear, '', 4, durationCanStart)) {
    const numberAt = m[1] ? m[1].length : 0;
    addMatch(found, from, m, duration(m, year), numberAt, m[0].length);
  }
  sortByPosition(found);
  return removeOverlaps(outsideTitles(found, slice, from));
}

/**
 * Sorts by start, the longer of two at one start first; stable (an insertion sort: a sentence has a few matches, and
 * Array.prototype.sort with a comparator costs more on so few).
 */
function sortByPosition(found: DeadlineMatch[]): void {
  for (let i = 1; i < found.length; i++) {
    const d = found[i]!;
    let j = i - 1;
    while (j >= 0 && (found[j]!.start > d.start || (found[j]!.start === d.start && found[j]!.end < d.end))) {
      found[j + 1] = found[j]!;
      j--;
    }
    found[j + 1] = d;
  }
}

/**
 * The matches (sorted by start) that do not lie inside a document title 《…》 of the sentence slice (starting at
 * `from`): the year of 《2021年度协商计划》 names the document, it is no date of the sentence. One sweep over the slice
 * for all matches (a start lies inside when the last mark before it is a 《 and a 》 follows it).
 */
function outsideTitles(found: DeadlineMatch[], slice: string, from: number): DeadlineMatch[] {
  if (found.length === 0 || slice.indexOf('《') === -1) return found;
  const lastClose = slice.lastIndexOf('》');
  const outside: DeadlineMatch[] = [];
  let open = false;
  let i = 0;
  for (const d of found) {
    const at = d.start - from;
    for (; i < at; i++) {
      const code = slice.charCodeAt(i);
      if (code === 0x300a) open = true;
      else if (code === 0x300b) open = false;
    }
    if (!(open && lastClose > at)) outside.push(d);
  }
  return outside.length === found.length ? found : outside;
}

/**
 * Adds the deadline a pattern match `m` in the sentence slice (starting at `from` in the text) reads as, if any.
 * The anchor is the time expression: 到2025年 keeps 到, 力争6月30日前 drops 力争.
 */
function addMatch(
  found: DeadlineMatch[],
  from: number,
  m: RegExpMatchArray,
  match: Omit<DeadlineMatch, 'start' | 'end'> | null,
  anchorStart = 0,
  anchorEnd = m[0].length,
): void {
  if (!match) return;
  const skip = anchorStart === 0 ? (LEADING_VERB_FIRST[m[0].charCodeAt(0)] === 1 ? (LEADING_VERB.exec(m[0])?.[0].length ?? 0) : 0) : anchorStart;
  const start = from + m.index! + skip;
  found.push({ start, end: from + m.index! + anchorEnd, deadline: match.deadline, lastYear: match.lastYear, strength: match.strength, past: match.past });
}

// Sticky copies: a pattern is tried only at the few starts before one of its anchor characters (every match
// holds one within `back` characters of its start), in order and without overlaps, which finds exactly what a
// scan of the whole sentence finds.
const sticky = (re: RegExp): RegExp => new RegExp(re.source, 'y');
const ABSOLUTE_DATE_AT = sticky(ABSOLUTE_DATE);
const RELATIVE_YEAR_AT = sticky(RELATIVE_YEAR);
const YEAR_PART_AT = sticky(YEAR_PART);
const MONTH_DAY_AT = sticky(MONTH_DAY);
const DURATION_AT = sticky(DURATION);

// The characters a match of each sticky pattern can start with (its BY_PREFIX or verb words, its digits or
// words), as bits by character code: the pattern is not run at other starts, where it cannot match.
const STARTS_ABSOLUTE = 1;
const STARTS_RELATIVE = 2;
const STARTS_PART = 4;
const STARTS_MONTH = 8;
const STARTS_DURATION = 16;
const MATCH_START = new Uint8Array(0x10000);
function startsWith(chars: string, bit: number): void {
  for (const c of chars) MATCH_START[c.charCodeAt(0)]! |= bit;
}
const PREFIX_FIRST = '到至在于力争确截自从';
const CN_DIGITS = '一二两三四五六七八九十';
startsWith(PREFIX_FIRST + DIGIT_CHARS, STARTS_ABSOLUTE);
startsWith(PREFIX_FIRST + '今本当明后这年全', STARTS_RELATIVE);
startsWith(PREFIX_FIRST + '年上下一二三四第', STARTS_PART);
startsWith(PREFIX_FIRST + DIGIT_CHARS + CN_DIGITS, STARTS_MONTH);
const DURATION_VERB_FIRST = '力争用再通利计确经';
startsWith(DURATION_VERB_FIRST + DIGIT_CHARS + CN_DIGITS, STARTS_DURATION);

const YEAR_CODE = 0x5e74; // 年
const WITHIN_CODE = 0x5185; // 内
const DURATION_VERB_CODES = codeTable(DURATION_VERB_FIRST);
const CN_DIGIT_CODES = codeTable(CN_DIGITS);

/**
 * Whether DURATION can match at `at`: at a verb of its first alternative, or at the number of its second (1-2 digits
 * or one numeral) before 年内. Most starts tried are the digits of a year (2025年), which this rules out.
 */
export function durationCanStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (DURATION_VERB_CODES[c] === 1) return true;
  let year = at + 1;
  if (isDigitCode(c)) {
    if (year < text.length && isDigitCode(text.charCodeAt(year))) year++;
  } else if (CN_DIGIT_CODES[c] !== 1) return false;
  // Offsets are checked before characters are read: an optimised charCodeAt leaves its fast path out of bounds.
  return year + 1 < text.length && text.charCodeAt(year) === YEAR_CODE && text.charCodeAt(year + 1) === WITHIN_CODE;
}

/** The characters as a table by character code. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Matches of sticky `re` in `text` that start at most `back` characters before an `anchor` (or `anchor2`) character,
 * at a character that can start one (`starts` bit of MATCH_START, and `canStart` when given: a condition every
 * match at a start meets). `firstAnchor` is text.indexOf(anchor).
 */
function matchesNear(
  re: RegExp,
  starts: number,
  text: string,
  anchor: string,
  firstAnchor: number,
  anchor2: string,
  back: number,
  canStart?: (text: string, at: number) => boolean,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let lastEnd = 0;
  let a = firstAnchor;
  let b = anchor2 ? text.indexOf(anchor2) : -1;
  while (a >= 0 || b >= 0) {
    const p = b < 0 || (a >= 0 && a < b) ? a : b;
    if (p === a) a = text.indexOf(anchor, a + 1);
    else b = text.indexOf(anchor2, b + 1);
    for (let start = Math.max(lastEnd, p - back); start <= p; start++) {
      if ((MATCH_START[text.charCodeAt(start)]! & starts) === 0) continue;
      if (canStart !== undefined && !canStart(text, start)) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        found.push(m);
        lastEnd = start + m[0].length;
        break;
      }
    }
  }
  return found;
}

/** The matches (sorted by sortByPosition) without overlaps: of two at one start the longer is kept. */
function removeOverlaps(found: DeadlineMatch[]): DeadlineMatch[] {
  if (found.length < 2) return found;
  const kept: DeadlineMatch[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start && d.start === last.start) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

/** The n-th five-year plan's years: 十一五 = 2006–2010, 十四五 = 2021–2025, 十五五 = 2026–2030. */
export function fiveYearPlanYears(name: string): [number, number] | null {
  const n = parseChineseNumeral(name.slice(0, -1));
  if (n === null || n < 6) return null;
  const first = 2006 + 5 * (n - 11);
  return [first, first + 4];
}

function fiveYearPlan(m: RegExpMatchArray): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const years = fiveYearPlanYears(`${m[1]!}五`);
  if (!years) return null;
  const suffix = m[2] ?? '';
  if (/末/.test(suffix)) return { deadline: String(years[1]), lastYear: years[1], strength: 'by', past: false };
  if (/初/.test(suffix)) return { deadline: String(years[0]), lastYear: years[0], strength: 'by', past: false };
  const deadline = `${years[0]}/${years[1]}`;
  return { deadline, lastYear: years[1], strength: suffix && suffix !== '规划' ? 'period' : 'plan', past: false };
}

function yearRange(m: RegExpMatchArray, slice: string): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (!(last > first && last - first <= 15)) return null;
  // 三年行动方案(2020—2022), 规划(2021-2025年): the period labels a plan; it dates the paragraph, not a clause.
  const label = /(?:方案|规划|计划|纲要|意见|行动)[《“]?[（(]?$/.test(slice.slice(Math.max(0, m.index! - 6), m.index!));
  return { deadline: `${first}/${last}`, lastYear: last, strength: label ? 'plan' : 'period', past: false };
}

function absoluteDate(m: RegExpMatchArray, slice: string): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const [, prefix, y, mo, d, part, before, since] = m;
  const year = Number(y);
  if (year < 1900 || year > 2100) return null;
  // "2026年是…" states a fact about the year; it is not a time adverb.
  const next = slice[m.index! + m[0].length] ?? '';
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (!prefix && !before && !part && isComparisonBase(slice, m.index!, m.index! + m[0].length)) return null;
  const past = Boolean(since) || PAST_PREFIXES.has(prefix ?? '') || isAlreadyBefore(slice, m.index!);
  let deadline = String(year);
  if (month !== null) deadline += `-${pad(month)}`;
  if (day !== null) deadline += `-${pad(day)}`;
  else if (month !== null && (part === '底' || part === '末')) deadline += `-${pad(lastDayOfMonth(year, month))}`;
  if (month === null && part) deadline = yearPartDate(year, part);
  const isBy = Boolean(before) || Boolean(part) || prefix === '到' || prefix === '至' || prefix === '力争' || prefix === '争取' || prefix === '确保';
  if (!isBy && next === '是') return null;
  return { deadline, lastYear: year, strength: isBy ? 'by' : 'point', past };
}

const COMPARISON_BEFORE = codeTable('较比');
const COMPARISON_FRAME_BEFORE = codeTable('与同和');

/** 较2025年, 比2020年, 与2025年相比: the date at [start, end) is the base of a comparison, not a time. */
function isComparisonBase(slice: string, start: number, end: number): boolean {
  const before = slice.charCodeAt(start - 1);
  if (COMPARISON_BEFORE[before] === 1) return true;
  return COMPARISON_FRAME_BEFORE[before] === 1 && (slice.startsWith('相比', end) || slice.startsWith('比较', end) || slice.startsWith('相较', end));
}

function relativeYear(m: RegExpMatchArray, year: number | null): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const [, prefix, word, part, before] = m;
  const offset = word === '明年' ? 1 : word === '后年' ? 2 : 0;
  const resolved = year === null ? null : year + offset;
  let deadline: string | null = resolved === null ? null : String(resolved);
  if (resolved !== null && word === '今明两年') deadline = `${resolved}/${resolved + 1}`;
  if (resolved !== null && part) deadline = yearPartDate(resolved, part);
  const isBy = Boolean(before) || Boolean(part) || prefix === '到' || prefix === '力争';
  return { deadline, lastYear: resolved, strength: isBy ? 'by' : 'period', past: PAST_PREFIXES.has(prefix ?? '') };
}

/** What a year part (年底, 上半年) may not follow unless a prefix opens it: [0-9年前去上]. */
const PART_NOT_AFTER = codeTable(`${DIGIT_CHARS}年前去上`);
/** What a month may not follow: [0-9年]. */
const MONTH_NOT_AFTER = codeTable(`${DIGIT_CHARS}年`);

function yearPart(m: RegExpMatchArray, slice: string, year: number | null): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const [, prefix, part] = m;
  // 2025年底 and 今年年底 are read by the absolute and relative patterns; 前三季度 is a review span.
  if (PART_NOT_AFTER[slice.charCodeAt(m.index! - 1)] === 1 && !prefix) return null;
  const isBy = Boolean(m[3]) || part === '年底' || part === '年末' || prefix === '到' || prefix === '力争' || prefix === '争取' || prefix === '确保';
  return { deadline: year === null ? null : yearPartDate(year, part!), lastYear: year, strength: isBy ? 'by' : 'period', past: PAST_PREFIXES.has(prefix ?? '') };
}

function monthDay(m: RegExpMatchArray, slice: string, year: number | null): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const [, prefix, mo, d, part, before] = m;
  const at = m.index! + (prefix?.length ?? 0);
  // Part of an absolute date (2025年6月) or a longer number: the absolute pattern reads it.
  if (MONTH_NOT_AFTER[slice.charCodeAt(at - 1)] === 1) return null;
  const month = toNumber(mo!);
  const day = d ? toNumber(d) : null;
  if (month === null || month < 1 || month > 12) return null;
  if (d && (day === null || day < 1 || day > 31)) return null;
  let deadline: string | null = null;
  if (year !== null) {
    deadline = `${year}-${pad(month)}`;
    if (day !== null) deadline += `-${pad(day)}`;
    else if (part === '底' || part === '末') deadline += `-${pad(lastDayOfMonth(year, month))}`;
  }
  const past = PAST_PREFIXES.has(prefix ?? '') || isAlreadyBefore(slice, m.index!);
  const isBy = Boolean(before) || part === '底' || part === '末' || prefix === '到' || prefix === '力争' || prefix === '争取' || prefix === '确保';
  return { deadline, lastYear: year, strength: isBy ? 'by' : 'point', past };
}

function holiday(m: RegExpMatchArray, year: number | null): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const date = HOLIDAY_DATES[m[1]!]!;
  return { deadline: year === null ? null : `${year}-${date}`, lastYear: year, strength: 'by', past: false };
}

function duration(m: RegExpMatchArray, year: number | null): Omit<DeadlineMatch, 'start' | 'end'> | null {
  const years = toNumber(m[2] ?? m[4]!);
  if (years === null || years < 1 || years > 10) return null;
  const deadline = year === null ? null : years === 1 ? String(year) : `${year}/${year + years - 1}`;
  return { deadline, lastYear: year === null ? null : year + years - 1, strength: 'by', past: false };
}

const YI = 0x5df2; // 已
const YU = 0x4e8e; // 于
const ZAI = 0x5728; // 在

/** 已于5月12日, 已在2020年 (/已(?:于|在|经)?$|早在$|曾于$/ before `index`, read by character code): the date reports what happened. */
function isAlreadyBefore(slice: string, index: number): boolean {
  if (index < 1) return false;
  const last = slice.charCodeAt(index - 1);
  if (last === YI) return true;
  if (index < 2) return false;
  const previous = slice.charCodeAt(index - 2);
  if (previous === YI) return last === YU || last === ZAI || last === 0x7ecf; // 经
  return (previous === 0x65e9 && last === ZAI) || (previous === 0x66fe && last === YU); // 早在, 曾于
}

function yearPartDate(year: number, part: string): string {
  if (part === '上半年') return `${year}-06-30`;
  if (part === '下半年' || part === '年底' || part === '年末' || part === '底' || part === '末') return `${year}-12-31`;
  const quarter = parseChineseNumeral(part.replace(/[第季度]/g, ''));
  if (quarter !== null && quarter >= 1 && quarter <= 4) return `${year}-${pad(quarter * 3)}-${pad(lastDayOfMonth(year, quarter * 3))}`;
  return String(year);
}

function toNumber(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
