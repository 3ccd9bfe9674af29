// Definitions of formulations mined from the document itself (spec §2). For every standalone occurrence of a
// slogan, the first pattern that applies gives a definition; every distinct definition is kept, in order:
//   1. digit form with parentheses:  “1(富士康)+100(产业链企业)” → 富士康, 产业链企业
//   2. parenthesis after the term:   “五个三”(主攻…三大目标,打赢…三大攻坚,…) → nested; 两街两路(A、B、C)
//   3. 即 / 也就是 / 是指 / 包括 / colon after the term:  “一城”即江苏淮海科技城 · “三纵”:A、B、C
//   4. an enumeration ending in the term:  主攻“A”“B”“C”三大目标 · A、B、C等六大产业
//   5. what follows "N个M" (五个三, 六个一): N clauses or headings that open with M; or an ordinal list
//      (首先是A…其次是B) with exactly the implied count
//   6. a heading-like occurrence followed by an enumeration with exactly the implied count (四措并举…采取A、B、C、D等方式)
//   7. a compound of defined slogans (三纵两横 → 三纵, 两横; 一城一谷 → the one-item definitions of 一城, 一谷)
// Pure; bounded windows around each occurrence.
import { detachedCopy } from './detach';
import type { DefinitionComponent, Sentence, SloganDefinition, Span } from './types';
import type { LineIndex } from './lines';
import {
  type Enumeration, type Item, enumerationBefore, enumerationWithin, explanationAfter, parenthesisAfter,
  parenthesisItems, splitItems,
} from './enumeration';
import { groupedCount, impliedCounts, isSpaceCode } from './sloganShape';
import { isCloseQuoteCode, isOpenQuoteCode } from './quotes';

/** A slogan as detection hands it over: its term in matching script and where it occurs. */
export interface TermPlaces {
  /** The term in matching (simplified) script. */
  key: string;
  occurrences: Span[];
  /** Per occurrence: true when it lies inside an occurrence of a longer slogan (一城 inside 一城一谷). */
  inside: boolean[];
  /** Another slogan starts where this one does (一城 in 一城一谷): the key opens with a shorter key. */
  prefixed: boolean;
}

/**
 * `enumerationBefore(text, start, expected)` already read, by `start` (term detection reads some before
 * definitions are mined).
 */
export type EnumerationsBefore = Map<number, { expected: number | null; enumeration: Enumeration | null }>;

/** Occurrences per term examined for a definition (bounds the work on adversarial input). */
const MAX_SITES = 40;
/** Occurrences examined per document (a real report has a few hundred). */
const MAX_DOCUMENT_SITES = 5000;
/** How far after a "N个M" term its groups are looked for. */
const FOLLOW_WINDOW = 1500;
/** Text read for "N个M" groups written as consecutive clauses. */
const CLAUSE_WINDOW = 400;
/** "N个M" groups written as clauses start within the first this many clauses after the term. */
const MAX_GROUP_START = 4;
/** Longest heading accepted as one group of a "N个M" term (一枚印章管审批). */
const MAX_HEADING = 15;

interface Context {
  /** Matching (simplified) script: patterns run on this. */
  text: string;
  /** The document as written: component texts come from here (same offsets). */
  original: string;
  lines: LineIndex;
  sentences: Sentence[];
  terms: readonly TermPlaces[];
  enumerations: EnumerationsBefore;
  /**
   * The start offsets of `sentences`, in order, in the first `sentences.length` elements: a binary search reads them
   * without touching a sentence object; filled when first needed.
   */
  sentenceStarts: Int32Array | null;
}

/** What a key implies, computed once per key rather than per occurrence. */
export interface KeyShape {
  readonly counts: readonly number[];
  readonly grouped: { readonly groups: number; readonly inner: string } | null;
  /** The key holds a parenthesis (“1(富士康)+100(产业链企业)”). */
  readonly parenthesised: boolean;
  /** The component counts a definition should have: N groups for "N个M", else the implied counts. */
  readonly expected: readonly number[];
}

/** Shapes of recently seen keys: the same formulations recur from document to document. */
const shapes = new Map<string, KeyShape>();
const MAX_SHAPES = 4096;

