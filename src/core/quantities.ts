// Quantity grammar: [comparator] number [余|多] [万|亿…][unit] [以上|以内|左右…], ranges (5%—5.5%, 3至5个),
// and 翻番. Scans the matching text (simplified script, same offsets as the original) between two offsets.
import type { Comparator } from './types';
import { digitValue, isChineseNumeralChar, isChineseNumeralCode, readArabicNumber, readChineseNumber, type NumberToken } from './numerals';

export interface Quantity {
  /** Anchor range: comparator words and suffixes included. */
  start: number;
  end: number;
  /** Where the number itself starts. */
  numberStart: number;
  value: number;
  unit: string | null;
  comparator: Comparator;
  /** The upper bound of a range (5%—5.5% → 5.5), else null. */
  upper: number | null;
  /** Where the unit is written (万余平方米: 余 at `approxAt` is not part of the unit), to read it from the original. */
  unitStart: number;
  unitEnd: number;
  approxAt: number;
}

/** The unit as written in `original` (same offsets as the matching text: traditional 萬人 stays 萬人). */
export function unitAsWritten(original: string, q: Quantity): string | null {
  if (q.unit === null) return null;
  if (q.unitEnd <= q.unitStart) return q.unit;
  const raw = original.slice(q.unitStart, q.unitEnd);
  return q.approxAt >= q.unitStart && q.approxAt < q.unitEnd ? raw.slice(0, q.approxAt - q.unitStart) + raw.slice(q.approxAt - q.unitStart + 1) : raw;
}

/** 余 or 多 after a number (or its multiplier): more than. */
function isApprox(code: number): boolean {
  return code === 0x4f59 || code === 0x591a;
}

/** The multiplier at `i` (万亿, 千万, 百万, 万 or 亿, the longer first), or null. */
function multiplierAt(text: string, i: number): string | null {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (code === WAN) return next === YI ? '万亿' : '万';
  if (code === YI) return '亿';
  if (next === WAN && (code === 0x5343 || code === 0x767e)) return code === 0x5343 ? '千万' : '百万';
  return null;
}
const WAN = 0x4e07;
const YI = 0x4ebf;
/** Units written after a number, longest first. */
const BASE_UNITS = '个百分点|百分点|平方公里|平方千米|平方米|立方米|千瓦时|千瓦|兆瓦|吉瓦|千伏|公里|千米|公顷|千克|公斤|微克|毫克|人次|个月|小时|分钟|标箱|美元|元|亩|米|吨|斤|方|人|户|家|个|项|所|处|条|座|台|套|辆|架|艘|张|间|栋|幢|名|位|件|份|场|种|类|株|棵|篇|部|册|床|头|只|批|倍|岁|天|次|%|％|‰|kW|MW|GW|km'.split('|');
const BASE_UNIT = new RegExp(`(?:${BASE_UNITS.join('|')})`, 'y');
/** Units that stand after 万/亿 only (千亿级 → value 1000, unit 亿级). */
const LEVEL_UNIT = /级/y;
const SUFFIX = /(?:及以上|及以下|以上|以内|以下|之内|之上|之下|左右|上下)/y;

/** Comparator words before a number, with what they mean. */
const PREFIXES: Array<[string, Comparator]> = [
  ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['不下于', '>='], ['超过', '>='], ['突破', '>='], ['高于', '>='], ['大于', '>='],
  ['多于', '>='], ['至少', '>='], ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['控制在', '<='],
  ['低于', '<='], ['小于', '<='], ['少于', '<='], ['最多', '<='], ['大约', '~'], ['接近', '~'], ['约为', '~'], ['约', '~'], ['近', '~'],
];
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  以上: '>=', 及以上: '>=', 之上: '>=', 以内: '<=', 及以下: '<=', 之内: '<=', 以下: '<=', 之下: '<=', 左右: '~', 上下: '~',
};
/** Nouns that make a count abstract (四个方面, 6个比较优势, 两件大事): a formulation, not a measurable amount. */
const ABSTRACT_NOUN_END =
  /(?:方面|意识|自信|维护|作用|精神|原则|关系|环节|层面|维度|阶段|步骤|问题|要求|理念|思路|特点|优势|途径|渠道|坚持|必须|统筹|转变|结合|抓手|同步|大事|底线|导向|引领|重点|模式|工作|方向|定位|战略|路径|能力|本领|难题|短板|课题|层次|发展|字)$/;
