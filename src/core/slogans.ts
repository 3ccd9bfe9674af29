// Numbered formulations (数字提法, spec §2): detection, every occurrence, definitions and consistency findings.
//
//   extractSlogans(text, sentences, lines, options?) → Slogan[]   (ordered by first occurrence)
//
// A term is established by a strong signal — quotes around a numbered name (“四个意识”, “1+8”), a compact
// compound (一城一谷, 三区四区), a period name (十四五), "numeral + one character + collective tail" (四措并举),
// "numeral + classifier + head" attached to an enumeration (A、B、C三大攻坚) or followed by 之一, or a
// known formulation from the glossary — and then every occurrence of the term in the document is counted.
// Traditional script is matched through `toMatchingScript`; terms and offsets are those of the original text.
import type { Sentence, Slogan, Span } from './types';
import type { LineIndex } from './lines';
import { toMatchingScript } from './script';
import { findQuotes } from './quotes';
import {
  collectiveEnd, compactCompoundEnd, countedNameAt, impliedCounts, isPeriodName, quotedSloganTerm,
} from './sloganShape';
import {
  CLASSIFIERS, LEXICAL_WORDS, NOT_COUNT_AFTER, TIME_UNITS, codeTable, digitValueCode, isCountNumeralCode, isHanCode, startsWithAny,
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
  const keys = detectTerms(matching, options.knownTerms ?? builtInSloganTerms());
  const places = findOccurrences(matching, [...keys], lines);
  const definitions = mineDefinitions(matching, text, lines, sentences, places);
  const slogans: Slogan[] = [];
  for (const { key, occurrences, inside } of places) {
    // A part that never stands alone (六稳 only inside 六稳六保, 三大攻坚 inside 三大攻坚战) is no slogan of its own.
    if (!inside.includes(false)) continue;
    const first = occurrences[0]!;
    const defs = definitions.get(key) ?? [];
    const term = text.slice(first.start, first.end).replace(/\s+/g, '');
    slogans.push({ term, count: occurrences.length, occurrences, definitions: defs, findings: sloganFindings(term, key, defs) });
  }
  return slogans.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
}

/** The first definition's top-level component texts (what spec §4's `definition` holds), or null. */
export function primaryDefinition(slogan: Slogan): string[] | null {
  const first = slogan.definitions[0];
  return first ? first.components.map((c) => c.text) : null;
}

/** Every established term (matching script), plus the known terms (which may not occur). */
export function detectTerms(matching: string, knownTerms: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  const covered: Span[] = [];
  // The same name is quoted again and again: classify each distinct quoted text once.
  const classified = new Map<string, string | null>();
  for (const quote of findQuotes(matching)) {
    const content = matching.slice(quote.open + 1, quote.close);
    let term = classified.get(content);
    if (term === undefined) classified.set(content, (term = quotedSloganTerm(content)));
    if (term === null) continue;
    keys.add(term);
    covered.push({ start: quote.open, end: quote.close, line: 0 });
  }
  // Unquoted formulations start at a count numeral: only those positions are examined.
  let next = 0;
  for (let i = 0; i < matching.length; i++) {
    if (!isCountNumeralCode(matching.charCodeAt(i))) continue;
    while (next < covered.length && covered[next]!.end < i) next++;
    if (next < covered.length && covered[next]!.start <= i) continue;
    if (i > 0 && NOT_COUNT_AFTER[matching.charCodeAt(i - 1)] === 1) continue;
    const term = unquotedTermAt(matching, i);
    if (term === null) continue;
    keys.add(term);
    i += term.length - 1;
  }
  // Known formulations count wherever they occur; findOccurrences drops those that do not.
  for (const known of knownTerms) if (known.length >= 2) keys.add(known);
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

/** Every occurrence of every key, grouped per key, keys in order of first occurrence. */
const IS_FIRST = new Uint8Array(0x10000);

function findOccurrences(text: string, keys: string[], lines: LineIndex): TermPlaces[] {
  // Keys are indexed by their first two code units, so each position checks only keys that can match.
  // Two levels of small-integer keys: one key of both units (up to 2^32) would not be a small integer in V8.
  const byPair = new Map<number, Map<number, string[]>>();
  // A shared table, cleared again below: a fresh 64 KB table per document costs more than the scan it speeds up.
  const isFirst = IS_FIRST;
  for (const key of keys) {
    if (key.length < 2) continue;
    isFirst[key.charCodeAt(0)] = 1;
    let bySecond = byPair.get(key.charCodeAt(0));
    if (bySecond === undefined) byPair.set(key.charCodeAt(0), (bySecond = new Map()));
    const list = bySecond.get(key.charCodeAt(1)) ?? [];
    list.push(key);
    bySecond.set(key.charCodeAt(1), list);
  }
  for (const bySecond of byPair.values()) for (const list of bySecond.values()) list.sort((a, b) => b.length - a.length);
  const found = new Map<string, TermPlaces>();
  // End of the furthest-reaching occurrence so far: a later one ending at or before it lies inside it.
  let coverEnd = -1;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (isFirst[code] === 0) continue;
    const candidates = byPair.get(code)?.get(text.charCodeAt(i + 1));
    if (candidates === undefined) continue;
    for (const key of candidates) {
      if (!text.startsWith(key, i)) continue;
      const end = i + key.length;
      let place = found.get(key);
      if (place === undefined) found.set(key, (place = { key, occurrences: [], inside: [] }));
      place.occurrences.push({ start: i, end, line: lines.lineAt(i) });
      place.inside.push(end <= coverEnd);
      if (end > coverEnd) coverEnd = end;
    }
  }
  for (const key of keys) isFirst[key.charCodeAt(0)] = 0;
  return [...found.values()];
}
