// Word lists that tell a numbered formulation (提法) from ordinary Chinese that happens to contain a numeral.
// General language knowledge only (numerals, classifiers, lexicalised words, idioms, policy verbs);
// nothing here is keyed to one document. All lists are simplified script: callers match on
// `toMatchingScript(text)`.

/** Chinese numerals that can open a counted formulation (千/万/亿 are magnitudes, not counts). */
const COUNT_NUMERALS = '一二两三四五六七八九十百双零';
/** The code units `isCountNumeralCode` accepts. */
export const COUNT_NUMERAL_CODES: readonly number[] = [...COUNT_NUMERALS].map((ch) => ch.charCodeAt(0));
const DIGIT_VALUES: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const COUNT_CLASS = 1;
const ANY_CLASS = 2;
/** Numeral class per UTF-16 code unit (bit 1: count numeral, bit 2: any Chinese numeral). */
const NUMERAL_CLASS = new Uint8Array(0x10000);
for (const ch of COUNT_NUMERALS) NUMERAL_CLASS[ch.charCodeAt(0)]! |= COUNT_CLASS;
for (const ch of '零〇一二两三四五六七八九十百千万亿双') NUMERAL_CLASS[ch.charCodeAt(0)]! |= ANY_CLASS;

/** Value of a one-character count numeral per UTF-16 code unit (一 → 1, 两/双 → 2, 十 → 10, 百 → 100), else -1. */
const DIGIT_VALUE = new Int16Array(0x10000).fill(-1);
for (const [ch, value] of Object.entries(DIGIT_VALUES)) DIGIT_VALUE[ch.charCodeAt(0)] = value;
DIGIT_VALUE['十'.charCodeAt(0)] = 10;
DIGIT_VALUE['百'.charCodeAt(0)] = 100;

// Table look-ups take `code | 0`: charCodeAt past the end gives NaN, and indexing a typed array with NaN is a
// slow named-property look-up; code 0 is in no table.

/**
 * `text.charCodeAt(index)`, or 0 (in no table) outside the text, for reads that look past either end by
 * design. Optimised code assumes charCodeAt stays in bounds: the first read outside throws it away, with
 * everything it was inlined into, to be compiled again; the explicit test keeps it (and 0 keeps the result an
 * integer where charCodeAt's NaN is not).
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/** `countValue` of the one character with this code (NaN past the end: -1), or -1. */
export function digitValueCode(code: number): number {
  return DIGIT_VALUE[code | 0]!;
}

/** `isAnyChineseNumeral` on a UTF-16 code unit. */
export function isAnyChineseNumeralCode(code: number): boolean {
  return (NUMERAL_CLASS[code | 0]! & ANY_CLASS) !== 0;
}

/** `isHan` on a UTF-16 code unit. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** A set of characters as a table by UTF-16 code unit (one look-up instead of allocating text[i]). */
export function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Offsets of the code units that `table` flags in `text`, in order: one pass that later steps filter further. */
export function offsetsOf(text: string, table: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 0) offsets.push(i);
  return offsets;
}

/** `isCountNumeral` on a UTF-16 code unit. */
export function isCountNumeralCode(code: number): boolean {
  return (NUMERAL_CLASS[code | 0]! & COUNT_CLASS) !== 0;
}

export function isCountNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && (NUMERAL_CLASS[ch.charCodeAt(0)]! & COUNT_CLASS) !== 0;
}

/** Any Chinese numeral character, including magnitudes (a run of these is one number). */
export function isAnyChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && (NUMERAL_CLASS[ch.charCodeAt(0)]! & ANY_CLASS) !== 0;
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** CJK unified ideograph (the BMP blocks documents use). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Value of a short count numeral run (一 … 九十九, 两, 双, 百); null when it is not a plain count. */
export function countValue(run: string): number | null {
  return countValueAt(run, 0, run.length);
}

const SHI = '十'.charCodeAt(0);

/** A digit 0–9 (零 一 … 九, 两, 双) by code, or -1. */
function unitValue(code: number): number {
  const value = digitValueCode(code);
  return value <= 9 ? value : -1;
}

/** `countValue(text.slice(start, end))` without the slice. */
export function countValueAt(text: string, start: number, end: number): number | null {
  const length = end - start;
  if (length <= 0) return null;
  if (length === 1) {
    const value = digitValueCode(text.charCodeAt(start));
    return value >= 0 ? value : null;
  }
  let ascii = true;
  for (let i = start; i < end && ascii; i++) {
    const code = text.charCodeAt(i);
    ascii = code >= 48 && code <= 57;
  }
  if (ascii) return Number(text.slice(start, end));
  if (length > 3) return null;
  let tens = start;
  while (tens < end && text.charCodeAt(tens) !== SHI) tens++;
  if (tens === end) return null;
  const high = tens === start ? 1 : tens === start + 1 ? unitValue(text.charCodeAt(start)) : -1;
  const low = tens === end - 1 ? 0 : tens === end - 2 ? unitValue(text.charCodeAt(end - 1)) : -1;
  if (high < 0 || low < 0) return null;
  return high * 10 + low;
}

