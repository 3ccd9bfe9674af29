// Numbered formulations (数字提法, spec §2): detection, every occurrence, definitions and consistency findings.
//
//   extractSlogans(text, sentences, lines, options?) → Slogan[]   (ordered by first occurrence)
//
// A term is established by a strong signal — quotes around a numbered name (“四个意识”, “1+8”), a compact
// compound (一城一谷, 三区四区), a period name (十四五), "numeral + one character + collective tail" (四措并举),
// "numeral + classifier + head" attached to an enumeration (A、B、C三大攻坚) or followed by 之一, or a
// known formulation from the glossary — and then every occurrence of the term in the document is counted.
// Traditional script is matched through `toMatchingScript`; terms and offsets are those of the original text.
import type { Sentence, Slogan } from './types';
import type { LineIndex } from './lines';
import { toMatchingScript } from './script';
import { QUOTE_SCAN_CODES, type QuoteSpans, findQuotesIn } from './quotes';
import {
  collectiveEnd, compactCompoundEnd, countedNameAt, hasSpaceIn, impliedCounts, isPeriodName, mayNameSlogan, numberedQuoteTerm,
} from './sloganShape';
import {
  CLASSIFIERS, COLLECTIVE_TAILS, COUNT_NUMERAL_CODES, LEXICAL_WORD_INDEX, NOT_COUNT_AFTER, TIME_UNITS, codeAt, codeTable,
  digitValueCode, isCountNumeralCode, isHanCode, wordAt,
} from './sloganLexicon';
import { enumerationBefore, mayEnumerateBefore } from './enumeration';
import { type EnumerationsBefore, mineDefinitions, type TermPlaces } from './definitions';
import { sloganFindings } from './sloganFindings';
import { builtInSloganTerms } from './glossary';

export interface SloganOptions {
  /** Known formulations recognised even without quotes (default: the built-in glossary's numbered terms). */
  knownTerms?: Iterable<string>;
  /** `toMatchingScript(text)` when the caller already has it (conversion of traditional text is costly). */
  matching?: string;
}

export function extractSlogans(text: string, sentences: Sentence[], lines: LineIndex, options: SloganOptions = {}): Slogan[] {
  const matching = options.matching ?? toMatchingScript(text);
  const known = knownTermIndex(options.knownTerms ?? builtInSloganTerms());
  // The offsets quote scanning, term detection and occurrence search read: for a simplified text, scanSentences
  // has usually collected them already.
  const scan = scanText(matching);
  const enumerations: EnumerationsBefore = new Map();
  const detected = detectedTerms(matching, findQuotesIn(matching, scan.marks, scan.markCount), scan, enumerations);
  const places = findOccurrences(matching, detected, known, scan, lines);
  const definitions = mineDefinitions(matching, text, lines, sentences, places, enumerations);
  const slogans: Slogan[] = [];
  for (let p = 0; p < places.length; p++) {
    const { key, occurrences, inside } = places[p]!;
    // A part that never stands alone (六稳 only inside 六稳六保, 三大攻坚 inside 三大攻坚战) is no slogan of its own.
    if (!inside.includes(false)) continue;
    const first = occurrences[0]!;
    const defs = definitions[p]!;
    // Most terms hold no whitespace: no regex then.
    const term = hasSpaceIn(text, first.start, first.end) ? text.slice(first.start, first.end).replace(/\s+/g, '') : text.slice(first.start, first.end);
    slogans.push({ term, count: occurrences.length, occurrences, definitions: defs, findings: sloganFindings(term, key, defs) });
  }
  // `places` come in order of first occurrence (at one start, the longer key first): so do the slogans.
  return slogans;
}

/** The first definition's top-level component texts (what spec §4's `definition` holds), or null. */
export function primaryDefinition(slogan: Slogan): string[] | null {
  const first = slogan.definitions[0];
  return first ? first.components.map((c) => c.text) : null;
}

/** Every established term (matching script), plus the known terms (which may not occur). */
export function detectTerms(matching: string, knownTerms: Iterable<string>): Set<string> {
  const scan = scanText(matching);
  const keys = detectedTerms(matching, findQuotesIn(matching, scan.marks, scan.markCount), scan, new Map());
  for (const known of knownTerms) if (known.length >= 2) keys.add(known);
  return keys;
}