/** Where the noun after a count ends. */
const NOUN_PHRASE_END_CODES = codeTable('，,。；;：:、！？!?（()）“”"的和与及之等');
/** Units that count things (个, 项…): the noun after them may make the count abstract. */
const COUNT_UNIT_LAST = codeTable('个项种件条类');
/** Abstract heads that open the noun after a count (四个方面进行思考, 两项工作都有专人). */
const ABSTRACT_NOUN_START = /^(?:方面|意识|自信|大事|底线|导向|层面|维度|环节|步骤|原则|工作|重点工作|要求|措施|举措|问题)/;
/** Characters after a number that make it a date, time, ordinal or code rather than an amount. */
const DATE_OR_CODE_CODES = codeTable('年月日号时秒届期版章节款');

export function findQuantities(text: string, from: number, to: number): Quantity[] {
  const found: Quantity[] = [];
  scanQuantities(text, from, to, to, found);
  found.sort((a, b) => a.start - b.start);
  return found;
}

/** Where a quantity may start: 1 a digit (half- or full-width) or Chinese numeral character, 2 翻 (翻番). */
const NUMBER_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || isChineseNumeralCode(c)) NUMBER_START[c] = 1;
const FAN = 0x7ffb;
NUMBER_START[FAN] = 2;

/**
 * The quantities whose scan reaches their number (or 翻) in [from, until), read up to `to`, appended to `found`
 * in scan order. Returns where the scan stopped: a quantity read may end past `until`.
 *
 * The scan goes from number start to number start (scanAt); it skips the others, which scanAt would step over
 * like any character: they find nothing and start no run of number characters. See nextNumberStart.
 */
export function scanQuantities(text: string, from: number, until: number, to: number, found: Quantity[]): number {
  let i = from;
  while (i < until) {
    const start = nextNumberStart(text, i, until);
    if (start < 0) return until;
    i = scanAt(text, start, to, found);
  }
  return i;
}

/**
 * What the scan does at a number start `at` (or 翻): appends the quantity read there, if any, to `found`, and
 * returns where it goes on (after the quantity, else after the run of number characters, after 翻 in any case).
 */
export function scanAt(text: string, at: number, to: number, found: Quantity[]): number {
  if (NUMBER_START[text.charCodeAt(at)] === 2) {
    // No quantity holds 翻, so the scan goes on after it as after any other character.
    const fanfan = fanfanAt(text, at, to);
    if (fanfan) found.push(fanfan);
    return at + 1;
  }
  const quantity = readQuantity(text, at, to);
  if (quantity) {
    found.push(quantity);
    return quantity.end;
  }
  return skipNumberRun(text, at, to);
}

/** Per character: STARTS where a number (or 翻) may start; FOLLOWS what may stand right after a number's first character. */
const STARTS = 1;
const FOLLOWS = 2;
const SCAN_ROLE = new Uint8Array(0x10000);
/**
 * After a number's first character: more of the number (digits, numerals, 1,200, 3.5), 余/多, a multiplier
 * (a numeral), a unit, a range separator (3至5个), or 番 after 翻 (翻番).
 */
const FOLLOWERS = [...',.．余多—–-~～至到番', ...BASE_UNITS.map((unit) => unit[0]!)];

for (let c = 0; c < 0x10000; c++) if (NUMBER_START[c] !== 0) SCAN_ROLE[c] = STARTS | (NUMBER_START[c] === 1 ? FOLLOWS : 0);
for (const c of FOLLOWERS) SCAN_ROLE[c.charCodeAt(0)]! |= FOLLOWS;

/**
 * The first position in [from, until) where a number start (or 翻) is followed by a character in FOLLOWERS,
 * or -1. Only there does scanAt find a quantity or skip more than one character: a quantity has two or more,
 * and a run of number characters goes on with a digit, a numeral or a point. Every other position is read:
 * each pair of characters holds one of them, as its first or its second.
 */
function nextNumberStart(text: string, from: number, until: number): number {
  // The follower of the last pair: at most the character at `until`, and within the text.
  const last = Math.min(until, text.length - 1);
  for (let j = from + 1; j <= last; j += 2) {
    const role = SCAN_ROLE[text.charCodeAt(j)]!;
    if (role === 0) continue;
    if ((role & FOLLOWS) !== 0 && (SCAN_ROLE[text.charCodeAt(j - 1)]! & STARTS) !== 0) return j - 1;
    if ((role & STARTS) !== 0 && j < last && (SCAN_ROLE[text.charCodeAt(j + 1)]! & FOLLOWS) !== 0) return j;
  }
  return -1;
}

