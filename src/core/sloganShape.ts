// The shape of a numbered formulation (数字提法): whether a string reads as one, and what counts it implies.
// Works on simplified text (see script.ts); every function is linear in its (short) input.
import {
  CLASSIFIERS, COLLECTIVE_TAIL_INDEX, COUNT_NUMERAL_CODES, LEXICAL_WORD_INDEX, NOT_COUNT_BEFORE, NUMERAL_IDIOM_INDEX, TIME_UNITS,
  NOT_COUNT_AFTER, codeAt, codeTable, countValue, countValueAt, digitValueCode, isAnyChineseNumeralCode,
  isAsciiDigit, isCountNumeral, isCountNumeralCode, isHan, isHanCode, wordAt, wordIndex,
} from './sloganLexicon';

/** Characters that cannot be the noun of a compact group (一X一Y): particles, list markers, measure 个. */
const GROUP_STOP = new Set([...'的是在和与及等了也都就个些直定般起样致切把被将对向从以于为之而或并着过地得要来则届次']);
/** Longest quoted text accepted as one formulation. */
const MAX_SLOGAN_LENGTH = 40;
/** Longest enumeration segment (一口受理、一窗通办…) or single formulation. */
const MAX_SEGMENT_LENGTH = 14;
/** How far into a segment the numeral may stand (山西三宝, 和平共处五项原则). */
const MAX_PREFIX = 4;

function isDigitChar(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || (ch !== undefined && ch >= '０' && ch <= '９');
}

/** 十一五 … 十六五: five-year plan periods. */
export function isPeriodName(text: string, at = 0): boolean {
  if (text.charCodeAt(at) !== SHI || text.charCodeAt(at + 2) !== WU) return false;
  const value = digitValueCode(text.charCodeAt(at + 1));
  return value >= 1 && value <= 6 && text.charCodeAt(at + 1) !== LIANG && text.charCodeAt(at + 1) !== SHUANG;
}

const SHI = '十'.charCodeAt(0);
const WU = '五'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
const SHUANG = '双'.charCodeAt(0);
const NUMERALS = '零〇一二两三四五六七八九十百千万亿双';
/** What cannot be the noun of a compact group: numerals, time units, GROUP_STOP. */
const NOT_GROUP_NOUN = codeTable([...NUMERALS, ...TIME_UNITS, ...GROUP_STOP]);
/** What cannot be the extra last character of a compact compound or the noun of a collective. */
const NOT_EXTRA = codeTable([...NUMERALS, ...GROUP_STOP]);

/**
 * End of a compact compound starting at `at` (一城一谷, 三区四区, 一县一区一方案, 四为四高两同步), or -1.
 * Groups are a count numeral (≤ 2 characters) and one noun character; the last group may take one more
 * character when a boundary follows it.
 */
export function compactCompoundEnd(text: string, at: number): number {
  let j = at;
  let groups = 0;
  // Cheap test first: a compound needs "numeral, character, numeral" within its first four characters.
  if (!isCountNumeralCode(codeAt(text, at + 2)) && !isCountNumeralCode(codeAt(text, at + 3))) return -1;
  while (groups < 8) {
    let k = j;
    while (k - j < 2 && isCountNumeralCode(codeAt(text, k))) k++;
    if (k === j) break;
    const noun = codeAt(text, k);
    if (!isHanCode(noun) || NOT_GROUP_NOUN[noun] === 1) break;
    if (wordAt(text, j, LEXICAL_WORD_INDEX)) break;
    groups++;
    j = k + 1;
  }
  if (groups < 2) return -1;
  const extra = codeAt(text, j);
  if (groups >= 3 && isHanCode(extra) && NOT_EXTRA[extra] !== 1 && !isHanCode(codeAt(text, j + 1))) j++;
  if (wordAt(text, at, NUMERAL_IDIOM_INDEX)) return -1;
  return j;
}

/** "Numeral + one character + collective tail": 四措并举, 五管齐下, 三位一体, 五子联动. End offset or -1. */
export function collectiveEnd(text: string, at: number): number {
  if (digitValueCode(text.charCodeAt(at)) < 2) return -1;
  const noun = text.charCodeAt(at + 1);
  if (!isHanCode(noun) || NOT_EXTRA[noun] === 1) return -1;
  const tail = wordAt(text, at + 2, COLLECTIVE_TAIL_INDEX);
  if (tail === null || wordAt(text, at, NUMERAL_IDIOM_INDEX)) return -1;
  return at + 2 + tail.length;
}