/**
 * What the one pass over a document collects, each list in order. The buffers are shared from document to
 * document: they hold the offsets of `text` until a pass over another text (this module's or scanSentences',
 * which collects them while it splits a document into sentences).
 */
export interface ScanOffsets {
  /** The text the offsets are of (null while a pass is filling them). */
  text: string | null;
  /** Count numerals (where unquoted terms start, and where every term is anchored): `numerals[0, numeralCount)`. */
  numerals: Int32Array;
  numeralCount: number;
  /** Quote marks and line breaks (QUOTE_SCAN_CODES), and 指 (是指 opens a prose definition): `marks[0, markCount)`. */
  marks: Int32Array;
  markCount: number;
}

/** SCAN_KIND bits: the offset goes to `numerals` (1) or to `marks` (2). */
const NUMERAL_UNIT = 1;
const MARK_UNIT = 2;
/** The code units the one pass collects, by kind (at most one bit each). */
export const SCAN_KIND = new Uint8Array(0x10000);
for (const code of COUNT_NUMERAL_CODES) SCAN_KIND[code] = NUMERAL_UNIT;
for (const code of QUOTE_SCAN_CODES) SCAN_KIND[code] = MARK_UNIT;
const ZHI_CODE = '指'.charCodeAt(0);
SCAN_KIND[ZHI_CODE] = MARK_UNIT;
const SHI_CODE = '是'.charCodeAt(0);
/**
 * Texts up to this long are scanned into buffers at least as long as the text, with no capacity test per
 * offset (each buffer then holds four bytes per code unit of the longest such text).
 */
const MAX_PRESIZED = 1 << 18;

const scanned: ScanOffsets = { text: null, numerals: new Int32Array(1024), numeralCount: 0, marks: new Int32Array(1024), markCount: 0 };

/** The shared buffers, emptied for a pass that adds every offset of a SCAN_KIND unit in order and then sets `text`. */
export function emptyScanOffsets(): ScanOffsets {
  scanned.text = null;
  scanned.numeralCount = 0;
  scanned.markCount = 0;
  return scanned;
}

/** Adds `at`, the offset of a code unit of SCAN_KIND `kind` (not 0), to its list. */
export function addScanOffset(offsets: ScanOffsets, at: number, kind: number): void {
  if (kind === NUMERAL_UNIT) {
    if (offsets.numeralCount === offsets.numerals.length) offsets.numerals = grown(offsets.numerals);
    offsets.numerals[offsets.numeralCount++] = at;
  } else {
    if (offsets.markCount === offsets.marks.length) offsets.marks = grown(offsets.marks);
    offsets.marks[offsets.markCount++] = at;
  }
}

/**
 * The offsets of `text`: those collected already when the shared buffers hold this text's (scanSentences collects
 * them while it splits the text), else from the one pass over it.
 */
export function scanText(text: string): ScanOffsets {
  if (scanned.text === text) return scanned;
  scanned.text = null;
  if (text.length <= MAX_PRESIZED) {
    if (scanned.numerals.length < text.length) scanned.numerals = new Int32Array(Math.min(MAX_PRESIZED, Math.max(text.length, scanned.numerals.length * 2)));
    if (scanned.marks.length < text.length) scanned.marks = new Int32Array(Math.min(MAX_PRESIZED, Math.max(text.length, scanned.marks.length * 2)));
    scanPresized(text, SCAN_KIND, scanned.numerals, scanned.marks);
  } else scanGrowing(text, SCAN_KIND);
  scanned.text = text;
  return scanned;
}

/**
 * Every offset goes to both buffers and only the counts tell which list it joined: no branch on the kind.
 * The loop tests `i < text.length` itself, so the compiler drops the bounds test of charCodeAt.
 */
function scanPresized(text: string, kinds: Uint8Array, numerals: Int32Array, marks: Int32Array): void {
  let n = 0;
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = kinds[text.charCodeAt(i)]!;
    if (kind !== 0) {
      numerals[n] = i;
      marks[m] = i;
      n += kind & NUMERAL_UNIT;
      m += kind >>> 1;
    }
  }
  scanned.numeralCount = n;
  scanned.markCount = m;
}