export function shapeOf(key: string): KeyShape {
  let shape = shapes.get(key);
  if (shape === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    const counts = impliedCounts(key);
    const grouped = groupedCount(key);
    shape = { counts, grouped, parenthesised: key.includes('(') || key.includes('（'), expected: grouped ? [grouped.groups] : counts };
    // A key sliced from a long document would keep the document alive.
    shapes.set(detachedCopy(key), shape);
  }
  return shape;
}

/** Definitions per slogan (in the order of `terms`), in order of appearance, distinct by their components. */
export function mineDefinitions(
  text: string, original: string, lines: LineIndex, sentences: Sentence[], terms: readonly TermPlaces[],
  enumerations: EnumerationsBefore = new Map(),
): SloganDefinition[][] {
  const context: Context = {
    text, original, lines, sentences, terms, enumerations, sentenceStarts: null,
  };
  const result: SloganDefinition[][] = [];
  let budget = MAX_DOCUMENT_SITES;
  let defined = false;
  for (const { key, occurrences, inside } of terms) {
    const found: SloganDefinition[] = [];
    result.push(found);
    // componentKey of each found definition, built once a second one is found (most terms find one at most).
    let foundKeys: string[] | null = null;
    let sites = 0;
    let shape: KeyShape | null = null;
    for (let k = 0; k < occurrences.length; k++) {
      const occurrence = occurrences[k]!;
      if (inside[k]) continue;
      if (++sites > MAX_SITES || --budget < 0) break;
      shape ??= shapeOf(key);
      const definition = definitionAt(context, shape, occurrence);
      if (definition === null) continue;
      if (found.length > 0) {
        foundKeys ??= [componentKey(found[0]!.components)];
        const identity = componentKey(definition.components);
        if (foundKeys.includes(identity)) continue;
        foundKeys.push(identity);
      }
      found.push(definition);
      defined = true;
    }
  }
  for (let t = 0; t < terms.length; t++) {
    if (result[t]!.length > 0) continue;
    const { key, occurrences, inside } = terms[t]!;
    // A compound needs a part with a definition, and two parts of two or more code units, the first of them a
    // key that starts where this one does (or after a leading 、).
    const composed = defined && key.length >= 4 && (terms[t]!.prefixed || key.charCodeAt(0) === ENUM_COMMA) ? compoundDefinition(key, context, result) : null;
    if (composed !== null) {
      result[t] = [composed];
      continue;
    }
    // A、B和C(简称“三X”): the enumeration before the parenthesis the abbreviation stands in.
    for (let k = 0; k < occurrences.length && k < MAX_SITES; k++) {
      const abbreviated = inside[k] ? null : abbreviationOf(context, key, occurrences[k]!);
      if (abbreviated !== null) {
        result[t] = [abbreviated];
        defined = true;
        break;
      }
    }
  }
  return result;
}

/** `A、B、C(简称“T”…)` / `（以下统称“T”）`: T is defined by the enumeration before the parenthesis. */
function abbreviationOf(context: Context, key: string, occurrence: Span): SloganDefinition | null {
  const { text } = context;
  let b = occurrence.start;
  if (isOpenQuoteCode(text.charCodeAt(b - 1))) b--;
  const lead = abbreviationLeadBefore(text, b);
  if (lead === 0) return null;
  const paren = b - lead - 1;
  const parenCode = text.charCodeAt(paren);
  if (parenCode !== PAREN_OPEN && parenCode !== WIDE_PAREN_OPEN) return null;
  const counts = impliedCounts(key);
  const before = enumerationBefore(text, paren, counts[0] ?? null);
  return before && !before.partial ? plain(context, before) : null;
}

const PAREN_OPEN = '('.charCodeAt(0);
const ENUM_COMMA = '、'.charCodeAt(0);
const WIDE_PAREN_OPEN = '（'.charCodeAt(0);
const CHENG = '称'.charCodeAt(0);
/** Four-character leads, tried before the two-character ones they end with (以下简称 before 简称). */
const LONG_ABBREVIATION_LEADS = ['以下简称', '以下统称'];
const SHORT_ABBREVIATION_LEADS = ['简称', '统称', '合称'];