/** True when the count numeral at `at` in `segment` starts a counted name, not a word or date. */
function countsAt(segment: string, at: number): boolean {
  if (at > 0 && NOT_COUNT_AFTER[segment.charCodeAt(at - 1)] === 1) return false;
  if (compactCompoundEnd(segment, at) > 0) return true;
  if (isPeriodName(segment, at)) return true;
  if (wordAt(segment, at, NUMERAL_IDIOM_INDEX) || wordAt(segment, at, LEXICAL_WORD_INDEX)) return false;
  let k = at;
  while (k < segment.length && isAnyChineseNumeralCode(segment.charCodeAt(k))) k++;
  // Bare numerals: only short ones that are no holiday or date (三零; 五一/七一 are lexical words above).
  if (k >= segment.length) return at === 0 && k >= 2 && k <= 3;
  return TIME_UNIT_CODES[segment.charCodeAt(k)] !== 1;
}

const TIME_UNIT_CODES = codeTable(TIME_UNITS);

/** A segment written with Arabic digits: "11463", "1+8", "5+3+N", "211工程", "15分钟生活圈", "…20条". */
function isDigitFormulation(segment: string): boolean {
  if (/[年月日%％.．:：\/—-]/.test(segment)) return false;
  if (/^[0-9０-９]+$/.test(segment)) return segment.length >= 3 && !/^(19|20)[0-9]{2}$/.test(segment);
  if (segment.includes('+')) {
    if (segment.length > MAX_SLOGAN_LENGTH) return false;
    return segment.split('+').every((part) => /^[0-9０-９A-Za-z]{1,4}([(（][^)）]{0,16}[)）])?$/.test(part));
  }
  if (segment.length > MAX_SEGMENT_LENGTH) return false;
  let lead = 0;
  while (isDigitChar(segment[lead])) lead++;
  if (lead > 0) {
    const next = segment[lead];
    if (!isHan(next) || '万亿千百个名家项倍元米吨人户年'.includes(next!)) return false;
    const laterDigit = /[0-9０-９]/.test(segment.slice(lead));
    // 15分钟生活圈, 9必谈9必访, 1小时经济圈 (a single digit needs a longer name after it).
    return lead >= 2 || laterDigit || segment.length - lead >= 3;
  }
  // Digits at the end: a numbered package of measures (稳经济30条).
  return /[0-9０-９]{1,3}[条项款招策]$/.test(segment) && segment.length <= MAX_SEGMENT_LENGTH;
}

/** True when one segment of a quoted text is a numbered formulation. */
export function isNumberedSegment(segment: string): boolean {
  if (segment.length === 0 || segment.length > MAX_SLOGAN_LENGTH) return false;
  if (hasDigit(segment)) return isDigitFormulation(segment);
  if (segment.length > MAX_SEGMENT_LENGTH) return false;
  const limit = Math.min(MAX_PREFIX, segment.length - 1);
  for (let p = 0; p <= limit; p++) {
    if (isCountNumeralCode(segment.charCodeAt(p)) && countsAt(segment, p)) return true;
  }
  // 千/万 count only when they open the name: “千万工程”, “千村示范、万村整治”.
  const first = segment.charCodeAt(0);
  return (first === QIAN || first === WAN) && isHanCode(segment.charCodeAt(1)) && !wordAt(segment, 0, LEXICAL_WORD_INDEX)
    && !wordAt(segment, 0, NUMERAL_IDIOM_INDEX);
}

const QIAN = '千'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);

/** An ASCII or full-width digit anywhere in `text`. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) return true;
  }
  return false;
}

/**
 * False when `quotedSloganTerm(text.slice(start, end))` is null for certain: the content is shorter than two
 * code units or holds no count numeral, digit, 千 or 万. Reads the text in place (most quotes hold no numeral).
 */