function scanGrowing(text: string, kinds: Uint8Array): void {
  let numerals = scanned.numerals;
  let marks = scanned.marks;
  let n = 0;
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = kinds[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === NUMERAL_UNIT) {
      if (n === numerals.length) numerals = grown(numerals);
      numerals[n++] = i;
    } else {
      if (m === marks.length) marks = grown(marks);
      marks[m++] = i;
    }
  }
  scanned.numerals = numerals;
  scanned.numeralCount = n;
  scanned.marks = marks;
  scanned.markCount = m;
}

function grown(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(buffer.length * 2);
  larger.set(buffer);
  return larger;
}

/** Offsets of 是指 in `text`, in order (from the shared buffers when they hold this text's offsets). */
export function definingOffsets(text: string): number[] {
  const hits: number[] = [];
  if (text === scanned.text) {
    const { marks, markCount } = scanned;
    for (let k = 0; k < markCount; k++) {
      const i = marks[k]!;
      if (text.charCodeAt(i) === ZHI_CODE && i > 0 && text.charCodeAt(i - 1) === SHI_CODE) hits.push(i - 1);
    }
    return hits;
  }
  for (let hit = text.indexOf('是指'); hit >= 0; hit = text.indexOf('是指', hit + 2)) hits.push(hit);
  return hits;
}

/** The terms `matching` establishes, from its quotes and the count numerals `scan` collected. */
function detectedTerms(matching: string, quotes: QuoteSpans, scan: ScanOffsets, enumerations: EnumerationsBefore): Set<string> {
  const keys = new Set<string>();
  const { opens, closes } = quotes;
  // Indexes of the quotes that name a term, in order.
  const covered: number[] = [];
  // The same name is quoted again and again: classify each distinct quoted text once per document. (Not across
  // documents: a memo kept from one document to the next would mostly measure how often the benchmark's
  // synthetic corpus repeats its quotes.)
  const classified = new Map<string, string | null>();
  for (let q = 0; q < quotes.count; q++) {
    const start = opens[q]! + 1;
    const end = closes[q]!;
    if (!mayNameSlogan(matching, start, end)) continue;
    const content = matching.slice(start, end);
    let term = classified.get(content);
    if (term === undefined) {
      classified.set(content, (term = numberedQuoteTerm(content)));
      // A text classified before has added its term already.
      if (term !== null) keys.add(term);
    }
    if (term !== null) covered.push(q);
  }
  // Unquoted formulations start at a count numeral: only those positions are examined.
  const { numerals, numeralCount } = scan;
  let next = 0;
  let resume = 0;
  for (let n = 0; n < numeralCount; n++) {
    const i = numerals[n]!;
    if (i < resume) continue;
    if (i > 0 && NOT_COUNT_AFTER[matching.charCodeAt(i - 1)] === 1) continue;
    if (!mayStartTerm(matching, i)) continue;
    while (next < covered.length && closes[covered[next]!]! < i) next++;
    if (next < covered.length && opens[covered[next]!]! <= i) continue;
    const term = unquotedTermAt(matching, i, enumerations);
    if (term === null) continue;
    keys.add(term);
    resume = i + term.length;
  }
  return keys;
}

/** The code unit after a numeral that may open a term: a numeral (十四五, 二十条) or a classifier (三大, 四个). */
const TERM_SECOND = codeTable([...'零〇一二两三四五六七八九十百千万亿双', ...CLASSIFIERS]);
/** The code unit two after it: a count numeral (一城一谷), a collective tail (四措并举) or 、 (治六乱、整六道). */
const TERM_THIRD = codeTable([...COUNT_NUMERAL_CODES.map((code) => String.fromCharCode(code)), ...COLLECTIVE_TAILS.map((tail) => tail[0]!), '、']);
const SHUANG = '双'.charCodeAt(0);