/** Length of the 简称/统称/合称/以下简称/以下统称 that ends at `end` (0 when none does). */
export function abbreviationLeadBefore(text: string, end: number): number {
  // Every lead ends in 称: most occurrences are rejected by this one look-up.
  if (text.charCodeAt(end - 1) !== CHENG) return 0;
  // startsWith clamps a negative position to 0: the bounds are checked first.
  if (end >= 4) for (const lead of LONG_ABBREVIATION_LEADS) if (text.startsWith(lead, end - 4)) return 4;
  if (end >= 2) for (const lead of SHORT_ABBREVIATION_LEADS) if (text.startsWith(lead, end - 2)) return 2;
  return 0;
}

/** Flattened component texts: the identity of a definition. */
export function componentKey(components: DefinitionComponent[]): string {
  let key = '';
  for (let i = 0; i < components.length; i++) {
    const component = components[i]!;
    if (i > 0) key += '|';
    key += component.components ? `${component.text}(${componentKey(component.components)})` : component.text;
  }
  return key;
}

function definitionAt(context: Context, shape: KeyShape, occurrence: Span): SloganDefinition | null {
  const { text } = context;
  const { counts, grouped } = shape;
  const expected = grouped ? grouped.groups : counts[0] ?? null;

  if (shape.parenthesised) {
    const parts = parenthesesInTerm(text, occurrence);
    if (parts !== null) return plain(context, parts);
  }
  const paren = parenthesisAfter(text, occurrence.end);
  if (paren !== null) {
    const nested = nestedClauses(context, paren.content);
    if (nested !== null) return nested;
    const items = parenthesisItems(paren.content, counts.length ? counts : [expected ?? 0]);
    if (items !== null && (items.items.length >= 2 || counts.includes(1))) return plain(context, items);
  }
  const after = explanationAfter(text, occurrence.end, expected);
  // One item where several are counted is prose (“两进”:在…施划临时停车位), not a list; a partial 等 list is an example.
  const prose = after !== null && expected !== null && expected > 1 && after.items.length === 1;
  if (after !== null && !prose && !(after.partial && expected !== null && after.items.length < expected)) return plain(context, after);
  for (const count of counts.length ? counts : NO_COUNT) {
    const before = enumerationBeforeAt(context, occurrence.start, grouped ? grouped.groups : count);
    if (before !== null && !before.partial) return plain(context, before);
  }
  if (grouped) {
    const groups = groupsAfter(context, occurrence.end, grouped.groups, grouped.inner);
    if (groups !== null) return groups;
  }
  if (expected !== null && expected >= 2) {
    const ordinal = ordinalListAfter(text, occurrence.end, expected);
    if (ordinal !== null) return plain(context, ordinal);
    if (startsSentence(context, occurrence)) {
      const sentence = sentenceAt(context, occurrence.start);
      const next = context.sentences[sentence + 1];
      const to = Math.min(text.length, occurrence.end + 240, next ? next.end : text.length);
      const following = enumerationWithin(text, occurrence.end, to, expected);
      if (following !== null) return plain(context, following);
    }
  }
  return null;
}

/** The counts tried when a key implies none: an enumeration of any length. */
const NO_COUNT: readonly (number | null)[] = [null];

/** `enumerationBefore(context.text, start, expected)`, read once per start and count. */
function enumerationBeforeAt(context: Context, start: number, expected: number | null): Enumeration | null {
  const known = context.enumerations.get(start);
  if (known !== undefined && known.expected === expected) return known.enumeration;
  return enumerationBefore(context.text, start, expected);
}

function plain(context: Context, enumeration: Enumeration): SloganDefinition {
  return makeDefinition(context, enumeration, shownItems(context, enumeration.items));
}

/** One component per item, with the text the document shows there. */
function shownItems(context: Context, items: readonly Item[]): DefinitionComponent[] {
  const components: DefinitionComponent[] = [];
  for (const item of items) components.push({ text: shown(context, item) });
  return components;
}

/** What the document shows at an item's place (traditional script stays traditional). */
function shown(context: Context, item: { start: number; end: number }): string {
  return context.original.slice(item.start, item.end);
}

function makeDefinition(context: Context, span: { start: number; end: number }, components: DefinitionComponent[]): SloganDefinition {
  const index = sentenceAt(context, span.start);
  const sentence = context.sentences[index];
  return {
    start: span.start,
    end: span.end,
    line: context.lines.lineAt(span.start),
    components,
    source: sentence && sentence.start <= span.start ? sentence.text : context.original.slice(span.start, span.end),
  };
}

