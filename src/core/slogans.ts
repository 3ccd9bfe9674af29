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
import { QUOTE_SCAN_CODES, type Quote, findQuotesAt } from './quotes';
import {
  collectiveEnd, compactCompoundEnd, countedNameAt, impliedCounts, isPeriodName, mayNameSlogan, quotedSloganTerm,
} from './sloganShape';
import {
  CLASSIFIERS, COUNT_NUMERAL_CODES, LEXICAL_WORDS, NOT_COUNT_AFTER, TIME_UNITS, codeTable, digitValueCode, isCountNumeralCode, isHanCode, offsetsOf,
  startsWithAny,
} from './sloganLexicon';
import { enumerationBefore, mayEnumerateBefore } from './enumeration';
import { mineDefinitions, type TermPlaces } from './definitions';
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
  // One pass collects what quote scanning, term detection and occurrence search each read.
  const offsets = offsetsOf(matching, known.scanTable);
  const detected = detectedTerms(matching, findQuotesAt(matching, offsets), offsets);
  const places = findOccurrences(matching, detected, known, offsets, lines);
  const definitions = mineDefinitions(matching, text, lines, sentences, places);
  const slogans: Slogan[] = [];
  for (const { key, occurrences, inside } of places) {
    // A part that never stands alone (六稳 only inside 六稳六保, 三大攻坚 inside 三大攻坚战) is no slogan of its own.
    if (!inside.includes(false)) continue;
    const first = occurrences[0]!;
    const defs = definitions.get(key) ?? [];
    const term = withoutSpaces(text.slice(first.start, first.end));
    slogans.push({ term, count: occurrences.length, occurrences, definitions: defs, findings: sloganFindings(term, key, defs) });
  }
  return slogans.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
}

/** `text` without whitespace (most terms have none: no regex then). */
function withoutSpaces(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, '') : text;
}

/** The first definition's top-level component texts (what spec §4's `definition` holds), or null. */
export function primaryDefinition(slogan: Slogan): string[] | null {
  const first = slogan.definitions[0];
  return first ? first.components.map((c) => c.text) : null;
}

/** Every established term (matching script), plus the known terms (which may not occur). */
export function detectTerms(matching: string, knownTerms: Iterable<string>): Set<string> {
  const offsets = offsetsOf(matching, knownTermIndex(knownTerms).scanTable);
  const keys = detectedTerms(matching, findQuotesAt(matching, offsets), offsets);
  for (const known of knownTerms) if (known.length >= 2) keys.add(known);
  return keys;
}

/**
 * The terms `matching` establishes. `offsets` holds, in order, at least every offset of a count numeral
 * (other offsets are skipped).
 */
function detectedTerms(matching: string, quotes: readonly Quote[], offsets: readonly number[]): Set<string> {
  const keys = new Set<string>();
  const covered: Quote[] = [];
  // The same name is quoted again and again: classify each distinct quoted text once.
  const classified = new Map<string, string | null>();
  for (const quote of quotes) {
    if (!mayNameSlogan(matching, quote.open + 1, quote.close)) continue;
    const content = matching.slice(quote.open + 1, quote.close);
    let term = classified.get(content);
    if (term === undefined) classified.set(content, (term = quotedSloganTerm(content)));
    if (term === null) continue;
    keys.add(term);
    covered.push(quote);
  }
  // Unquoted formulations start at a count numeral: only those positions are examined.
  let next = 0;
  let resume = 0;
  for (let n = 0; n < offsets.length; n++) {
    const i = offsets[n]!;
    if (i < resume || !isCountNumeralCode(matching.charCodeAt(i))) continue;
    while (next < covered.length && covered[next]!.close < i) next++;
    if (next < covered.length && covered[next]!.open <= i) continue;
    if (i > 0 && NOT_COUNT_AFTER[matching.charCodeAt(i - 1)] === 1) continue;
    const term = unquotedTermAt(matching, i);
    if (term === null) continue;
    keys.add(term);
    resume = i + term.length;
  }
  return keys;
}

/** After a period name (十四五), these make it a number or date (十四五个, 十四五年). */
const PERIOD_STOP = codeTable([...TIME_UNITS, ...'零〇一二两三四五六七八九十百千万亿双个%％']);

/** A formulation starting at `i` outside quotes, or null. */
function unquotedTermAt(text: string, i: number): string | null {
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
  return enumerationBefore(text, i, counts[0] ?? named.value) !== null ? term : null;
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
  return startsWithAny(text, i, LEXICAL_WORDS) === null;
}

/** The known terms, indexed for the occurrence search (built once per list of terms). */
interface KnownTermIndex {
  terms: readonly string[];
  set: ReadonlySet<string>;
  /** Known terms of two or more code units by the `pairHash` of their first two code units, longest first. */
  byPair: Map<number, string[]>;
  /** KNOWN_PAIR at the `pairHash` of every known term; DETECTED_PAIR while one document's terms are searched. */
  pairs: Uint8Array;
  /**
   * The code units the one pass over a document collects: count numerals (where unquoted terms start), the
   * first units of known terms, quote marks and line breaks.
   */
  scanTable: Uint8Array;
}

/** A hash of a key's first two code units: a table index, and a small-integer Map key (one V8 keeps unboxed). */
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

/** Flags in `KnownTermIndex.pairs`. */
const KNOWN_PAIR = 1;
const DETECTED_PAIR = 2;