export function mayNameSlogan(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (NAME_SIGNAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** What `mayNameSlogan` looks for: count numerals, ASCII and full-width digits, 千 and 万 (one look-up per code unit). */
const NAME_SIGNAL = codeTable([
  ...COUNT_NUMERAL_CODES.map((code) => String.fromCharCode(code)), ...'0123456789０１２３４５６７８９千万',
]);

/**
 * The formulation a quoted text names, or null: `quoted` is the content between the quote marks.
 * "三件大事之一" names 三件大事; "两不愁、三保障" is one formulation of two segments.
 */
export function quotedSloganTerm(quoted: string): string | null {
  return mayNameSlogan(quoted, 0, quoted.length) ? numberedQuoteTerm(quoted) : null;
}

/** `quotedSloganTerm` for a text that `mayNameSlogan` has accepted. */
export function numberedQuoteTerm(quoted: string): string | null {
  // One pass over the codes: whitespace to remove, sentence punctuation (a quoted sentence, not a name), segments.
  let spaces = false;
  let separators = 0;
  for (let i = 0; i < quoted.length; i++) {
    const kind = QUOTED_CLASS[quoted.charCodeAt(i)];
    if (kind === SENTENCE_MARK) return null;
    if (kind === SPACE) spaces = true;
    else if (kind === SEGMENT_MARK) separators++;
  }
  if (separators > 5) return null;
  let text = spaces ? quoted.replace(/\s+/g, '') : quoted;
  if (text.length < 2 || text.length > MAX_SLOGAN_LENGTH) return null;
  if (endsInOneOf(text)) text = text.slice(0, -2);
  if (separators === 0) return isNumberedSegment(text) ? text : null;
  // The segments between 、 marks, read in place (no array of them).
  let segments = 0;
  let numbered = 0;
  let firstNumbered = false;
  for (let from = 0; from <= text.length; segments++) {
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== ENUM_COMMA) to++;
    const segmentNumbered = isNumberedSegment(text.slice(from, to));
    if (segments === 0) firstNumbered = segmentNumbered;
    if (segmentNumbered) numbered++;
    from = to + 1;
  }
  if (numbered === 0) return null;
  return firstNumbered || numbered * 2 >= segments ? text : null;
}

const ENUM_COMMA = '、'.charCodeAt(0);

const ZHI = '之'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);

/** True when `text` (two or more code units) ends in 之一 or 之首: "one of" the formulation it names. */
function endsInOneOf(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return text.charCodeAt(text.length - 2) === ZHI && (last === YI || last === SHOU);
}

const SPACE = 1;
const SENTENCE_MARK = 2;
const SEGMENT_MARK = 3;
/** True for whitespace (what /\s/ matches). */
export function isSpaceCode(code: number): boolean {
  return QUOTED_CLASS[code | 0] === SPACE;
}

/** True when `text[start, end)` holds whitespace (what /\s/ matches). */
export function hasSpaceIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (QUOTED_CLASS[text.charCodeAt(i)] === SPACE) return true;
  return false;
}

/** Classes of code units inside a quoted text. SPACE is what /\s/ matches. */
const QUOTED_CLASS = new Uint8Array(0x10000);
for (const ch of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') QUOTED_CLASS[ch.charCodeAt(0)] = SPACE;
for (let code = 0x2000; code <= 0x200a; code++) QUOTED_CLASS[code] = SPACE;
for (const ch of '，,。；;！？!?：:“”"') QUOTED_CLASS[ch.charCodeAt(0)] = SENTENCE_MARK;
QUOTED_CLASS['、'.charCodeAt(0)] = SEGMENT_MARK;

/**
 * Head noun after "numeral + classifier" (三大|攻坚, 五大|千亿级产业集群): up to 8 characters, cut at
 * particles and common verbs. Returns the end offset, or -1 when there is no head.
 */
export function headEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && j - from < 8) {
    const code = text.charCodeAt(j);
    if (!isHanCode(code) || HEAD_STOP[code] === 1) break;
    if (j > from && wordAt(text, j, HEAD_STOP_WORD_INDEX)) break;
    j++;
  }
  return j > from ? j : -1;
}

const HEAD_STOP = codeTable('的之等和与及为是在了着过地得就都也还而或并把被将均已');
const HEAD_STOP_WORD_INDEX = wordIndex(['发展', '实现', '取得', '推进', '走路', '落实', '加快', '提升', '建设', '工作中', '方面', '绿水', '分类']);

