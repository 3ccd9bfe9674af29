// Enumerations written next to a formulation: the items a slogan stands for.
//   before it:  主攻“先行区”“领跑者”“桥头堡”三大目标 · 主攻“先行区、领跑者、桥头堡”三大目标 ·
//               打赢A、B、C三大攻坚 · 工业、农业、建筑、生活等四大领域 · 以“党史、清风、文化”为主题的“三重好礼”
//   after it:   (A、B、C) · 即A、B、C · ：A、B、C
// Works on simplified text; bounded windows, linear.
import { isCloseQuoteCode, isOpenQuote, isOpenQuoteCode } from './quotes';
import { LEADING_VERB_INDEX, codeAt, codeTable, wordAt, wordIndex } from './sloganLexicon';
import { SPACE_CHARS } from './whitespace';

export interface Item {
  text: string;
  start: number;
  end: number;
}

export interface Enumeration {
  items: Item[];
  start: number;
  end: number;
  /** The list ends in 等 with fewer items than the formulation counts (A、B等八大行动): an example, not a definition. */
  partial?: boolean;
}

/** Characters that end a clause when reading an enumeration. */
const CLAUSE_BOUNDARY = new Set([...'，,；;。：:（()）！？!?\n\r“”「」『』【】']);
const SENTENCE_END_CODE = new Uint8Array(0x10000);
for (const ch of '。；;！？!?\n\r') SENTENCE_END_CODE[ch.charCodeAt(0)] = 1;
const BOUNDARY = 1;
/** 和及与: they separate items when a list is short of its count (splitConjunctions). */
const SEPARATOR = 2;
const ENUM_COMMA = 3;
/** 《》: inside them a 、 separates no item. */
const TITLE_MARK = 4;
/** Per UTF-16 code unit: clause boundary, item separator (和及与, or ENUM_COMMA for 、), or TITLE_MARK. */
const CLAUSE_CLASS = new Uint8Array(0x10000);
for (const ch of CLAUSE_BOUNDARY) CLAUSE_CLASS[ch.charCodeAt(0)] = BOUNDARY;
for (const ch of '和及与') CLAUSE_CLASS[ch.charCodeAt(0)] = SEPARATOR;
CLAUSE_CLASS['、'.charCodeAt(0)] = ENUM_COMMA;
for (const ch of '《》') CLAUSE_CLASS[ch.charCodeAt(0)] = TITLE_MARK;
const DENG = '等'.charCodeAt(0);
const DE = '的'.charCodeAt(0);
const WEI = '为'.charCodeAt(0);
const WIDE_COMMA = '，'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
/** Longest clause read before a formulation. */
const MAX_CLAUSE = 90;
/** Longest item of an enumeration. */
const MAX_ITEM = 30;
/** Largest gap between two quoted items of one enumeration (“先行区”，能源革命排头兵的“领跑者”). */
const MAX_QUOTE_GAP = 16;

/**
 * True when a 、/和/及/与 stands in the clause that ends at `b`, or a closing quote right before it: the cheap
 * test before reading an enumeration. Reads back at most one clause (MAX_CLAUSE characters).
 */
export function mayEnumerateBefore(text: string, b: number): boolean {
  let j = b;
  while (j > 0 && b - j < 3 && (text.charCodeAt(j - 1) === DENG || isOpenQuoteCode(text.charCodeAt(j - 1)))) j--;
  if (isCloseQuoteCode(text.charCodeAt(j - 1))) return true;
  for (let k = b - 1; k >= 0 && b - k <= MAX_CLAUSE; k--) {
    const kind = CLAUSE_CLASS[text.charCodeAt(k)]!;
    if (kind === SEPARATOR || kind === ENUM_COMMA) return true;
    if (kind === BOUNDARY) return false;
  }
  return false;
}

/** Spaces and quote marks: what cleanItem strips from both ends of an item. */
const ITEM_TRIM = codeTable(SPACE_CHARS + '“"「『‘”」』’');
/** Numerals after which 等 ends an item (A、B等三大…). */
const DENG_NUMERALS = codeTable('一二两三四五六七八九十几');