function skipNumberRun(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to) {
    const code = text.charCodeAt(j);
    const isDigit = (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19) || code === 46;
    if (!isDigit && !isChineseNumeralCode(code)) break;
    j++;
  }
  return j;
}

function readNumberAt(text: string, pos: number): NumberToken | null {
  return readArabicNumber(text, pos) ?? readChineseNumber(text, pos);
}

interface UnitMatch {
  unit: string | null;
  start: number;
  end: number;
  approxMore: boolean;
  /** Offset of 余/多 when it stands between multiplier and unit, else -1. */
  approxAt: number;
}

/** Reads [余|多] [multiplier] [余|多] [unit] after a number. */
function readUnit(text: string, pos: number): UnitMatch {
  let i = pos;
  let approxMore = false;
  let approxAt = -1;
  if (isApprox(text.charCodeAt(i))) {
    approxMore = true;
    i++;
  }
  const start = i;
  let unit = '';
  const multiplier = multiplierAt(text, i);
  if (multiplier) {
    unit += multiplier;
    i += multiplier.length;
    if (!approxMore && isApprox(text.charCodeAt(i))) {
      approxMore = true;
      approxAt = i;
      i++;
    }
  }
  const base = baseUnitAt(text, i) ?? (multiplier ? stickyAt(LEVEL_UNIT, text, i) : null);
  if (base) {
    unit += base;
    i += base.length;
  }
  if (base && text[i] === '/') {
    const per = baseUnitAt(text, i + 1);
    if (per) {
      unit += `/${per}`;
      i += 1 + per.length;
    }
  }
  if (approxMore && !multiplier && !base) return { unit: null, start: pos, end: pos, approxMore: false, approxAt: -1 };
  return { unit: unit.length > 0 ? unit : null, start, end: i, approxMore, approxAt };
}

function readQuantity(text: string, pos: number, to: number): Quantity | null {
  // 一 (or 零) alone is no amount: it is read as 1 (or 0), and a Chinese number below 2 needs 百 or 千.
  if (BELOW_TWO[text.charCodeAt(pos)] === 1 && !isChineseNumeralCode(text.charCodeAt(pos + 1))) return null;
  // Whether the number stands alone depends only on where it starts and its kind: checked before it is parsed.
  if (!standsAlone(text, pos, digitValue(text.charCodeAt(pos)) < 0)) return null;
  const number = readNumberAt(text, pos);
  if (!number || number.end > to) return null;
  if (DATE_OR_CODE_CODES[text.charCodeAt(number.end)] === 1) return null;
  const chinese = number.kind === 'chinese';
  if (chinese && isPersonName(text, number.start)) return null;
  if (chinese && number.value < 2 && !holdsHundredOrThousand(text, number.start, number.end)) return null;
  const unitMatch = readUnit(text, number.end);
  let end = unitMatch.end;
  let unit = unitMatch.unit;
  let unitSpan = unitMatch;
  if (end > to) return null;
  let upper: number | null = null;

  // Range: 5%—5.5%, 4.5-5%, 3至5个.
  const separatorLength = rangeSeparatorLength(text, end);
  if (separatorLength > 0) {
    const second = readNumberAt(text, end + separatorLength);
    if (second && second.kind === number.kind && second.end <= to) {
      const secondUnit = readUnit(text, second.end);
      if (secondUnit.unit && (unit === null || unit === secondUnit.unit) && secondUnit.end <= to && DATE_OR_CODE_CODES[text.charCodeAt(secondUnit.end)] !== 1) {
        unit = secondUnit.unit;
        unitSpan = secondUnit;
        upper = second.value;
        end = secondUnit.end;
      }
    }
  }
  if (unit === null) return null;
  if (unit === '级' || (chinese && (unit === '万' || unit === '亿'))) return null;
  const unitLast = unit.charCodeAt(unit.length - 1);
  if (isAsciiLetter(text.charCodeAt(end)) && !isAsciiLetter(unitLast)) return null;
  if (text[end] === '+' || text[pos - 1] === '+') return null;
  if (chinese && isSloganLike(text, number.start, end)) return null;
  if (COUNT_UNIT_LAST[unitLast] === 1) {
    const noun = nounAfter(text, end, to);
    if (ABSTRACT_NOUN_END.test(noun) || ABSTRACT_NOUN_START.test(noun)) return null;
    // 9个镇中, 在全省91个县中: picks from a set.
    if (noun.length >= 2 && noun.endsWith('中')) return null;
  }
  // 方面 is not 方 (cubic metres); a count closed by a quote is a name (“要素保障20条”); 9个镇中 picks from a set.
  if (unit.endsWith('方') && text[end] === '面') return null;
  if (text[end] === '”' || text[end] === '"') return null;
  // …but 5所中学, 10个中心 are counts.
  if (text[end] === '中' && !isHan(text.charCodeAt(end + 1))) return null;
  // 目标有三个：即… announces a list.
  const endCode = text.charCodeAt(end);
  if (endCode === 0x3a || endCode === 0xff1a || endCode === 0x5373) return null;
  if (chinese && unit === '元') return null;
  // 一次性, 一次通过: a Chinese numeral with 次 is an adverb more often than a count (召开3次 is written with digits).
  if (chinese && unit === '次') return null;

  let comparator: Comparator = unitMatch.approxMore ? '>=' : '=';
  let prefixed = false;
  if (unitLast === 0x7ea7) comparator = '>=';
  let start = number.start;
  const prefix = comparatorBefore(text, number.start);
  if (prefix) {
    comparator = prefix[1];
    start = number.start - prefix[0].length;
    prefixed = true;
  } else {
    comparator = adverbialBound(text, number.start) ?? comparator;
  }
  const suffix = SUFFIX_FIRST[text.charCodeAt(end)] === 1 ? stickyAt(SUFFIX, text, end) : null;
  if (suffix && end + suffix.length <= to) {
    comparator = SUFFIX_COMPARATOR[suffix]!;
    end += suffix.length;
  }
  if (upper !== null && comparator === '=') comparator = '~';
  // An attribute (总投资109亿元的项目, 65岁及以上的人口, 5000元以下贫困人口) describes a thing; it is not an
  // aim. A comparator word before the number makes it one (推出不少于50项的清单).
  const next = text[end] ?? '';
  // A share (让80%的人口…, 90%以上的行政村) is the measure itself, not an attribute.
  if (next === '的' && !prefixed && !(unitLast === 0x25 || unitLast === 0xff05 || unitLast === 0x2030)) return null;
  if (suffix && isHan(text.charCodeAt(end)) && next !== '的') return null;
  return {
    start, end, numberStart: number.start, value: number.value, unit, comparator, upper,
    unitStart: unitSpan.start, unitEnd: unitSpan.end, approxAt: unitSpan.approxAt,
  };
}