/** Adds `key` to `byPair` and flags its pair in `pairs` (lists are sorted later). */
function indexKey(key: string, byPair: Map<number, string[]>, pairs: Uint8Array, flag: number): void {
  const hash = pairHash(key.charCodeAt(0), key.charCodeAt(1));
  pairs[hash]! |= flag;
  const list = byPair.get(hash);
  if (list === undefined) byPair.set(hash, [key]);
  else list.push(key);
}

function sortLongestFirst(byPair: Map<number, string[]>): void {
  for (const list of byPair.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
}

let knownIndex: KnownTermIndex | null = null;

/** The index of `knownTerms`, reused while the caller passes the same terms. */
function knownTermIndex(knownTerms: Iterable<string>): KnownTermIndex {
  const cached = knownIndex;
  // Compared in place: every document passes the same list, and a copy per document costs more than the compare.
  if (cached !== null && Array.isArray(knownTerms) && sameTerms(cached.terms, knownTerms)) return cached;
  const terms = [...knownTerms];
  if (cached !== null && sameTerms(cached.terms, terms)) return cached;
  const byPair = new Map<number, string[]>();
  const pairs = new Uint8Array(0x10000);
  const scanTable = new Uint8Array(0x10000);
  for (const code of QUOTE_SCAN_CODES) scanTable[code] = 1;
  for (const code of COUNT_NUMERAL_CODES) scanTable[code] = 1;
  const set = new Set(terms);
  for (const term of set) {
    if (term.length < 2) continue;
    scanTable[term.charCodeAt(0)] = 1;
    indexKey(term, byPair, pairs, KNOWN_PAIR);
  }
  sortLongestFirst(byPair);
  knownIndex = { terms, set, byPair, pairs, scanTable };
  return knownIndex;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A shared table, cleared after use: a fresh 64 KB table per document costs more than the pass it serves. */
const EXTRA_FIRSTS = new Uint8Array(0x10000);
/** Up to this many terms the first pass did not collect are searched one by one (a native search each). */
const MAX_SEARCHED_TERMS = 16;

/**
 * Every occurrence of every key (the detected terms and the known ones), grouped per key, keys in order of
 * first occurrence. `offsets` are those of `known.scanTable` in `text`.
 */
function findOccurrences(text: string, detected: ReadonlySet<string>, known: KnownTermIndex, offsets: readonly number[], lines: LineIndex): TermPlaces[] {
  // Detected terms that are not known (a document has a few dozen), flagged in the known index's pair table
  // for this document only.
  const { pairs } = known;
  const byPair = new Map<number, string[]>();
  const unscanned: string[] = [];
  for (const key of detected) {
    if (key.length < 2 || known.set.has(key)) continue;
    indexKey(key, byPair, pairs, DETECTED_PAIR);
    if (known.scanTable[key.charCodeAt(0)] === 0) unscanned.push(key);
  }
  sortLongestFirst(byPair);
  const found = new Map<string, TermPlaces>();
  // End of the furthest-reaching occurrence so far: a later one ending at or before it lies inside it.
  let coverEnd = -1;
  const last = text.length - 1;
  const visit = (i: number): void => {
    const hash = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    const flags = pairs[hash]!;
    if (flags === 0) return;
    const knownKeys = (flags & KNOWN_PAIR) !== 0 ? known.byPair.get(hash) ?? NO_KEYS : NO_KEYS;
    const detectedKeys = (flags & DETECTED_PAIR) !== 0 ? byPair.get(hash) ?? NO_KEYS : NO_KEYS;
    // Both lists are longest first: merged, the longest key at `i` comes first.
    let k = 0;
    let d = 0;
    while (k < knownKeys.length || d < detectedKeys.length) {
      const key = d >= detectedKeys.length || (k < knownKeys.length && knownKeys[k]!.length >= detectedKeys[d]!.length) ? knownKeys[k++]! : detectedKeys[d++]!;
      if (!text.startsWith(key, i)) continue;
      const end = i + key.length;
      let place = found.get(key);
      if (place === undefined) found.set(key, (place = { key, occurrences: [], inside: [] }));
      place.occurrences.push({ start: i, end, line: lines.lineAt(i) });
      place.inside.push(end <= coverEnd);
      if (end > coverEnd) coverEnd = end;
    }
  };
  // Quoted terms may start with any character: their starts are visited in order with those of the first pass.
  const extra = unscanned.length === 0 ? NO_OFFSETS : startsOf(text, unscanned);
  let n = 0;
  let e = 0;
  let previous = -1;
  while (n < offsets.length || e < extra.length) {
    const i = e >= extra.length || (n < offsets.length && offsets[n]! <= extra[e]!) ? offsets[n++]! : extra[e++]!;
    if (i === previous) continue;
    if (i >= last) break;
    previous = i;
    visit(i);
  }
  for (const hash of byPair.keys()) pairs[hash]! &= KNOWN_PAIR;
  return [...found.values()];
}

const NO_OFFSETS: readonly number[] = [];
const NO_KEYS: readonly string[] = [];

/** Offsets, in order, where some of `keys` starts (each key searched natively, or one pass when there are many). */
function startsOf(text: string, keys: readonly string[]): number[] {
  if (keys.length > MAX_SEARCHED_TERMS) {
    for (const key of keys) EXTRA_FIRSTS[key.charCodeAt(0)] = 1;
    const offsets = offsetsOf(text, EXTRA_FIRSTS);
    for (const key of keys) EXTRA_FIRSTS[key.charCodeAt(0)] = 0;
    return offsets;
  }
  const starts: number[] = [];
  for (const key of keys) for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) starts.push(at);
  return keys.length > 1 ? starts.sort((a, b) => a - b) : starts;
}
