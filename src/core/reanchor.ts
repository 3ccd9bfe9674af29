// Joins ledger entries with the items extracted now: by id first, then by content, and keeps the rest as orphans.
//
// 1. An entry whose id is an item's id belongs to that item, unless its `text` snapshot says otherwise (similarity
//    below `threshold`: ids that count positions shift when sentences are inserted); such an entry is re-anchored
//    by content like any other, and is an orphan when nothing fits (a wrong status is worse than none).
// 2. Each remaining entry that has a `text` snapshot is compared with the unclaimed items of the same document
//    (its `doc`; every document when it has none) by character-bigram Dice similarity of the sentence, with the
//    `anchor` snapshot as a tie-breaker among targets of one sentence. Unchanged sentences are found by a hash
//    lookup first; the others through a bigram index (candidates sharing the rarest bigrams). Pairs scoring at
//    least `threshold` are assigned best first, one item per entry and one entry per item. Work per entry is
//    bounded: `lookupBudget` postings read and `maxCandidates` items scored per document, texts cut at
//    MAX_COMPARED_LENGTH.
// 3. Entries left over are orphans: reported, never dropped.
import type { DocumentFacts, ItemKind, TrackedItem } from './types';
import type { LedgerItem } from './ledger';
import { BigramIndex } from './bigramIndex';
import { bigramProfile, diceSimilarity } from './textSimilarity';
import { sameDocument } from './documentPath';

/** What re-anchoring needs to know of a current item. */
export interface AnchorItem {
  id: string;
  /** The document the item stands in (URI or path). */
  doc: string;
  /** The item's sentence. */
  text: string;
  /** A target's quantity or deadline expression. */
  anchor?: string | null;
}

export interface LedgerMatch {
  entry: LedgerItem;
  itemId: string;
  how: 'id' | 'content';
  /** 1 for an id match; the similarity for a content match. */
  score: number;
}

export interface LedgerJoin {
  /** Current item id → the ledger entry that applies to it. */
  byItemId: Map<string, LedgerMatch>;
  /** Entries that match no current item, in ledger order. */
  orphans: LedgerItem[];
}

export interface JoinOptions {
  /** Minimum similarity for a content match (default 0.6). */
  threshold?: number;
  /** Most items scored per entry and document (default 24). */
  maxCandidates?: number;
  /** Most index postings read per entry and document when looking for candidates (default 4000). */
  lookupBudget?: number;
}

const ANCHOR_WEIGHT = 0.2;

interface Proposal {
  entryIndex: number;
  item: AnchorItem;
  score: number;
}

export function joinLedger(entries: readonly LedgerItem[], items: readonly AnchorItem[], options: JoinOptions = {}): LedgerJoin {
  const threshold = options.threshold ?? 0.6;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const byItemId = new Map<string, LedgerMatch>();
  const pending: LedgerItem[] = [];
  for (const entry of entries) {
    const item = itemsById.get(entry.id);
    if (item && !byItemId.has(entry.id) && snapshotAgrees(entry, item, threshold)) byItemId.set(entry.id, { entry, itemId: entry.id, how: 'id', score: 1 });
    else pending.push(entry);
  }
  const free = items.filter((item) => !byItemId.has(item.id));
  const placed = new Set<number>();
  const assign = (proposals: Proposal[]): void => {
    proposals.sort((a, b) => b.score - a.score || a.entryIndex - b.entryIndex);
    for (const proposal of proposals) {
      if (placed.has(proposal.entryIndex) || byItemId.has(proposal.item.id)) continue;
      placed.add(proposal.entryIndex);
      byItemId.set(proposal.item.id, { entry: pending[proposal.entryIndex]!, itemId: proposal.item.id, how: 'content', score: proposal.score });
    }
  };
  const documents = new DocumentMatcher(free);
  assign(exactProposals(pending, free, documents));
  assign(similarProposals(pending, placed, documents, threshold, options.maxCandidates ?? 24, options.lookupBudget ?? 4000));
  return { byItemId, orphans: pending.filter((_, index) => !placed.has(index)) };
}

/** Unchanged sentences (ids changed, e.g. after a rename): a hash lookup, with the anchor deciding among equals. */
function exactProposals(pending: readonly LedgerItem[], free: readonly AnchorItem[], documents: DocumentMatcher): Proposal[] {
  const byText = new Map<string, AnchorItem[]>();
  for (const item of free) {
    const key = normalise(item.text);
    const list = byText.get(key);
    if (list) list.push(item);
    else byText.set(key, [item]);
  }
  const proposals: Proposal[] = [];
  pending.forEach((entry, entryIndex) => {
    const text = entry.record.text;
    if (!text) return;
    for (const item of byText.get(normalise(text)) ?? []) {
      if (!documents.matches(entry.record.doc, item.doc)) continue;
      const anchorAgrees = !entry.record.anchor || !item.anchor || entry.record.anchor === item.anchor;
      proposals.push({ entryIndex, item, score: anchorAgrees ? 1 : 1 - ANCHOR_WEIGHT / 2 });
    }
  });
  return proposals.filter((proposal) => proposal.score === 1);
}