/** The number is not part of a code, an ordinal (第三), a quoted formulation (“两个同步”) or a longer word (统一, 进一步). */
/** Characters before a number that make it part of something else: 第三, “两个, 这两项, 等七项, A1, 1.5. */
const NOT_ALONE_BEFORE = codeTable('第“"「‘这那该此等∶.．');
/** …and before a Chinese numeral only: 统一, 唯一, 之一, 万一, 进一步, 逐一, 单一, 同一, 专一, 初一, 十一, 百一. */
const NOT_ALONE_BEFORE_CHINESE = codeTable('统唯之万进逐单同专初十百');

function isAsciiAlnumOrFullDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xff10 && code <= 0xff19);
}

/** The number is not part of a code, an ordinal (第三), a quoted formulation (“两个同步”) or a longer word (统一, 进一步). */
function standsAlone(text: string, start: number, chinese: boolean): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before < 0) return true;
  if (NOT_ALONE_BEFORE[before] === 1 || isAsciiAlnumOrFullDigit(before)) return false;
  // A ratio (1:50000).
  if (before === 58 && isAsciiAlnumOrFullDigit(text.charCodeAt(start - 2))) return false;
  return !(chinese && NOT_ALONE_BEFORE_CHINESE[before] === 1);
}

/** Common single-character surnames: 何七十, 王三 after a role word are a person's name, not an amount. */
const SURNAME = codeTable('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔向汤');
/** Words for people that a name follows (贫困户何七十, 村民王三, 党员张五). */
const ROLE_BEFORE_NAME = codeTable('户民员志主工师生者记长');

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

function isPersonName(text: string, start: number): boolean {
  return start >= 2 && SURNAME[text.charCodeAt(start - 1)] === 1 && ROLE_BEFORE_NAME[text.charCodeAt(start - 2)] === 1;
}