/**
 * False when unquotedTermAt(text, i) is null for certain: no rule can start at the numeral at `i`. Each rule
 * needs one of these: a numeral or classifier after it (period names, counted names), 双 itself (双 takes no
 * classifier), a count numeral two or three after it (compact compounds), a collective tail's first character
 * two after it, or a 、 two before or after it (verb + numeral items).
 */
function mayStartTerm(text: string, i: number): boolean {
  return TERM_SECOND[codeAt(text, i + 1)] === 1 || TERM_THIRD[codeAt(text, i + 2)] === 1 || isCountNumeralCode(codeAt(text, i + 3))
    || text.charCodeAt(i) === SHUANG || codeAt(text, i - 2) === ENUM_COMMA;
}

/** After a period name (十四五), these make it a number or date (十四五个, 十四五年). */
const PERIOD_STOP = codeTable([...TIME_UNITS, ...'零〇一二两三四五六七八九十百千万亿双个%％']);

/** A formulation starting at `i` outside quotes, or null (a rule added here must also pass mayStartTerm). */
function unquotedTermAt(text: string, i: number, enumerations: EnumerationsBefore): string | null {
  if (isPeriodName(text, i)) return PERIOD_STOP[text.charCodeAt(i + 3) | 0] === 1 ? null : text.slice(i, i + 3);
  const compound = compactCompoundEnd(text, i);
  if (compound > 0) return text.slice(i, compound);
  const collective = collectiveEnd(text, i);
  if (collective > 0) return text.slice(i, collective);
  if (isVerbNumeralItem(text, i)) return text.slice(i, i + 2);
  const named = countedNameAt(text, i);
  if (named === null) return null;
  const term = text.slice(i, named.end);
  if (text.charCodeAt(named.end) === ZHI && (text.charCodeAt(named.end + 1) === YI || text.charCodeAt(named.end + 1) === SHOU)) return term;
  if (!mayEnumerateBefore(text, i)) return null;
  const counts = impliedCounts(term);
  const expected = counts[0] ?? named.value;
  const before = enumerationBefore(text, i, expected);
  // Definitions read the same enumeration when they look before this occurrence.
  enumerations.set(i, { expected, enumeration: before });
  return before !== null ? term : null;
}

const ZHI = '之'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);
const ENUM_COMMA = '、'.charCodeAt(0);
const FULL_STOP = '。'.charCodeAt(0);
const ITEM_BOUNDARY = codeTable('、，,：:；;。');
/** Measure words after which "verb + numeral + X" is a plain count (前三名, 近两倍). */
const MEASURE_WORDS = '名位人家户次季期倍成米元';
/** What cannot follow the numeral of "verb + numeral + noun": numerals, classifiers, time units, measure words. */
const NOT_ITEM_NOUN = codeTable([...'零〇一二两三四五六七八九十百千万亿双', ...CLASSIFIERS, ...TIME_UNITS, ...MEASURE_WORDS]);

/**
 * "Verb + numeral + noun" as one item of a 、-enumeration (治六乱、整六道、拆围挡): the numeral and noun name a set.
 */
function isVerbNumeralItem(text: string, i: number): boolean {
  if (digitValueCode(text.charCodeAt(i)) < 2 || !isHanCode(text.charCodeAt(i - 1))) return false;
  const noun = text.charCodeAt(i + 1);
  if (!isHanCode(noun) || NOT_ITEM_NOUN[noun] === 1) return false;
  // Outside the text counts as a boundary.
  const before = i >= 2 ? text.charCodeAt(i - 2) : FULL_STOP;
  const after = i + 2 < text.length ? text.charCodeAt(i + 2) : FULL_STOP;
  if ((before !== ENUM_COMMA && after !== ENUM_COMMA) || ITEM_BOUNDARY[before] !== 1 || ITEM_BOUNDARY[after] !== 1) return false;
  return wordAt(text, i, LEXICAL_WORD_INDEX) === null;
}

/** A term found at a count numeral of its own: the numeral at `anchor` and the code unit after it are in the term. */
interface Anchored {
  key: string;
  anchor: number;
  /** The key's occurrences in the document searched when `generation` was current (known terms serve every document). */
  place: TermPlaces | null;
  generation: number;
}