/** Index of the sentence that holds `offset` (the last one starting at or before it; 0 when none does). */
function sentenceAt(context: Context, offset: number): number {
  const starts = sentenceStarts(context);
  let low = 0;
  let high = context.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Shared by the documents in turn (a typed array allocated per document costs more than the searches save). */
let sentenceStartBuffer = new Int32Array(1024);

/** `context.sentenceStarts`, filled on first use. */
function sentenceStarts(context: Context): Int32Array {
  if (context.sentenceStarts === null) {
    const { sentences } = context;
    if (sentenceStartBuffer.length < sentences.length) sentenceStartBuffer = new Int32Array(Math.max(sentences.length, sentenceStartBuffer.length * 2));
    const starts = sentenceStartBuffer;
    for (let i = 0; i < sentences.length; i++) starts[i] = sentences[i]!.start;
    context.sentenceStarts = starts;
  }
  return context.sentenceStarts;
}

function startsSentence(context: Context, occurrence: Span): boolean {
  const sentence = context.sentences[sentenceAt(context, occurrence.start)];
  if (!sentence) return false;
  const gap = occurrence.start - sentence.start;
  return gap === 0 || (gap === 1 && isOpenQuoteCode(context.text.charCodeAt(sentence.start)));
}

/** “1(富士康)+100(产业链企业)” → the parenthesised parts. */
function parenthesesInTerm(text: string, occurrence: Span): Enumeration | null {
  const items: Item[] = [];
  const body = text.slice(occurrence.start, occurrence.end);
  const pattern = /[(（]([^()（）]{1,20})[)）]/g;
  for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
    const start = occurrence.start + match.index + 1;
    items.push({ text: match[1]!, start, end: start + match[1]!.length });
  }
  return items.length >= 2 ? { items, start: items[0]!.start, end: items[items.length - 1]!.end } : null;
}

/** The slogan a clause ends with (…三大目标), or null. */
function sloganEnding(context: Context, clause: Item): string | null {
  const body = clause.text;
  // Closing quote marks and whitespace at the end are no part of it.
  let end = body.length;
  while (end > 0 && (isCloseQuoteCode(body.charCodeAt(end - 1)) || isSpaceCode(body.charCodeAt(end - 1)))) end--;
  if (end === 0) return null;
  // The longest key that ends there (keys are distinct: two of one length cannot both end there). A document calls
  // this a few times at most: a scan of its keys costs less than an index of them.
  const last = body.charCodeAt(end - 1);
  let longest: string | null = null;
  for (const { key } of context.terms) {
    if (key.charCodeAt(key.length - 1) !== last || key.length >= end || (longest !== null && key.length <= longest.length)) continue;
    if (body.startsWith(key, end - key.length)) longest = key;
  }
  return longest;
}

/** A component for sub-slogan `key` ending at `end`, with the enumeration in front of it. */
function subComponent(context: Context, key: string, end: number): DefinitionComponent {
  const counts = impliedCounts(key);
  const before = enumerationBeforeAt(context, end - key.length, counts[0] ?? null);
  const text = shown(context, { start: end - key.length, end });
  return before ? { text, components: shownItems(context, before.items) } : { text };
}

/** “五个三”(主攻…三大目标,打赢…三大攻坚,…): every clause ends in a slogan → nested components. */
function nestedClauses(context: Context, content: Item): SloganDefinition | null {
  // Two clauses need a separator between them.
  if (!hasClauseSeparator(content.text)) return null;
  const clauses = splitItems(content.text, content.start, '，,；;').filter((c) => c.text.trim().length > 0);
  if (clauses.length < 2) return null;
  const components: DefinitionComponent[] = [];
  for (const clause of clauses) {
    const key = sloganEnding(context, clause);
    if (key === null) return null;
    let end = clause.end;
    while (end > clause.start && context.text.slice(end - key.length, end) !== key) end--;
    components.push(subComponent(context, key, end));
  }
  return makeDefinition(context, content, components);
}

const NESTED_SEPARATOR = new Uint8Array(0x10000);
for (const ch of '，,；;') NESTED_SEPARATOR[ch.charCodeAt(0)] = 1;