/** Offset of the first 等 in `text[from, to)` followed, inside that range, by one of DENG_NUMERALS; -1 when none is. */
export function dengNumeralIn(text: string, from: number, to: number): number {
  for (let at = text.indexOf('等', from); at >= 0 && at < to - 1; at = text.indexOf('等', at + 1)) {
    if (DENG_NUMERALS[text.charCodeAt(at + 1)] === 1) return at;
  }
  return -1;
}

/** Strips quote marks, spaces and a trailing 等 from an item. */
function cleanItem(item: Item): Item | null {
  const raw = item.text;
  // The item is raw[from, to): bounds move inward, one slice at the end.
  let from = 0;
  let to = raw.length;
  while (from < to && ITEM_TRIM[raw.charCodeAt(from)] === 1) from++;
  while (from < to && ITEM_TRIM[raw.charCodeAt(to - 1)] === 1) to--;
  const dengNumeral = dengNumeralIn(raw, from, to);
  if (dengNumeral > from) to = dengNumeral;
  if (to - from >= 2 && raw.charCodeAt(to - 1) === DENG && raw.charCodeAt(to - 2) === DENG) to -= 2;
  else if (to > from && raw.charCodeAt(to - 1) === DENG) to--;
  if (to === from || to - from > MAX_ITEM) return null;
  // Items are never changed in place: one with nothing to strip is kept as it is.
  if (from === 0 && to === raw.length) return item;
  return { text: raw.slice(from, to), start: item.start + from, end: item.end - (raw.length - to) };
}

/** Second characters of a resultative verb (干好, 守住, 补齐, 打赢, 把牢). */
const RESULTATIVE = codeTable('好住齐赢牢');
/** What cannot stand right before the resultative character: degree words (美好, 更好) and spaces. */
const NOT_BEFORE_RESULTATIVE = codeTable(SPACE_CHARS + '美友良较更最很');

/**
 * Length of the resultative verb `text` opens with (干好, 把握好, 守住; /^[\u4e00-\u9fff]{0,1}[^美友良较更最很\s][好住齐赢牢]/),
 * or 0. A text opening with the resultative character itself has none.
 */
export function resultativeVerbLength(text: string): number {
  if (text.length < 2) return 0;
  const first = text.charCodeAt(0);
  if (RESULTATIVE[first] === 1) return 0;
  const second = text.charCodeAt(1);
  if (first >= 0x4e00 && first <= 0x9fff && NOT_BEFORE_RESULTATIVE[second] !== 1 && RESULTATIVE[codeAt(text, 2)] === 1) return 3;
  return NOT_BEFORE_RESULTATIVE[first] !== 1 && RESULTATIVE[second] === 1 ? 2 : 0;
}

/** Removes leading verbs/prepositions from the first item (着力打造A → A), keeping at least two characters. */
function stripLeadingVerbs(items: readonly Item[]): Item {
  const item = items[0]!;
  let { text, start } = item;
  for (let guard = 0; guard < 4; guard++) {
    // A word every item opens with is part of the parallel items (从A转变、从B转变), not a verb before the list.
    if (items.length > 1 && opensEveryOther(items, text)) break;
    const verb = wordAt(text, 0, LEADING_VERB_INDEX);
    const length = verb !== null ? verb.length : resultativeVerbLength(text);
    if (length === 0 || text.length - length < 2) break;
    text = text.slice(length);
    start += length;
    if (text.startsWith('了') && text.length > 3) {
      text = text.slice(1);
      start += 1;
    }
  }
  return { text, start, end: item.end };
}

/** True when every item after the first opens with the first code unit of `text` (always, when `text` is empty). */
function opensEveryOther(items: readonly Item[], text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  for (let i = 1; i < items.length; i++) if (items[i]!.text.charCodeAt(0) !== first) return false;
  return true;
}

const separatorTables = new Map<string, Uint8Array>();

