// The workspace index: DocumentFacts per document URI, merged for queries across documents.
// Replacing one document touches that document only. Change events go to a tiny listener list.
import { componentsKey } from './componentsKey';
import type { Commitment, DocumentFacts, ItemKind, ProseTerm, Slogan, SloganDefinition, Span, Target, TrackedItem } from './types';

export type IndexChange =
  | { type: 'set'; uri: string }
  | { type: 'delete'; uri: string }
  | { type: 'rename'; uri: string; oldUri: string }
  | { type: 'clear' };

export type IndexListener = (change: IndexChange) => void;

/** Something found in one document, with the document it stands in. */
export interface Located<T> {
  uri: string;
  value: T;
}

/** Where a term (a slogan or a prose term) stands in one document. */
export interface TermPlace {
  uri: string;
  span: Span;
  role: 'use' | 'definition';
  /** The slogan definition given here (role `definition` of a slogan). */
  definition?: SloganDefinition;
  /** The defining sentence of a prose term (role `definition` of a prose term). */
  explanation?: string;
}

export interface TermSummary {
  term: string;
  /** Every use and definition, ordered by document then offset. */
  places: TermPlace[];
  /** How many documents mention it at all. */
  documentCount: number;
  /** Slogan definitions across documents, in document order. */
  definitions: Located<SloganDefinition>[];
  /** Prose definitions (`"碳达峰"是指…`) across documents. */
  proseDefinitions: Located<ProseTerm>[];
  /** Findings the extractor reported for this term, per document. */
  findings: Located<Slogan['findings'][number]>[];
  /** Distinct slogan definitions (by components), each with its first place, in document order. */
  variants: Located<SloganDefinition>[];
  /** Distinct finding messages, in document order. */
  warnings: string[];
}

/** What stands at an offset of a document. */
export type FoundAt =
  | { type: 'item'; uri: string; item: TrackedItem }
  | { type: 'slogan'; uri: string; term: string; span: Span }
  | { type: 'term'; uri: string; term: string; span: Span };

export interface IndexTotals {
  documents: number;
  targets: number;
  commitments: number;
  slogans: number;
}

