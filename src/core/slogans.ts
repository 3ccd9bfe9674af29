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
import { CLASSIFIERS, LEXICAL_WORDS, NOT_COUNT_BEFORE, startsWithAny, TIME_UNITS, countValue, isAnyChineseNumeral, isHan } from './sloganLexicon';
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
  for (const { key, occurrences } of places) {
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

/** Count numerals: where unquoted formulations can start (the regex engine skips everything else fast). */
const NUMERAL_SCAN = /[一二两三四五六七八九十百双零]/g;

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
  let next = 0;
  NUMERAL_SCAN.lastIndex = 0;
  for (let match = NUMERAL_SCAN.exec(matching); match !== null; match = NUMERAL_SCAN.exec(matching)) {
    let i = match.index;
    while (next < covered.length && covered[next]!.end < i) next++;
    if (next < covered.length && covered[next]!.start <= i) continue;
    const prev = matching[i - 1];
    if (isAnyChineseNumeral(prev) || NOT_COUNT_BEFORE.has(prev ?? '')) continue;
    const term = unquotedTermAt(matching, i);
    if (term === null) continue;
    keys.add(term);
    i += term.length;
    NUMERAL_SCAN.lastIndex = i;
  }
  // Known formulations count wherever they occur; findOccurrences drops those that do not.
  for (const known of knownTerms) if (known.length >= 2) keys.add(known);
  return keys;
}

/** A formulation starting at `i` outside quotes, or null. */
function unquotedTermAt(text: string, i: number): string | null {
  if (isPeriodName(text, i)) {
    const after = text[i + 3];
    return isAnyChineseNumeral(after) || TIME_UNITS.has(after ?? '') || '个万亿%％'.includes(after ?? 'x') ? null : text.slice(i, i + 3);
  }
  const compound = compactCompoundEnd(text, i);
  if (compound > 0) return text.slice(i, compound);
  const collective = collectiveEnd(text, i);
  if (collective > 0) return text.slice(i, collective);
  if (isVerbNumeralItem(text, i)) return text.slice(i, i + 2);
  const named = countedNameAt(text, i);
  if (named === null) return null;
  const term = text.slice(i, named.end);
  if (/^(之一|之首)/.test(text.slice(named.end, named.end + 2))) return term;
  if (!mayEnumerateBefore(text, i)) return null;
  const counts = impliedCounts(term);
  return enumerationBefore(text, i, counts[0] ?? named.value) !== null ? term : null;
}

const ITEM_BOUNDARY = '、，,：:；;。';
/** Measure words after which "verb + numeral + X" is a plain count (前三名, 近两倍). */
const MEASURE_WORDS = '名位人家户次季期倍成米元';

/**
 * "Verb + numeral + noun" as one item of a 、-enumeration (治六乱、整六道、拆围挡): the numeral and noun name a set.
 */
function isVerbNumeralItem(text: string, i: number): boolean {
  const value = countValue(text[i]!);
  if (value === null || value < 2 || !isHan(text[i - 1]) || !isHan(text[i + 1])) return false;
  if (isAnyChineseNumeral(text[i + 1]) || CLASSIFIERS.has(text[i + 1]!) || TIME_UNITS.has(text[i + 1]!)) return false;
  if (MEASURE_WORDS.includes(text[i + 1]!)) return false;
  if (startsWithAny(text, i, LEXICAL_WORDS)) return false;
  const before = text[i - 2] ?? '，';
  const after = text[i + 2] ?? '。';
  return ITEM_BOUNDARY.includes(before) && ITEM_BOUNDARY.includes(after) && (before === '、' || after === '、');
}

/** Every occurrence of every key, grouped per key, keys in order of first occurrence. */
function findOccurrences(text: string, keys: string[], lines: LineIndex): TermPlaces[] {
  // Keys are indexed by their first two code units, so each position checks only keys that can match.
  const byPair = new Map<number, string[]>();
  const isFirst = new Uint8Array(0x10000);
  for (const key of keys) {
    if (key.length < 2) continue;
    const pair = key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
    isFirst[key.charCodeAt(0)] = 1;
    const list = byPair.get(pair) ?? [];
    list.push(key);
    byPair.set(pair, list);
  }
  for (const list of byPair.values()) list.sort((a, b) => b.length - a.length);
  const found = new Map<string, TermPlaces>();
  // End of the furthest-reaching occurrence so far: a later one ending at or before it lies inside it.
  let coverEnd = -1;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (isFirst[code] === 0) continue;
    const candidates = byPair.get(code * 0x10000 + text.charCodeAt(i + 1));
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
  return [...found.values()];
}
