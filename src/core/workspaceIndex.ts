// The workspace index: DocumentFacts per document URI, merged for queries across documents.
// Replacing one document touches that document only. Change events go to a tiny listener list.
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

export class WorkspaceIndex {
  private readonly docs = new Map<string, DocumentFacts>();
  private readonly listeners: IndexListener[] = [];
  /** Term summaries for the whole workspace, built on first use after a change. */
  private termCache: Map<string, TermSummary> | null = null;

  /** Subscribes to changes; call the returned function to unsubscribe. */
  onDidChange(listener: IndexListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  private emit(change: IndexChange): void {
    this.termCache = null;
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
    this.docs.set(uri, facts.uri === uri ? facts : { ...facts, uri });
    this.emit({ type: 'set', uri });
  }

  delete(uri: string): boolean {
    if (!this.docs.delete(uri)) return false;
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
    this.docs.delete(oldUri);
    this.docs.set(newUri, renameFacts(facts, newUri));
    this.emit({ type: 'rename', uri: newUri, oldUri });
    return true;
  }

  clear(): void {
    if (this.docs.size === 0) return;
    this.docs.clear();
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

  /** Uses and definitions of one term across documents, and how many documents use it. */
  term(term: string): TermSummary {
    return this.termSummaries().get(term) ?? { term, places: [], documentCount: 0, definitions: [], proseDefinitions: [], findings: [] };
  }

  /** Every term's summary, built in one pass over the documents (cached until the next change). */
  private termSummaries(): Map<string, TermSummary> {
    if (this.termCache) return this.termCache;
    const summaries = new Map<string, TermSummary>();
    const summaryOf = (term: string): TermSummary => {
      let summary = summaries.get(term);
      if (!summary) {
        summary = { term, places: [], documentCount: 0, definitions: [], proseDefinitions: [], findings: [] };
        summaries.set(term, summary);
      }
      return summary;
    };
    for (const doc of this.documents()) {
      const places = new Map<string, TermPlace[]>();
      const placesOf = (term: string): TermPlace[] => {
        let list = places.get(term);
        if (!list) places.set(term, (list = []));
        return list;
      };
      for (const slogan of doc.slogans) {
        const summary = summaryOf(slogan.term);
        const list = placesOf(slogan.term);
        for (const span of slogan.occurrences) list.push({ uri: doc.uri, span, role: 'use' });
        for (const definition of slogan.definitions) {
          list.push({ uri: doc.uri, span: definition, role: 'definition', definition });
          summary.definitions.push({ uri: doc.uri, value: definition });
        }
        for (const finding of slogan.findings) summary.findings.push({ uri: doc.uri, value: finding });
      }
      for (const prose of doc.terms) {
        placesOf(prose.term).push({ uri: doc.uri, span: prose, role: 'definition', explanation: prose.explanation });
        summaryOf(prose.term).proseDefinitions.push({ uri: doc.uri, value: prose });
      }
      for (const [term, list] of places) {
        if (list.length === 0) continue;
        const summary = summaryOf(term);
        summary.documentCount++;
        summary.places.push(...list.sort((a, b) => byOffset(a.span, b.span)));
      }
    }
    this.termCache = summaries;
    return summaries;
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