/** Characters after which a numeral is not a count: ordinals, demonstratives, "unify", "one of". */
export const NOT_COUNT_BEFORE = new Set([...'第这那每此哪其几某合统唯同之万归专单纯净清逐']);

/** A numeral right after one of these is no count: another numeral, or one of NOT_COUNT_BEFORE (table by code). */
export const NOT_COUNT_AFTER = codeTable([...NOT_COUNT_BEFORE, ...'零〇一二两三四五六七八九十百千万亿双']);

/** Measure and category words that turn a numeral into a named set (三大攻坚, 四个意识, 五项原则). */
export const CLASSIFIERS = new Set([...'大个项条件种类张只重支座所块篇句点类批宗步字线']);

/** Time units: a numeral before them is a duration or date, not a formulation (九年一贯制, 五一). */
export const TIME_UNITS = new Set([...'年月日号天周岁时秒']);

/** Lexicalised words that begin with a numeral but do not count anything. */
export const LEXICAL_WORDS: readonly string[] = [
  '一体化', '一站式', '一窗式', '一条龙', '一盘棋', '一盘散沙', '一流', '一切', '一些', '一批', '一直', '一定', '一般',
  '一起', '一样', '一致', '一线', '一方面', '一道', '一同', '一贯', '一再', '一度', '一旦', '一向', '一举', '一系列',
  '一揽子', '一把手', '一次性', '一产', '二产', '三产', '一等', '二等', '三等', '一级', '二级', '三级', '一点', '一下',
  '一番', '一手', '一身', '一边', '一面', '一侧', '一端', '一头', '一口气', '一股劲', '一键', '一并', '一概', '一味',
  '一时', '一早', '一刀切', '一窝蜂', '一言堂', '一步到位', '一律', '一新', '一致性', '一环', '一步', '一分',
  '一大批', '一大', '一部分', '一行', '一年', '一天', '一次次', '一个个', '一项项', '一辈子', '一路',
  '百姓', '百年', '百业', '百花', '百家', '百分', '百强', '百万', '百亿', '万一', '十分', '十足', '十大碗',
  '两岸', '两者', '两旁', '两边', '两侧', '两端', '两头', '两手抓', '三晋', '三秦', '三湘', '八闽', '两广', '两湖', '九州',
  '三峡', '五湖', '四海', '四方', '四处', '四周', '八方', '双方', '双向', '双赢', '双重', '双边', '双手', '双眼',
  '双倍', '双层', '双语', '双休', '双人', '双轨', '双职工', '零星', '零散', '零售', '零部件', '零件', '零食', '零钱',
  '零时', '三角', '五一', '七一', '八一', '十一', '六一', '五四', '三八', '二次', '三次', '一二',
];

/** Common idioms (成语) built on numerals: fixed phrases, but not policy formulations. */
export const NUMERAL_IDIOMS: readonly string[] = [
  '九龙治水', '三令五申', '一针见血', '一马当先', '一鼓作气', '三思而行', '四面八方', '五湖四海', '七上八下', '九牛一毛',
  '十全十美', '百花齐放', '百家争鸣', '千方百计', '万众一心', '一举两得', '一石二鸟', '三心二意', '一心一意', '一五一十',
  '一清二楚', '三番五次', '五花八门', '六神无主', '七嘴八舌', '八仙过海', '十拿九稳', '一往无前', '一以贯之', '一马平川',
  '一帆风顺', '一劳永逸', '一蹴而就', '一成不变', '一丝不苟', '一丝一毫', '一草一木', '一点一滴', '一言一行', '一朝一夕',
  '一砖一瓦', '一针一线', '一举一动', '一模一样', '一生一世', '一年一度', '一心一德', '一穷二白', '一干二净', '三五成群',
  '四分五裂', '七零八落', '九死一生', '十万火急', '百尺竿头', '百折不挠', '百炼成钢', '千家万户', '千辛万苦', '千军万马',
  '万无一失', '一分为二', '一目了然', '一如既往', '一脉相承', '一鼓作气', '一败涂地', '一知半解', '两袖清风', '三顾茅庐',
  '三足鼎立', '四平八稳', '五光十色', '五颜六色', '六六大顺', '七情六欲', '八面玲珑', '九九归一', '一本正经', '一刀两断',
  '一波三折', '一日千里', '一张一弛', '一呼百应', '一锤定音', '一锤子买卖', '一亩三分地', '一碗水端平', '一竿子插到底',
  '百废待兴', '百舸争流', '十年树木', '百年树人', '一石激起千层浪', '一唱一和', '一进一出', '一来一回', '一上一下',
  '一增一减', '一升一降', '一前一后', '一左一右', '一南一北', '一东一西', '一大一小', '一多一少', '一高一低', '一长一短',
  '一快一慢', '一问一答', '一收一放', '一松一紧', '一正一反', '一早一晚', '一老一少', '一心为民', '千万不要', '千万别',
];