/** True when `text` holds one of the separators nestedClauses splits at. */
function hasClauseSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NESTED_SEPARATOR[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** What a heading may end with (dropped from its text). */
const HEADING_END = new Uint8Array(0x10000);
for (const ch of '。；;！？!?') HEADING_END[ch.charCodeAt(0)] = 1;

/**
 * "N个M" groups after the term: N consecutive clauses ending in slogans that open with M (主攻…三大目标,巩固…三大成果,…),
 * or N short headings that open with M (一枚印章管审批。一个平台管调度。…).
 */
function groupsAfter(context: Context, from: number, groups: number, inner: string): SloganDefinition | null {
  const { text } = context;
  const to = Math.min(text.length, from + FOLLOW_WINDOW);
  // Groups start within the first four clauses: no clause past the last group of the fourth start is read.
  const clauses = splitItems(text.slice(from, Math.min(to, from + CLAUSE_WINDOW)), from, '，,；;。\n\r', MAX_GROUP_START + groups);
  // Consecutive clauses ending in sub-slogans.
  for (let i = 0; i < clauses.length && i < MAX_GROUP_START; i++) {
    const components: DefinitionComponent[] = [];
    let j = i;
    for (; j < clauses.length && components.length < groups; j++) {
      // A slogan opening with `inner` can end the clause only if `inner` stands in it.
      if (!clauses[j]!.text.includes(inner)) break;
      const key = sloganEnding(context, clauses[j]!);
      if (key === null || !key.startsWith(inner)) break;
      let end = clauses[j]!.end;
      while (end > clauses[j]!.start && text.slice(end - key.length, end) !== key) end--;
      components.push(subComponent(context, key, end));
    }
    if (components.length === groups) return makeDefinition(context, { start: clauses[i]!.start, end: clauses[j - 1]!.end }, components);
  }
  // Headings: short sentences that open with the inner numeral.
  const headings: Item[] = [];
  for (let index = sentenceAt(context, from) + 1; index < context.sentences.length; index++) {
    const sentence = context.sentences[index]!;
    if (sentence.start >= to) break;
    if (!text.startsWith(inner, sentence.start)) continue;
    let bodyEnd = sentence.text.length;
    while (bodyEnd > 0 && HEADING_END[sentence.text.charCodeAt(bodyEnd - 1)] === 1) bodyEnd--;
    // Only a short body is sliced and tested.
    if (bodyEnd > MAX_HEADING) continue;
    const body = sentence.text.slice(0, bodyEnd);
    if (!/[，,、]/.test(body)) {
      headings.push({ text: body, start: sentence.start, end: sentence.start + body.length });
      if (headings.length === groups) break;
    }
  }
  if (headings.length === groups) {
    return makeDefinition(context, { start: headings[0]!.start, end: headings[groups - 1]!.end }, shownItems(context, headings));
  }
  return null;
}

/** Text after a term searched for an ordinal list (首先是A，…其次是B…). */
const ORDINAL_WINDOW = 400;
/** The first ordinal marker must follow the term closely (“两化”，首先是…). */
const MAX_MARKER_DISTANCE = 6;

const ORDINALS = [
  ['首先是', '其次是', '再次是', '最后是'],
  ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'],
];

const ITEM_END = new Uint8Array(0x10000);
for (const ch of '，,。；;：:！？') ITEM_END[ch.charCodeAt(0)] = 1;

/** The end of the line that `from` stands on, reading at most `limit` characters. */
function lineEndAfter(text: string, from: number, limit: number): number {
  let end = from;
  while (end < text.length && end - from < limit) {
    const code = text.charCodeAt(end);
    if (code === 10 || code === 13) break;
    end++;
  }
  return end;
}

const SHOU = '首'.charCodeAt(0);
const YI = '一'.charCodeAt(0);

/** True when 首 or 一 (the first characters of the first markers) stands in the line from `from`, within `limit` characters. */
function hasMarkerOpener(text: string, from: number, limit: number): boolean {
  const to = Math.min(text.length, from + limit);
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === SHOU || code === YI) return true;
    if (code === 10 || code === 13) return false;
  }
  return false;
}

/** True when `word` occurs inside `text[from, to)` (a short range: every start is tried in place). */
function occursWithin(text: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  for (let at = from; at + word.length <= to; at++) if (text.charCodeAt(at) === first && text.startsWith(word, at)) return true;
  return false;
}