/** Chinese-numeral counts inside a run like 一轴一廊三区五镇 or 五校五园 are a formulation, not an amount. */
function isSloganLike(text: string, start: number, end: number): boolean {
  const twoBefore = text[start - 1] === '大' ? '' : (text[start - 2] ?? '');
  const next = text[end] ?? '';
  const nextNext = text[end + 1] ?? '';
  return isChineseNumeralChar(twoBefore) || isChineseNumeralChar(next) || isChineseNumeralChar(nextNext) || next === '”' || next === '"';
}

/** The noun phrase after a count, up to punctuation or a linking word (at most 8 characters). */
function nounAfter(text: string, from: number, to: number): string {
  let i = from;
  const limit = Math.min(to, from + 8);
  while (i < limit && NOUN_PHRASE_END_CODES[text.charCodeAt(i)] === 0) i++;
  return text.slice(from, i);
}

/** Longest first, so that 不超过 is not read as 超过 (nor 不高于 as 高于). */
const PREFIXES_LONGEST_FIRST = [...PREFIXES].sort((a, b) => b[0].length - a[0].length);

/** 至少 / 最多 as an adverb before a two-character verb and the number: 每季度至少召开1次, 每年最多安排3场. */
function adverbialBound(text: string, pos: number): Comparator | null {
  if (pos < 4 || !isHan(text.charCodeAt(pos - 1)) || !isHan(text.charCodeAt(pos - 2))) return null;
  if (text.startsWith('至少', pos - 4)) return '>=';
  if (text.startsWith('最多', pos - 4)) return '<=';
  return null;
}

/** Last characters of the comparator words: a number after another character has none (one look-up, not a compare per word). */
const PREFIX_LAST = codeTable(PREFIXES.map(([word]) => word[word.length - 1]!).join(''));

function comparatorBefore(text: string, pos: number): [string, Comparator] | null {
  if (pos === 0 || PREFIX_LAST[text.charCodeAt(pos - 1)] === 0) return null;
  for (const entry of PREFIXES_LONGEST_FIRST) {
    const word = entry[0];
    if (pos >= word.length && text.startsWith(word, pos - word.length)) return entry;
  }
  return null;
}

/** 翻番 (doubling) or 翻一番…翻四番 at `at` (where 翻 stands), ending by `to`. */
function fanfanAt(text: string, at: number, to: number): Quantity | null {
  let end = at + 2;
  if (text.charCodeAt(at + 1) !== FAN_END) {
    if (FANFAN_TIMES[text.charCodeAt(at + 1)] !== 1 || text.charCodeAt(at + 2) !== FAN_END) return null;
    end = at + 3;
  }
  if (end > to) return null;
  const times = end - at === 3 ? (readChineseNumber(text, at + 1)?.value ?? 1) : 1;
  return { start: at, end, numberStart: at, value: times, unit: '番', comparator: '=', upper: null, unitStart: end - 1, unitEnd: end, approxAt: -1 };
}

const FAN_END = 0x756a;
/** The counts written inside 翻…番. */
const FANFAN_TIMES = new Uint8Array(0x10000);
for (const c of '一两二三四') FANFAN_TIMES[c.charCodeAt(0)] = 1;

/** First characters of the units and of the suffixes: the regex is run only where one stands. */
const BASE_UNIT_FIRST = codeTable(BASE_UNITS.map((unit) => unit[0]!).join(''));
const SUFFIX_FIRST = codeTable('及以之左上');

/** The unit of BASE_UNIT at `pos`, or null. */
function baseUnitAt(text: string, pos: number): string | null {
  return BASE_UNIT_FIRST[text.charCodeAt(pos)] === 1 ? stickyAt(BASE_UNIT, text, pos) : null;
}

/** What the sticky regex matches at `pos`, or null (test, not exec: no match array is built). */
function stickyAt(re: RegExp, text: string, pos: number): string | null {
  re.lastIndex = pos;
  return re.test(text) ? text.slice(pos, re.lastIndex) : null;
}

/** Chinese numeral characters worth less than 2 (a number of one of them alone is 0 or 1). */
const BELOW_TWO = codeTable('零〇一壹');

function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** 百 or 千 in text[from, to). */
function holdsHundredOrThousand(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x767e || code === 0x5343) return true;
  }
  return false;
}

/** Length of the range separator at `i` (—, ——, –, -, ~, ～, 至, 到), or 0. */
function rangeSeparatorLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x2014) return text.charCodeAt(i + 1) === 0x2014 ? 2 : 1;
  return RANGE_SEPARATOR_CODES[code] === 1 ? 1 : 0;
}
const RANGE_SEPARATOR_CODES = codeTable('–-~～至到');