/** The known terms, indexed for the occurrence search (built once per list of terms). */
interface KnownTermIndex {
  terms: readonly string[];
  set: ReadonlySet<string>;
  /** Known terms by the `pairHash` of their anchor and the code unit after it, longest first. */
  byPair: Map<number, Anchored[]>;
  /** KNOWN_PAIR at the `pairHash` of every known term's anchor pair; DETECTED_PAIR while one document's terms are searched. */
  pairs: Uint8Array;
  /** Known terms of two or more code units that cannot be anchored (no count numeral before their last code unit). */
  searched: readonly Anchored[];
}

/** A hash of two code units: a table index, and a small-integer Map key (one V8 keeps unboxed). */
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

/** Flags in `KnownTermIndex.pairs`. */
const KNOWN_PAIR = 1;
const DETECTED_PAIR = 2;

/** Offset of the first count numeral in `key` that has a code unit of `key` after it, or -1. */
function anchorOf(key: string): number {
  for (let i = 0; i + 1 < key.length; i++) if (isCountNumeralCode(key.charCodeAt(i))) return i;
  return -1;
}

/** Adds `key` (anchored at `anchor`) to `byPair` and flags its pair in `pairs` (lists are sorted later). */
function indexKey(key: string, anchor: number, byPair: Map<number, Anchored[]>, pairs: Uint8Array, flag: number): void {
  const hash = pairHash(key.charCodeAt(anchor), key.charCodeAt(anchor + 1));
  pairs[hash]! |= flag;
  const entry: Anchored = { key, anchor, place: null, generation: 0 };
  const list = byPair.get(hash);
  if (list === undefined) byPair.set(hash, [entry]);
  else list.push(entry);
}

function sortLongestFirst(byPair: Map<number, Anchored[]>): void {
  for (const list of byPair.values()) if (list.length > 1) list.sort((a, b) => b.key.length - a.key.length);
}

let knownIndex: KnownTermIndex | null = null;