/** A code table of the characters in `separators` (a handful of separator sets are in use). */
function separatorTable(separators: string): Uint8Array {
  let table = separatorTables.get(separators);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < separators.length; i++) table[separators.charCodeAt(i)] = 1;
    if (separatorTables.size > 32) separatorTables.clear();
    separatorTables.set(separators, table);
  }
  return table;
}

/**
 * Splits `text` (at `offset` in the document) at any of `separators`, outside quotes and brackets. With a
 * `limit`, only the first `limit` items are returned (the rest of the text is not read).
 */
export function splitItems(text: string, offset: number, separators: string, limit = Infinity): Item[] {
  const isSeparator = separatorTable(separators);
  const items: Item[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (depth === 0 && isSeparator[code] === 1) {
      items.push({ text: text.slice(from, i), start: offset + from, end: offset + i });
      if (items.length >= limit) return items;
      from = i + 1;
      continue;
    }
    // （ ( 《 【 “ 「 open; ） ) 》 】 ” 」 close.
    if (code === 0xff08 || code === 40 || code === 0x300a || code === 0x3010 || code === 0x201c || code === 0x300c) depth++;
    else if ((code === 0xff09 || code === 41 || code === 0x300b || code === 0x3011 || code === 0x201d || code === 0x300d) && depth > 0) depth--;
  }
  items.push({ text: text.slice(from), start: offset + from, end: offset + text.length });
  return items;
}

/** Splits items at 和/及/与 until there are `expected` of them (有机化工、精细化工、合成新材料和橡塑蜡深加工). */
function splitConjunctions(items: Item[], expected: number): Item[] {
  const result = [...items];
  for (let i = result.length - 1; i >= 0 && result.length < expected; i--) {
    const item = result[i]!;
    const at = item.text.search(/[和及与]/);
    if (at <= 0 || at >= item.text.length - 1) continue;
    result.splice(i, 1,
      { text: item.text.slice(0, at), start: item.start, end: item.start + at },
      { text: item.text.slice(at + 1), start: item.start + at + 1, end: item.end });
  }
  return result;
}

/** Cleans items; null when any is empty or too long, or fewer than `min` remain. */
function finish(raw: Item[], min: number, stripVerbs: boolean): Enumeration | null {
  const items: Item[] = [];
  for (const item of raw) {
    const cleaned = cleanItem(item);
    if (cleaned === null) return null;
    items.push(cleaned);
  }
  if (items.length < min) return null;
  if (stripVerbs) items[0] = stripLeadingVerbs(items);
  return { items, start: items[0]!.start, end: items[items.length - 1]!.end };
}

/** The quoted span that closes at `close`: [open, close] or null. */
function quoteEndingAt(text: string, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 40; j--) {
    const code = text.charCodeAt(j);
    if (code === 10 || code === 13) return -1;
    if (isOpenQuoteCode(code)) return j;
    if (isCloseQuoteCode(code) && code !== 34) return -1;
  }
  return -1;
}

/**
 * The enumeration that ends right before a formulation starting at `termStart` (after its opening quote, if any).
 * `expected` is the count the formulation implies, or null.
 */
export function enumerationBefore(text: string, termStart: number, expected: number | null): Enumeration | null {
  let b = termStart;
  if (isOpenQuoteCode(text.charCodeAt(b - 1))) b--;
  let withDeng = false;
  const before = text.charCodeAt(b - 1);
  if (before === DENG) {
    withDeng = true;
    b--;
    if (text.charCodeAt(b - 1) === DENG) b--;
  } else if (before === DE) {
    // 以“A、B、C”为主题的“三重好礼” · 以A、B为核心的“城市双修”
    const wei = text.slice(Math.max(0, b - 6), b).lastIndexOf('为') + Math.max(0, b - 6);
    if (wei >= Math.max(0, b - 6) && b - wei <= 5 && !/[，,。；;\s]/.test(text.slice(wei, b))) b = wei;
  }
  if (isCloseQuoteCode(text.charCodeAt(b - 1))) return quotedEnumeration(text, b, expected);
  const clause = clauseEnumeration(text, b, expected, withDeng);
  // 以A、B为核心的…: the preposition 以 opens the clause, not the first item.
  if (clause !== null && text.charCodeAt(b) === WEI && clause.items[0]!.text.startsWith('以') && clause.items[0]!.text.length > 2) {
    const first = clause.items[0]!;
    clause.items[0] = { text: first.text.slice(1), start: first.start + 1, end: first.end };
    clause.start = first.start + 1;
  }
  return clause;
}