/** Verbs, adverbs and prepositions that open a clause before an enumeration (坚持A、B、C三个…). */
export const LEADING_VERBS: readonly string[] = [
  '进一步', '实现了', '形成了', '统筹推进', '着力', '重点', '积极', '全力', '大力', '加快', '加强', '坚持', '坚守', '守住',
  '补齐', '干好', '打赢', '打好', '主攻', '巩固', '推进', '推动', '打造', '实现', '实施', '构建', '建设', '培育', '围绕',
  '聚焦', '突出', '强化', '做好', '抓好', '抓住', '深化', '提升', '统筹', '采取', '开展', '形成', '完善', '落实', '促进',
  '持续', '不断', '拆除', '包括', '比如', '例如', '诸如', '譬如', '涵盖', '覆盖', '深入', '全面', '扎实', '切实', '努力',
  '坚决', '重点抓好', '集中', '发挥', '依托', '发展', '建立', '健全', '优化', '紧盯', '瞄准', '确保', '力争', '要',
  '划定', '严守', '守牢', '明确', '从', '对', '如', '即',
];

/** Tails that make "numeral + one character + tail" a formulation (四措并举, 五管齐下, 三位一体, 五子联动). */
export const COLLECTIVE_TAILS: readonly string[] = [
  '并举', '齐下', '一体', '联动', '同步', '并重', '齐飞', '齐抓', '合一', '同建', '共建', '共治', '同治', '协同', '融合',
  '并进', '互动', '驱动', '同创', '共享', '统筹', '贯通', '归一', '并行', '齐发', '同频', '共振', '同城', '共进',
];

/**
 * A Map key for a word's first two code units. It stays below 2^30, so V8 keeps it a small integer (a key of
 * first * 0x10000 + second would be a heap number); first units that differ by a multiple of 0x4000 share
 * keys, which is harmless because every candidate is checked with startsWith.
 */
function pairKey(first: number, second: number): number {
  return (first & 0x3fff) * 0x10000 + (second | 0);
}

/** A list of words indexed for `wordAt`. */
export interface WordIndex {
  /** 1 for every code unit a word starts with (most positions are rejected by this alone). */
  firsts: Uint8Array;
  /** Words of two or more code units, by the `pairKey` of their first two (longest first). */
  byPair: Map<number, string[]>;
  /** One-character words. */
  single: Set<number>;
}

/** `words` indexed for `wordAt` (build it once per list, where the list is defined). */
export function wordIndex(words: readonly string[]): WordIndex {
  const byPair = new Map<number, string[]>();
  const single = new Set<number>();
  const firsts = new Uint8Array(0x10000);
  for (const word of words) {
    if (word.length > 0) firsts[word.charCodeAt(0)] = 1;
    if (word.length === 1) {
      single.add(word.charCodeAt(0));
      continue;
    }
    const pair = pairKey(word.charCodeAt(0), word.charCodeAt(1));
    const list = byPair.get(pair) ?? [];
    list.push(word);
    byPair.set(pair, list);
  }
  for (const list of byPair.values()) list.sort((a, b) => b.length - a.length);
  return { firsts, byPair, single };
}

/** The longest word of the indexed list that `text` has at `index`, or null. */
export function wordAt(text: string, index: number, words: WordIndex): string | null {
  const first = codeAt(text, index);
  if (words.firsts[first] !== 1) return null;
  const candidates = words.byPair.get(pairKey(first, codeAt(text, index + 1)));
  if (candidates !== undefined) for (const word of candidates) if (text.startsWith(word, index)) return word;
  return words.single.has(first) ? text[index]! : null;
}

/** Recently used lists and their indexes (identity lookup; a handful of lists are in use). */
const recent: { words: readonly string[]; index: WordIndex }[] = [];

function cachedIndex(words: readonly string[]): WordIndex {
  for (const entry of recent) if (entry.words === words) return entry.index;
  const index = wordIndex(words);
  if (recent.length >= 16) recent.shift();
  recent.push({ words, index });
  return index;
}

/** The longest word of `words` that `text` has at `index`, or null (`wordAt` with an index kept per list). */
export function startsWithAny(text: string, index: number, words: readonly string[]): string | null {
  return wordAt(text, index, cachedIndex(words));
}

export const LEXICAL_WORD_INDEX = wordIndex(LEXICAL_WORDS);
export const NUMERAL_IDIOM_INDEX = wordIndex(NUMERAL_IDIOMS);
export const LEADING_VERB_INDEX = wordIndex(LEADING_VERBS);
export const COLLECTIVE_TAIL_INDEX = wordIndex(COLLECTIVE_TAILS);