/** The index of `knownTerms`, reused while the caller passes the same terms. */
function knownTermIndex(knownTerms: Iterable<string>): KnownTermIndex {
  const cached = knownIndex;
  // Compared in place: every document passes the same list, and a copy per document costs more than the compare.
  if (cached !== null && Array.isArray(knownTerms) && sameTerms(cached.terms, knownTerms)) return cached;
  const terms = [...knownTerms];
  if (cached !== null && sameTerms(cached.terms, terms)) return cached;
  const byPair = new Map<number, Anchored[]>();
  const pairs = new Uint8Array(0x10000);
  const searched: Anchored[] = [];
  const set = new Set(terms);
  for (const term of set) {
    if (term.length < 2) continue;
    const anchor = anchorOf(term);
    if (anchor < 0) searched.push({ key: term, anchor: 0, place: null, generation: 0 });
    else indexKey(term, anchor, byPair, pairs, KNOWN_PAIR);
  }
  sortLongestFirst(byPair);
  knownIndex = { terms, set, byPair, pairs, searched };
  return knownIndex;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One occurrence as the search finds it (in order of anchors, not of starts). */
interface Hit {
  entry: Anchored;
  start: number;
  end: number;
}

/** Counts occurrence searches: an `Anchored.place` belongs to the search whose number its `generation` holds. */
let generation = 0;

/**
 * Every occurrence of every key (the detected terms and the known ones), grouped per key, keys in order of
 * first occurrence. Every key is found at its anchor, a count numeral `scan` collected; keys without one are
 * searched natively.
 */
function findOccurrences(text: string, detected: ReadonlySet<string>, known: KnownTermIndex, scan: ScanOffsets, lines: LineIndex): TermPlaces[] {
  // Detected terms that are not known (a document has a few dozen), flagged in the known index's pair table
  // for this document only.
  const { pairs } = known;
  const byPair = new Map<number, Anchored[]>();
  // Keys without an anchor (“1+8”, “15分钟生活圈”): searched natively.
  const searched = [...known.searched];
  for (const key of detected) {
    if (key.length < 2) continue;
    const anchor = anchorOf(key);
    if (anchor < 0) {
      if (!known.set.has(key)) searched.push({ key, anchor: 0, place: null, generation: 0 });
      continue;
    }
    // Every known term with an anchor has flagged its anchor pair: a key whose pair is not flagged is no known term.
    const knownPair = (pairs[pairHash(key.charCodeAt(anchor), key.charCodeAt(anchor + 1))]! & KNOWN_PAIR) !== 0;
    if (!knownPair || !known.set.has(key)) indexKey(key, anchor, byPair, pairs, DETECTED_PAIR);
  }
  sortLongestFirst(byPair);
  // In order of start, the longest first at one start (byStartLongestFirst): the order in which an occurrence
  // inside another comes after it.
  let hits: Hit[] = [];
  const { numerals, numeralCount } = scan;
  const last = text.length - 1;
  for (let n = 0; n < numeralCount; n++) {
    const i = numerals[n]!;
    if (i >= last) break;
    const hash = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    const flags = pairs[hash]!;
    if (flags === 0) continue;
    if ((flags & KNOWN_PAIR) !== 0) addHits(text, i, known.byPair.get(hash), hits);
    if ((flags & DETECTED_PAIR) !== 0) addHits(text, i, byPair.get(hash), hits);
  }
  for (const hash of byPair.keys()) pairs[hash]! &= KNOWN_PAIR;
  if (searched.length > 0) hits = withSearched(text, hits, searched);
  const current = ++generation;
  const places: TermPlaces[] = [];
  const entries: Anchored[] = [];
  // End of the furthest-reaching occurrence so far: a later one ending at or before it lies inside it.
  let coverEnd = -1;
  let line = 0;
  let previous: TermPlaces | null = null;
  let previousStart = -1;
  for (const { entry, start, end } of hits) {
    // A shorter key at the start of the one before opens that key.
    if (start === previousStart) previous!.prefixed = true;
    line = lines.lineAtFrom(start, line);
    const occurrence = { start, end, line };
    const inside = end <= coverEnd;
    let place = entry.place;
    if (entry.generation !== current || place === null) {
      // Most keys occur once: lists made by a literal hold one element, where a first push reserves seventeen.
      place = { key: entry.key, occurrences: [occurrence], inside: [inside], prefixed: false };
      entry.place = place;
      entry.generation = current;
      places.push(place);
      entries.push(entry);
    } else {
      place.occurrences.push(occurrence);
      place.inside.push(inside);
    }
    if (end > coverEnd) coverEnd = end;
    previous = place;
    previousStart = start;
  }
  // The known terms' entries serve every document: they keep no document's places.
  for (const entry of entries) entry.place = null;
  return places;
}

function byStartLongestFirst(a: Hit, b: Hit): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Adds the entries of `candidates` that occur with their anchor at `i`, in order. Anchors come in order, so a
 * hit moves back only past hits that start within its anchor's distance, or at its start and are shorter.
 */
function addHits(text: string, i: number, candidates: readonly Anchored[] | undefined, hits: Hit[]): void {
  if (candidates === undefined) return;
  for (const entry of candidates) {
    const start = i - entry.anchor;
    if (start < 0 || !text.startsWith(entry.key, start)) continue;
    const hit: Hit = { entry, start, end: start + entry.key.length };
    let h = hits.length;
    hits.push(hit);
    while (h > 0 && byStartLongestFirst(hits[h - 1]!, hit) > 0) {
      hits[h] = hits[h - 1]!;
      h--;
    }
    hits[h] = hit;
  }
}

/** `hits` (in order) with the occurrences of the `searched` keys merged in. */
function withSearched(text: string, hits: Hit[], searched: readonly Anchored[]): Hit[] {
  const found: Hit[] = [];
  for (const entry of searched) {
    const { key } = entry;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) found.push({ entry, start: at, end: at + key.length });
  }
  if (found.length === 0) return hits;
  if (searched.length > 1) found.sort(byStartLongestFirst);
  const merged: Hit[] = [];
  let h = 0;
  let f = 0;
  while (h < hits.length || f < found.length) {
    if (f >= found.length || (h < hits.length && byStartLongestFirst(hits[h]!, found[f]!) <= 0)) merged.push(hits[h++]!);
    else merged.push(found[f++]!);
  }
  return merged;
}