function quotedEnumeration(text: string, b: number, expected: number | null): Enumeration | null {
  const quotes: Item[] = [];
  let close = b - 1;
  while (quotes.length < (expected ?? 12)) {
    const open = quoteEndingAt(text, close);
    if (open < 0) break;
    quotes.unshift({ text: text.slice(open + 1, close), start: open + 1, end: close });
    // Previous quote within a short gap of the same sentence.
    let j = open - 1;
    const limit = expected === null ? 2 : MAX_QUOTE_GAP;
    while (j >= 0 && open - j <= limit) {
      const code = text.charCodeAt(j);
      if (isCloseQuoteCode(code) || SENTENCE_END_CODE[code] === 1 || isOpenQuoteCode(code)) break;
      j--;
    }
    if (j < 0 || !isCloseQuoteCode(text.charCodeAt(j))) break;
    close = j;
  }
  if (quotes.length === 0) return null;
  const last = quotes[quotes.length - 1]!;
  let inner = splitItems(last.text, last.start, '、');
  if (inner.length >= 2 || (expected !== null && expected >= 2)) {
    if (expected !== null && inner.length < expected) inner = splitConjunctions(inner, expected);
    if (inner.length >= 2 && (expected === null || inner.length === expected)) return finish(inner, 2, false);
  }
  if (quotes.length >= 2 && (expected === null || quotes.length === expected)) return finish(quotes, 2, false);
  return null;
}

function clauseEnumeration(text: string, b: number, expected: number | null, withDeng: boolean): Enumeration | null {
  // Without a count to check against, a bare clause is too weak a signal (二、2026年主要目标和“十五五”).
  if (expected === null) return null;
  let start = b;
  let separated = false;
  let commas = 0;
  let titled = false;
  while (start > 0 && b - start < MAX_CLAUSE) {
    const kind = CLAUSE_CLASS[text.charCodeAt(start - 1)];
    if (kind === BOUNDARY) break;
    if (kind === SEPARATOR) separated = true;
    else if (kind === ENUM_COMMA) {
      separated = true;
      commas++;
    } else if (kind === TITLE_MARK) titled = true;
    start--;
  }
  // Without 、和及与 the clause is one item: no enumeration.
  if (!separated) return null;
  if (!titled) {
    // The clause splits into commas + 1 items; a list marker removes at most one, 和及与 at most double them.
    // More than the count is no list; fewer than it, only one ending in 等 (partial).
    if (commas > expected || (!withDeng && 2 * (commas + 1) < expected)) return null;
  }
  let items = splitItems(text.slice(start, b), start, '、');
  // A list marker opening the clause (二、… or 3、…) is no item.
  if (items.length > 1 && /^\s*([一二三四五六七八九十]+|[0-9]+)\s*$/.test(items[0]!.text)) items = items.slice(1);
  if (items.length < expected) items = splitConjunctions(items, expected);
  if (items.length < 2) return null;
  const partial = withDeng && items.length < expected;
  if (items.length !== expected && !partial) return null;
  const enumeration = finish(items, 2, true);
  return enumeration && partial ? { ...enumeration, partial } : enumeration;
}

/** The first characters of the markers explanationAfter reads (most terms are followed by none of them). */
const EXPLANATION_OPENER = new Uint8Array(0x10000);
for (const ch of '主具即也就是指包分：:') EXPLANATION_OPENER[ch.charCodeAt(0)] = 1;

/**
 * False when no explanation marker can stand at `j`, given the opener there: each marker but 即 and the colons
 * has a fixed second character (是 only in 是指, 就 only in 就是, 主 only in 主要…).
 */