/** 首先是A，…；其次是B，… with exactly `expected` markers in the next ORDINAL_WINDOW characters of the line. */
function ordinalListAfter(text: string, from: number, expected: number): Enumeration | null {
  // The first marker must stand within a few characters: test that before reading the line.
  if (!hasMarkerOpener(text, from, MAX_MARKER_DISTANCE + 3)) return null;
  const near = lineEndAfter(text, from, MAX_MARKER_DISTANCE + 3);
  let lineEnd = -1;
  let window = '';
  for (const markers of ORDINALS) {
    const first = markers[0]!;
    if (!occursWithin(text, first, from, Math.min(near, from + MAX_MARKER_DISTANCE + first.length))) continue;
    if (lineEnd < 0) {
      lineEnd = lineEndAfter(text, from, ORDINAL_WINDOW);
      window = text.slice(0, lineEnd);
    }
    const items: Item[] = [];
    let at = from;
    for (let n = 0; n < expected; n++) {
      let marker = markers[n]!;
      let found = window.indexOf(marker, at);
      if (n === expected - 1 && n > 0 && markers === ORDINALS[0]) {
        const last = window.indexOf('最后是', at);
        if (last >= 0 && (found < 0 || last < found)) {
          found = last;
          marker = '最后是';
        }
      }
      if (found < 0 || (n === 0 && found - from > MAX_MARKER_DISTANCE)) break;
      const start = found + marker.length;
      let end = start;
      while (end < lineEnd && ITEM_END[text.charCodeAt(end)] !== 1) end++;
      if (end === start || end - start > MAX_HEADING) break;
      items.push({ text: text.slice(start, end), start, end });
      at = end;
    }
    if (items.length === expected && (markers[expected] === undefined || !text.slice(at, lineEnd).includes(markers[expected]!))) {
      return { items, start: items[0]!.start, end: items[expected - 1]!.end };
    }
  }
  return null;
}

/** Index in `terms` of the longest slogan of two or more code units, shorter than `key`, that `key` has at `at`; -1 when none. */
function longestPartAt(context: Context, key: string, at: number): number {
  const first = key.charCodeAt(at);
  const limit = Math.min(key.length - at, key.length - 1);
  const { terms } = context;
  // Keys are distinct: two of one length cannot both stand at `at`. A compound is tried a few times per document at
  // most: a scan of the keys costs less than an index of them.
  let longest = -1;
  let longestLength = 1;
  for (let t = 0; t < terms.length; t++) {
    const candidate = terms[t]!.key;
    if (candidate.charCodeAt(0) !== first || candidate.length > limit || candidate.length <= longestLength) continue;
    if (key.startsWith(candidate, at)) {
      longest = t;
      longestLength = candidate.length;
    }
  }
  return longest;
}

/**
 * A term made of slogans the document defines (三纵两横 = 三纵 + 两横): components are the parts with their own
 * definitions nested, or, when every part has a one-item definition (一城即A, 一谷即B), those items.
 */
function compoundDefinition(key: string, context: Context, definitions: readonly SloganDefinition[][]): SloganDefinition | null {
  const parts: string[] = [];
  const partTerms: number[] = [];
  let at = 0;
  while (at < key.length) {
    if (key.charCodeAt(at) === ENUM_COMMA) {
      at++;
      continue;
    }
    const t = longestPartAt(context, key, at);
    if (t < 0) return null;
    const part = context.terms[t]!.key;
    parts.push(part);
    partTerms.push(t);
    at += part.length;
  }
  if (parts.length < 2) return null;
  // Loops rather than map/find/every: the arrays hold only nulls in most documents, objects in some, and
  // optimised array callbacks are thrown away when they meet the other kind; arrays made by map also differ
  // in kind from those built by push, which throws away code reading components (componentKey).
  const partDefinitions: (SloganDefinition | null)[] = [];
  let first: SloganDefinition | null = null;
  let single = true;
  for (const t of partTerms) {
    const definition = definitions[t]![0] ?? null;
    partDefinitions.push(definition);
    if (first === null) first = definition;
    if (definition === null || definition.components.length !== 1) single = false;
  }
  if (first === null) return null;
  const components: DefinitionComponent[] = [];
  for (let i = 0; i < parts.length; i++) {
    const definition = partDefinitions[i] ?? null;
    if (single) components.push(definition!.components[0]!);
    else components.push(definition ? { text: parts[i]!, components: definition.components } : { text: parts[i]! });
  }
  return { start: first.start, end: first.end, line: first.line, components, source: first.source };
}