/** Reworded sentences: candidates from the bigram index of each matching document, then Dice similarity. */
function similarProposals(
  pending: readonly LedgerItem[],
  placed: ReadonlySet<number>,
  documents: DocumentMatcher,
  threshold: number,
  limit: number,
  budget: number,
): Proposal[] {
  const proposals: Proposal[] = [];
  pending.forEach((entry, entryIndex) => {
    const text = entry.record.text;
    if (!text || placed.has(entryIndex)) return;
    const profile = bigramProfile(text);
    const anchorProfile = entry.record.anchor ? bigramProfile(entry.record.anchor) : null;
    // The Dice score an item needs so that the (anchor-weighted) score can reach the threshold.
    const needed = anchorProfile ? (threshold - ANCHOR_WEIGHT) / (1 - ANCHOR_WEIGHT) : threshold;
    const repeated = profile.size - profile.counts.size;
    for (const index of documents.indexesFor(entry.record.doc)) {
      const { complete, found } = index.candidates(profile, budget, limit);
      for (const { index: candidate, shared } of found) {
        const other = index.profile(candidate);
        // Exact shared counts bound the multiset intersection: skip what cannot reach `needed`.
        if (complete && (2 * (shared + repeated)) / (profile.size + other.size) < needed) continue;
        const item = index.values[candidate]!;
        let score = diceSimilarity(profile, other);
        if (anchorProfile && item.anchor) score = (1 - ANCHOR_WEIGHT) * score + ANCHOR_WEIGHT * diceSimilarity(anchorProfile, bigramProfile(item.anchor));
        if (score >= threshold) proposals.push({ entryIndex, item, score });
      }
    }
  });
  return proposals;
}

/** The current items grouped by document, with "does this entry's doc name that document" cached. */
class DocumentMatcher {
  private readonly byDoc = new Map<string, AnchorItem[]>();
  private readonly indexes = new Map<string, BigramIndex<AnchorItem>>();
  private readonly sameCache = new Map<string, boolean>();

  constructor(items: readonly AnchorItem[]) {
    for (const item of items) {
      const list = this.byDoc.get(item.doc);
      if (list) list.push(item);
      else this.byDoc.set(item.doc, [item]);
    }
  }

  matches(entryDoc: string | undefined, itemDoc: string): boolean {
    if (!entryDoc) return true;
    const key = `${entryDoc}\u0000${itemDoc}`;
    let same = this.sameCache.get(key);
    if (same === undefined) this.sameCache.set(key, (same = sameDocument(entryDoc, itemDoc)));
    return same;
  }

  indexesFor(entryDoc: string | undefined): BigramIndex<AnchorItem>[] {
    const out: BigramIndex<AnchorItem>[] = [];
    for (const [doc, items] of this.byDoc) {
      if (!this.matches(entryDoc, doc)) continue;
      let index = this.indexes.get(doc);
      if (!index) this.indexes.set(doc, (index = new BigramIndex(items, (item) => item.text)));
      out.push(index);
    }
    return out;
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '');
}

function snapshotAgrees(entry: LedgerItem, item: AnchorItem, threshold: number): boolean {
  const text = entry.record.text;
  if (!text) return true;
  if (diceSimilarity(bigramProfile(text), bigramProfile(item.text)) < threshold) return false;
  const anchor = entry.record.anchor;
  return !anchor || !item.anchor || anchor === item.anchor || diceSimilarity(bigramProfile(anchor), bigramProfile(item.anchor)) >= threshold;
}

/** What the ledger needs of an item: a TrackedItem, or a row of the command line's scan output. */
export interface LedgerSubject {
  id: string;
  kind: ItemKind;
  /** The item's sentence. */
  text: string;
  /** A target's quantity or deadline expression. */
  anchor?: string | null;
}

/** The fields a ledger entry stores so it can be re-anchored later (see ledger.ts). */
export function itemSnapshot(item: LedgerSubject, doc: string): { doc: string; text: string; anchor: string | null } {
  return { doc, text: item.text, anchor: item.kind === 'target' ? item.anchor ?? null : null };
}

/** The items of one document, as re-anchoring sees them. `doc` defaults to the facts' uri. */
export function anchorItems(facts: DocumentFacts, doc: string = facts.uri): AnchorItem[] {
  const items: TrackedItem[] = [...facts.targets, ...facts.commitments];
  return items.map((item) => ({ id: item.id, ...itemSnapshot(item, doc) }));
}