function markerPairAt(text: string, j: number): boolean {
  const second = text.charCodeAt(j + 1);
  switch (text.charCodeAt(j)) {
    case 0x4e3b: return second === 0x8981; // 主要
    case 0x5177: return second === 0x4f53; // 具体
    case 0x4e5f: return second === 0x5c31; // 也就
    case 0x5c31: return second === 0x662f; // 就是
    case 0x662f: return second === 0x6307; // 是指
    case 0x6307: return second === 0x7684; // 指的
    case 0x5305: return second === 0x62ec || second === 0x542b; // 包括, 包含
    case 0x5206: return second === 0x522b; // 分别
    default: return true;
  }
}

/** First characters of an ordinal list: 首先, 其一, 一是, 一要, 第一. */
function opensOrdinalList(text: string, j: number): boolean {
  const first = text.charCodeAt(j);
  const second = text.charCodeAt(j + 1);
  if (first === 0x4e00) return second === 0x662f || second === 0x8981; // 一是, 一要
  return (first === 0x9996 && second === 0x5148) || ((first === 0x5176 || first === 0x7b2c) && second === 0x4e00); // 首先, 其一, 第一
}

/** What ends the text explanationAfter reads. */
const EXPLANATION_END = codeTable('。；;\n\r）)');

/** Head nouns a formulation may be named with (“三个一”工程，即…; “五大”行动：…): the explanation follows them. */
const HEAD_NOUNS = [
  '工程', '行动', '行动计划', '战略', '发展战略', '计划', '举措', '目标', '任务', '要求', '原则', '理念', '机制', '体系', '格局', '布局',
  '思路', '工作思路', '发展思路', '工作法', '工作机制', '工作格局', '发展格局',
];

const HEAD_NOUN_FIRST = codeTable(HEAD_NOUNS.map((noun) => noun[0]!));
const HEAD_NOUN_INDEX = wordIndex(HEAD_NOUNS);

/** Text after a formulation ending at `termEnd` (or after its head noun) when it opens with 即/也就是/是指/包括 or a colon. */
export function explanationAfter(text: string, termEnd: number, expected: number | null = null): Enumeration | null {
  let j = termEnd;
  if (isCloseQuoteCode(text.charCodeAt(j))) {
    j++;
    const head = HEAD_NOUN_FIRST[text.charCodeAt(j) | 0] === 1 ? wordAt(text, j, HEAD_NOUN_INDEX) : null;
    if (head !== null) j += head.length;
  }
  const comma = text.charCodeAt(j);
  if (comma === WIDE_COMMA || comma === COMMA) j++;
  if (EXPLANATION_OPENER[text.charCodeAt(j) | 0] !== 1 || !markerPairAt(text, j)) return null;
  const marker = /^((主要|具体)?(即(?![将使便可时期])|也就是|就是指|就是|是指|指的是|包括|包含)|分别是|分别为|：|:)/.exec(text.slice(j, j + 6));
  if (marker === null) return null;
  j += marker[0].length;
  // An ordinal list follows (“三个转化”：首先是…，其次是…): read by the ordinal rule, not as one item.
  if (opensOrdinalList(text, j)) return null;
  let end = j;
  while (end < text.length && end - j < 200 && EXPLANATION_END[text.charCodeAt(end)] !== 1) end++;
  // Only the first clause is read.
  const body = splitItems(text.slice(j, end), j, '，,', 1)[0]!;
  let items = splitItems(body.text, body.start, '、');
  if (expected !== null && items.length < expected) items = splitConjunctions(items, expected);
  const enumeration = finish(items, 1, true);
  return enumeration && /等[一二两三四五六七八九十几]|等$/.test(body.text) ? { ...enumeration, partial: true } : enumeration;
}

const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const WIDE_PAREN_OPEN = 0xff08;
const WIDE_PAREN_CLOSE = 0xff09;

/**
 * A parenthesis right after the formulation (gap ≤ 4 characters: “四破四立”要求(即…)): its content
 * split into items, or the quoted items inside when there are exactly `expected` of them.
 */