const LING = '零'.charCodeAt(0);
const BAI = '百'.charCodeAt(0);
const DA = '大'.charCodeAt(0);
const CLASSIFIER_CODES = codeTable(CLASSIFIERS);
const ADJECTIVE_DA_BEFORE = codeTable('块类批片部项种个');

/** Heads that make "numeral + classifier + head" a plain count (八个方面, 四个步骤). */
export const PLAIN_COUNT_HEADS = new Set(['方面', '步骤', '环节', '部分', '阶段', '月', '年', '人', '层次', '小时', '问题', '措施', '重点', '模式', '方式', '渠道', '途径']);
/** The first code units of PLAIN_COUNT_HEADS: most heads open with none of them and are not sliced to be looked up. */
const PLAIN_COUNT_HEAD_FIRST = codeTable([...PLAIN_COUNT_HEADS].map((head) => head[0]!));

/**
 * "Numeral + classifier + head" at `at` (三大攻坚, 四个意识, 五项原则, 两条底线): [value, end] or null.
 * 双 takes no classifier (“核心”“中心”双定位).
 */
export function countedNameAt(text: string, at: number): { value: number; end: number } | null {
  const first = text.charCodeAt(at);
  if (!isCountNumeralCode(first) || first === LING || first === BAI) return null;
  let k = at;
  while (k - at < 2 && isAnyChineseNumeralCode(text.charCodeAt(k))) k++;
  if (first === SHUANG && k === at + 1) {
    // 双 alone counts 2.
    const end = headEnd(text, k);
    return end > 0 ? { value: 2, end: Math.min(end, k + 3) } : null;
  }
  // Most numerals are followed by no classifier: that test comes before the value.
  const classifier = text.charCodeAt(k) | 0;
  if (CLASSIFIER_CODES[classifier] !== 1) return null;
  const value = countValueAt(text, at, k);
  if (value === null || value < 2 || value > 20) return null;
  // 大 before a measure word is an adjective (三大块, 两大类, 一大批): a plain count.
  if (classifier === DA && ADJECTIVE_DA_BEFORE[text.charCodeAt(k + 1) | 0] === 1) return null;
  const end = headEnd(text, k + 1);
  if (end < 0 || (PLAIN_COUNT_HEAD_FIRST[text.charCodeAt(k + 1)] === 1 && PLAIN_COUNT_HEADS.has(text.slice(k + 1, end)))) return null;
  return { value, end };
}

/**
 * The counts a formulation implies: 三大目标 → [3], 四破四立 → [8, 2] (items, or groups),
 * 两不愁、三保障 → [5, 2]. Empty when the term implies no count (十四五, "1+8", 零公里).
 */
export function impliedCounts(term: string): number[] {
  if (isPeriodName(term) || hasDigit(term)) return [];
  const values: number[] = [];
  for (let i = 0; i < term.length; i++) {
    if (!isCountNumeralCode(term.charCodeAt(i))) continue;
    // Before the start, 0: in no table.
    const before = codeAt(term, i - 1);
    if (isAnyChineseNumeralCode(before) || NOT_COUNT_BEFORE_CODES[before | 0] === 1) continue;
    if (i > 0 && wordAt(term, i, COLLECTIVE_TAIL_INDEX)) continue; // 三位一体: 一体 is no count
    let k = i;
    while (k < term.length && isAnyChineseNumeralCode(term.charCodeAt(k))) k++;
    const value = countValueAt(term, i, k);
    if (value === null || value === 0 || value > 20) return [];
    values.push(value);
    i = k - 1;
  }
  if (values.length === 0) return [];
  if (values.length === 1) return values;
  const sum = values.reduce((a, b) => a + b, 0);
  return sum === values.length ? [sum] : [sum, values.length];
}

const NOT_COUNT_BEFORE_CODES = codeTable(NOT_COUNT_BEFORE);

/** "N个M" (五个三, 六个一): N groups, each a formulation opening with the numeral M. */
export function groupedCount(term: string): { groups: number; inner: string } | null {
  if (term.length !== 3 || term[1] !== '个') return null;
  const groups = countValue(term[0]!);
  // 零个三 names no group at all.
  if (groups === null || groups < 1 || !isCountNumeral(term[2])) return null;
  return { groups, inner: term[2]! };
}