function contains(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function byOffset(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Rewrites the uri a document's facts carry (and item ids that embed it) after a rename. */
export function renameFacts(facts: DocumentFacts, newUri: string): DocumentFacts {
  const oldUri = facts.uri;
  const renameId = <T extends { id: string }>(item: T): T =>
    oldUri && item.id.startsWith(oldUri) ? { ...item, id: newUri + item.id.slice(oldUri.length) } : item;
  return {
    ...facts,
    uri: newUri,
    targets: facts.targets.map(renameId),
    commitments: facts.commitments.map(renameId),
  };
}

/**
 * What one document says about one term: references into its facts, nothing copied. Places are built only
 * when a view reads them (most terms of a large workspace are never looked at).
 */
export interface TermContribution {
  /** The document's slogans with this term (almost always one). */
  slogans: Slogan[];
  proseDefinitions: ProseTerm[];
}

const NO_SLOGANS: Slogan[] = [];
const NO_PROSE: ProseTerm[] = [];

/** One document's contributions, per term (its slogans and prose terms). */
export function contributionsOf(doc: DocumentFacts): Map<string, TermContribution> {
  const byTerm = new Map<string, TermContribution>();
  for (const slogan of doc.slogans) {
    const c = byTerm.get(slogan.term);
    if (!c) byTerm.set(slogan.term, { slogans: [slogan], proseDefinitions: NO_PROSE });
    else c.slogans = [...c.slogans, slogan];
  }
  for (const prose of doc.terms) {
    const c = byTerm.get(prose.term);
    if (!c) byTerm.set(prose.term, { slogans: NO_SLOGANS, proseDefinitions: [prose] });
    else c.proseDefinitions = [...c.proseDefinitions, prose];
  }
  return byTerm;
}

/** Slogan definitions of a contribution, in order. */
function definitionsOf(c: TermContribution): SloganDefinition[] {
  return c.slogans.length === 1 ? c.slogans[0]!.definitions : c.slogans.flatMap((s) => s.definitions);
}

function findingsOf(c: TermContribution): Slogan['findings'][number][] {
  return c.slogans.length === 1 ? c.slogans[0]!.findings : c.slogans.flatMap((s) => s.findings);
}

function hasPlaces(c: TermContribution): boolean {
  return c.proseDefinitions.length > 0 || c.slogans.some((s) => s.occurrences.length + s.definitions.length > 0);
}

/** Uses and definitions in one document, by offset. */
export function placesOf(uri: string, c: TermContribution): TermPlace[] {
  const places: TermPlace[] = [];
  for (const slogan of c.slogans) {
    for (const span of slogan.occurrences) places.push({ uri, span, role: 'use' });
    for (const definition of slogan.definitions) places.push({ uri, span: definition, role: 'definition', definition });
  }
  for (const prose of c.proseDefinitions) places.push({ uri, span: prose, role: 'definition', explanation: prose.explanation });
  return places.sort((a, b) => byOffset(a.span, b.span));
}

function emptySummary(term: string): TermSummary {
  return { term, places: [], documentCount: 0, definitions: [], proseDefinitions: [], findings: [], variants: [], warnings: [] };
}

/** Defines `key` as computed on first read (then a plain value): long lists are built only for the views that read them. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): T[K] {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/** How many places hold one distinct value, and the first of them (undefined: not known until a re-scan). */
interface Slot<T> {
  count: number;
  first: Ranked<T> | undefined;
}

/**
 * One term's contributions per document, with running aggregates (document count, first place of each
 * distinct definition and warning, prose definitions), so a summary costs O(distinct values), not O(documents).
 */
export class TermEntries {
  readonly byDoc = new Map<string, TermContribution>();
  private documents = 0;
  private readonly variants = new Map<string, Slot<Located<SloganDefinition>>>();
  private readonly warnings = new Map<string, Slot<string>>();
  private readonly prose = new Map<string, ProseTerm[]>();
  /** Some slot lost its first place: re-scan before the next summary. */
  private stale = false;

  get size(): number {
    return this.byDoc.size;
  }

  add(uri: string, c: TermContribution): void {
    this.remove(uri);
    this.byDoc.set(uri, c);
    if (hasPlaces(c)) this.documents++;
    definitionsOf(c).forEach((value, at) => addToSlot(this.variants, componentsKey(value.components), { uri, at, value: { uri, value } }));
    findingsOf(c).forEach((finding, at) => addToSlot(this.warnings, finding.message, { uri, at, value: finding.message }));
    if (c.proseDefinitions.length) this.prose.set(uri, c.proseDefinitions);
  }

  remove(uri: string): void {
    const c = this.byDoc.get(uri);
    if (!c) return;
    this.byDoc.delete(uri);
    if (hasPlaces(c)) this.documents--;
    for (const definition of definitionsOf(c)) this.stale = removeFromSlot(this.variants, componentsKey(definition.components), uri) || this.stale;
    for (const finding of findingsOf(c)) this.stale = removeFromSlot(this.warnings, finding.message, uri) || this.stale;
    this.prose.delete(uri);
  }

  /** Finds the first place again of every value that lost it (one pass over the documents). */
  private rescan(): void {
    this.stale = false;
    const lost = new Set<Slot<unknown>>([...this.variants.values(), ...this.warnings.values()].filter((slot) => !slot.first));
    for (const [uri, c] of this.byDoc) {
      definitionsOf(c).forEach((value, at) => refill(lost, this.variants.get(componentsKey(value.components)), { uri, at, value: { uri, value } }));
      findingsOf(c).forEach((finding, at) => refill(lost, this.warnings.get(finding.message), { uri, at, value: finding.message }));
    }
  }

  summary(term: string): TermSummary {
    if (this.stale) this.rescan();
    const summary: TermSummary = {
      term, places: [], documentCount: this.documents, definitions: [], findings: [],
      variants: ranked([...this.variants.values()].map((slot) => slot.first!)),
      warnings: ranked([...this.warnings.values()].map((slot) => slot.first!)),
      proseDefinitions: ranked([...this.prose].flatMap(([uri, list]) => list.map((value, at) => ({ uri, at, value: { uri, value } })))),
    };
    // A snapshot: the index replaces (never mutates) contributions, so the lazy lists below stay as of now.
    const entries = [...this.byDoc];
    const parts = (): [string, TermContribution][] => entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    lazy(summary, 'places', () => parts().flatMap(([uri, c]) => placesOf(uri, c)));
    lazy(summary, 'definitions', () => parts().flatMap(([uri, c]) => definitionsOf(c).map((value) => ({ uri, value }))));
    lazy(summary, 'findings', () => parts().flatMap(([uri, c]) => findingsOf(c).map((value) => ({ uri, value }))));
    return summary;
  }
}

function addToSlot<T>(slots: Map<string, Slot<T>>, key: string, candidate: Ranked<T>): void {
  const slot = slots.get(key);
  if (!slot) slots.set(key, { count: 1, first: candidate });
  else {
    slot.count++;
    // An unknown first stays unknown (the re-scan finds it); a known one may be overtaken.
    if (slot.first && before(candidate, slot.first)) slot.first = candidate;
  }
}

/** Returns whether the slot lost its first place (and so needs a re-scan). */
function removeFromSlot<T>(slots: Map<string, Slot<T>>, key: string, uri: string): boolean {
  const slot = slots.get(key);
  if (!slot) return false;
  if (--slot.count <= 0) {
    slots.delete(key);
    return false;
  }
  if (slot.first?.uri !== uri) return false;
  slot.first = undefined;
  return true;
}

/** During a re-scan: the earliest candidate for a slot whose first place was lost. */
function refill<T>(lost: Set<Slot<unknown>>, slot: Slot<T> | undefined, candidate: Ranked<T>): void {
  if (slot && lost.has(slot) && (!slot.first || before(candidate, slot.first))) slot.first = candidate;
}

/** A value with where it stands: document, then position in that document's list. */
interface Ranked<T> {
  uri: string;
  at: number;
  value: T;
}

function before(a: Ranked<unknown>, b: Ranked<unknown>): boolean {
  return a.uri < b.uri || (a.uri === b.uri && a.at < b.at);
}

function ranked<T>(list: Ranked<T>[]): T[] {
  return list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).map((r) => r.value);
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, DocumentFacts>();
  private readonly listeners: IndexListener[] = [];
  /** term → document URI → what that document says about the term. */
  private readonly contributions = new Map<string, TermEntries>();
  /** document URI → the terms it contributes to. */
  private readonly docTerms = new Map<string, string[]>();
  /** Summaries built since the last change of one of their documents. */
  private readonly summaryCache = new Map<string, TermSummary>();
  private changeCount = 0;
  /** term → how many documents define it (slogan definitions). */
  private readonly definedIn = new Map<string, number>();
  private definedList: string[] | undefined;

  /** Subscribes to changes; call the returned function to unsubscribe. */
  onDidChange(listener: IndexListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  private emit(change: IndexChange): void {
    this.changeCount++;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A failing listener must not break the index or the other listeners.
      }
    }
  }

  /** Adds or replaces one document's facts (keyed by `uri`, which defaults to `facts.uri`). */
  set(facts: DocumentFacts, uri: string = facts.uri): void {
    const stored = facts.uri === uri ? facts : { ...facts, uri };
    this.withdraw(uri);
    this.docs.set(uri, stored);
    this.contribute(stored);
    this.emit({ type: 'set', uri });
  }

  delete(uri: string): boolean {
    if (!this.docs.delete(uri)) return false;
    this.withdraw(uri);
    this.emit({ type: 'delete', uri });
    return true;
  }

  /** Removes every document whose URI starts with `prefix` (a deleted folder); returns them. */
  deleteUnder(prefix: string): string[] {
    const folder = prefix.endsWith('/') ? prefix : prefix + '/';
    const gone = this.uris().filter((uri) => uri.startsWith(folder));
    for (const uri of gone) this.delete(uri);
    return gone;
  }

  rename(oldUri: string, newUri: string): boolean {
    const facts = this.docs.get(oldUri);
    if (!facts || oldUri === newUri) return false;
    const renamed = renameFacts(facts, newUri);
    this.docs.delete(oldUri);
    this.withdraw(oldUri);
    this.withdraw(newUri);
    this.docs.set(newUri, renamed);
    this.contribute(renamed);
    this.emit({ type: 'rename', uri: newUri, oldUri });
    return true;
  }

  clear(): void {
    if (this.docs.size === 0) return;
    this.docs.clear();
    this.contributions.clear();
    this.docTerms.clear();
    this.summaryCache.clear();
    this.definedIn.clear();
    this.definedList = undefined;
    this.emit({ type: 'clear' });
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get(uri: string): DocumentFacts | undefined {
    return this.docs.get(uri);
  }

  /** Document URIs in a stable (sorted) order. */
  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  documents(): DocumentFacts[] {
    return this.uris().map((uri) => this.docs.get(uri)!);
  }

  targets(): Located<Target>[] {
    return this.documents().flatMap((doc) => doc.targets.map((value) => ({ uri: doc.uri, value })));
  }

  commitments(): Located<Commitment>[] {
    return this.documents().flatMap((doc) => doc.commitments.map((value) => ({ uri: doc.uri, value })));
  }

  /** Targets and commitments, optionally of one kind, ordered by document then offset. */
  items(kind?: ItemKind): Located<TrackedItem>[] {
    return this.documents().flatMap((doc) => {
      const items: TrackedItem[] =
        kind === 'target' ? doc.targets : kind === 'commitment' ? doc.commitments : [...doc.targets, ...doc.commitments].sort(byOffset);
      return items.map((value) => ({ uri: doc.uri, value }));
    });
  }

  slogans(): Located<Slogan>[] {
    return this.documents().flatMap((doc) => doc.slogans.map((value) => ({ uri: doc.uri, value })));
  }

  proseTerms(): Located<ProseTerm>[] {
    return this.documents().flatMap((doc) => doc.terms.map((value) => ({ uri: doc.uri, value })));
  }

  /** Every distinct slogan term across documents, sorted. */
  sloganTerms(): string[] {
    return [...new Set(this.slogans().map((s) => s.value.term))].sort();
  }

  /** Every distinct term (slogans and prose terms), sorted. */
  allTerms(): string[] {
    return [...new Set([...this.sloganTerms(), ...this.proseTerms().map((t) => t.value.term)])].sort();
  }

  /**
   * Uses and definitions of one term across documents, and how many documents use it. Built from that
   * term's per-document contributions only, and cached until one of its documents changes.
   */
  term(term: string): TermSummary {
    let summary = this.summaryCache.get(term);
    if (!summary) {
      summary = this.contributions.get(term)?.summary(term) ?? emptySummary(term);
      this.summaryCache.set(term, summary);
    }
    return summary;
  }

  /** Terms with at least one slogan definition somewhere in the workspace, sorted (cached until that set changes). */
  definedSloganTerms(): string[] {
    this.definedList ??= [...this.definedIn.keys()].sort();
    return this.definedList;
  }

  private countDefinitions(term: string, delta: number): void {
    const count = (this.definedIn.get(term) ?? 0) + delta;
    if (count > 0) this.definedIn.set(term, count);
    else this.definedIn.delete(term);
    if (count === 0 || count === delta) this.definedList = undefined;
  }

  /** Bumped on every change: callers cache derived data against it. */
  get generation(): number {
    return this.changeCount;
  }

  /** Moves one document's contributions out of the per-term maps (before it is replaced, deleted or renamed). */
  private withdraw(uri: string): void {
    for (const term of this.docTerms.get(uri) ?? []) {
      const entries = this.contributions.get(term);
      const c = entries?.byDoc.get(uri);
      if (c && definitionsOf(c).length) this.countDefinitions(term, -1);
      entries?.remove(uri);
      if (entries?.size === 0) this.contributions.delete(term);
      this.summaryCache.delete(term);
    }
    this.docTerms.delete(uri);
  }

  /** Adds one document's contributions to the per-term maps. */
  private contribute(facts: DocumentFacts): void {
    const uri = facts.uri;
    const mine = contributionsOf(facts);
    for (const [term, contribution] of mine) {
      let entries = this.contributions.get(term);
      if (!entries) this.contributions.set(term, (entries = new TermEntries()));
      entries.add(uri, contribution);
      if (definitionsOf(contribution).length) this.countDefinitions(term, 1);
      this.summaryCache.delete(term);
    }
    this.docTerms.set(uri, [...mine.keys()]);
  }

  /** The tracked item at an offset: the one whose anchor holds it, else the one whose sentence does. */
  itemAt(uri: string, offset: number): TrackedItem | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const items: TrackedItem[] = [...doc.targets, ...doc.commitments];
    const narrowest = (candidates: TrackedItem[], span: (i: TrackedItem) => Span): TrackedItem | undefined =>
      candidates
        .filter((item) => contains(span(item), offset))
        .sort((a, b) => span(a).end - span(a).start - (span(b).end - span(b).start) || a.start - b.start)[0];
    return narrowest(items, (item) => item) ?? narrowest(items, (item) => item.sentence);
  }

  /** The slogan or prose term whose occurrence (or definition) holds the offset. */
  termAt(uri: string, offset: number): FoundAt | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    for (const slogan of doc.slogans) {
      const span = slogan.occurrences.find((s) => s.start <= offset && offset < s.end);
      if (span) return { type: 'slogan', uri, term: slogan.term, span };
    }
    for (const prose of doc.terms) {
      if (prose.start <= offset && offset < prose.end) return { type: 'term', uri, term: prose.term, span: prose };
    }
    return undefined;
  }

  /** Whatever stands at an offset: a term occurrence first (it is narrower), then a tracked item. */
  at(uri: string, offset: number): FoundAt | undefined {
    const term = this.termAt(uri, offset);
    if (term) return term;
    const item = this.itemAt(uri, offset);
    return item ? { type: 'item', uri, item } : undefined;
  }

  totals(): IndexTotals {
    const totals: IndexTotals = { documents: this.docs.size, targets: 0, commitments: 0, slogans: 0 };
    for (const doc of this.docs.values()) {
      totals.targets += doc.targets.length;
      totals.commitments += doc.commitments.length;
      totals.slogans += doc.slogans.length;
    }
    return totals;
  }
}