export function parenthesisAfter(text: string, termEnd: number): { content: Item; gap: number } | null {
  let j = termEnd;
  if (isCloseQuoteCode(text.charCodeAt(j))) j++;
  const gapStart = j;
  for (; j - gapStart < 4; j++) {
    const code = text.charCodeAt(j);
    if (code === PAREN_OPEN || code === WIDE_PAREN_OPEN || !(code >= 0x4e00 && code <= 0x9fff)) break;
  }
  if (text.charCodeAt(j) !== PAREN_OPEN && text.charCodeAt(j) !== WIDE_PAREN_OPEN) return null;
  const open = j;
  let depth = 0;
  for (let k = open; k < text.length && k - open < 400; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return null;
    if (code === PAREN_OPEN || code === WIDE_PAREN_OPEN) depth++;
    else if (code === PAREN_CLOSE || code === WIDE_PAREN_CLOSE) {
      depth--;
      if (depth === 0) return { content: { text: text.slice(open + 1, k), start: open + 1, end: k }, gap: open - gapStart };
    }
  }
  return null;
}

/** Items of a parenthesis: the quoted strings when there are `expected` of them, else split at ；;、，,. */
export function parenthesisItems(content: Item, expected: readonly number[]): Enumeration | null {
  let body = content.text;
  let offset = content.start;
  const lead = /^(即|也就是|就是|包括|分别是|分别为)/.exec(body);
  if (lead) {
    body = body.slice(lead[0].length);
    offset += lead[0].length;
  }
  if (/^简称/.test(body) || !/[\u4e00-\u9fff]/.test(body)) return null;
  const quoted: Item[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!isOpenQuote(body[i])) continue;
    const close = body.slice(i + 1).search(/[”」』"]/);
    if (close < 0) break;
    quoted.push({ text: body.slice(i + 1, i + 1 + close), start: offset + i + 1, end: offset + i + 1 + close });
    i += close + 1;
  }
  if (quoted.length >= 2 && expected.includes(quoted.length)) return finish(quoted, 2, false);
  let items = splitItems(body, offset, '；;、，,').filter((item) => item.text.trim().length > 0);
  const want = Math.max(...expected, 0);
  if (items.length < want) items = splitConjunctions(items, want);
  return finish(items, 1, false);
}

/** What ends a clause for enumerationWithin. */
const WITHIN_CLAUSE_END = codeTable('，,；;。：:\n');
const ENUM_COMMA_CODE = 0x3001;

/** True when `text[from, to)` holds the code unit `code`. */
function holdsCode(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * The first clause in `text[from, to)` that enumerates exactly `expected` items (四措并举…。采取A、B、C、D等方式).
 * Clauses are found in place, as splitItems would cut them; only those holding a 、 are sliced.
 */
export function enumerationWithin(text: string, from: number, to: number, expected: number): Enumeration | null {
  if (!holdsCode(text, from, to, ENUM_COMMA_CODE)) return null;
  let depth = 0;
  let clauseStart = from;
  let enumerated = false;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : -1;
    if (code < 0 || (depth === 0 && WITHIN_CLAUSE_END[code] === 1)) {
      if (enumerated) {
        const items = clauseItems(text, clauseStart, i);
        if (items.length === expected) return finish(items, 2, true);
      }
      clauseStart = i + 1;
      enumerated = false;
      continue;
    }
    if (code === ENUM_COMMA_CODE) enumerated = true;
    // The brackets and quotes splitItems nests by.
    else if (code === 0xff08 || code === 40 || code === 0x300a || code === 0x3010 || code === 0x201c || code === 0x300c) depth++;
    else if ((code === 0xff09 || code === 41 || code === 0x300b || code === 0x3011 || code === 0x201d || code === 0x300d) && depth > 0) depth--;
  }
  return null;
}

/** The 、-items of the clause `text[start, end)`, without a 等 among its last four characters. */
function clauseItems(text: string, start: number, end: number): Item[] {
  let body = text.slice(start, end);
  const deng = body.lastIndexOf('等');
  if (deng > 0 && body.length - deng <= 4) body = body.slice(0, deng);
  return splitItems(body, start, '、');
}
