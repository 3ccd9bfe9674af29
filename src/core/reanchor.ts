// Joins ledger entries with the items extracted now: by id first, then by content, and keeps the rest as orphans.
//
// 1. An entry whose id is an item's id belongs to that item, unless its `text` snapshot says otherwise (similarity
//    below `threshold`: ids that count positions shift when sentences are inserted); such an entry is re-anchored
//    by content like any other, and is an orphan when nothing fits (a wrong status is worse than none).
// 2. Each remaining entry that has a `text` snapshot is compared with the unclaimed items of the same document
//    (its `doc`; every document when it has none) by character-bigram Dice similarity of the sentence, with the
//    `anchor` snapshot as a tie-breaker among targets of one sentence. Pairs scoring at least `threshold` are
//    assigned best first, one item per entry and one entry per item. Work per entry is bounded: at most
//    `maxCandidates` items, texts cut at MAX_COMPARED_LENGTH.
// 3. Entries left over are orphans: reported, never dropped.
import type { DocumentFacts, ItemKind, TrackedItem } from './types';
import type { LedgerItem } from './ledger';
import { bigramProfile, diceSimilarity, type BigramProfile } from './textSimilarity';
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
  /** Most items compared with one entry (default 2000). */
  maxCandidates?: number;
}

const ANCHOR_WEIGHT = 0.2;

export function joinLedger(entries: readonly LedgerItem[], items: readonly AnchorItem[], options: JoinOptions = {}): LedgerJoin {
  const threshold = options.threshold ?? 0.6;
  const maxCandidates = options.maxCandidates ?? 2000;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const byItemId = new Map<string, LedgerMatch>();
  const pending: LedgerItem[] = [];
  for (const entry of entries) {
    const item = itemsById.get(entry.id);
    if (item && !byItemId.has(entry.id) && snapshotAgrees(entry, item, threshold)) byItemId.set(entry.id, { entry, itemId: entry.id, how: 'id', score: 1 });
    else pending.push(entry);
  }
  const byDoc = groupByDocument(items.filter((item) => !byItemId.has(item.id)));
  const profiles = new Map<string, BigramProfile>();
  const profileOf = (item: AnchorItem): BigramProfile => {
    let profile = profiles.get(item.id);
    if (!profile) profiles.set(item.id, (profile = bigramProfile(item.text)));
    return profile;
  };
  const proposals: { entryIndex: number; item: AnchorItem; score: number }[] = [];
  pending.forEach((entry, entryIndex) => {
    const text = entry.record.text;
    if (!text) return;
    const profile = bigramProfile(text);
    const anchorProfile = entry.record.anchor ? bigramProfile(entry.record.anchor) : null;
    for (const item of candidates(byDoc, entry.record.doc, maxCandidates)) {
      let score = diceSimilarity(profile, profileOf(item));
      if (anchorProfile && item.anchor) score = (1 - ANCHOR_WEIGHT) * score + ANCHOR_WEIGHT * diceSimilarity(anchorProfile, bigramProfile(item.anchor));
      if (score >= threshold) proposals.push({ entryIndex, item, score });
    }
  });
  proposals.sort((a, b) => b.score - a.score || a.entryIndex - b.entryIndex);
  const placed = new Set<number>();
  for (const proposal of proposals) {
    if (placed.has(proposal.entryIndex) || byItemId.has(proposal.item.id)) continue;
    placed.add(proposal.entryIndex);
    byItemId.set(proposal.item.id, { entry: pending[proposal.entryIndex]!, itemId: proposal.item.id, how: 'content', score: proposal.score });
  }
  return { byItemId, orphans: pending.filter((_, index) => !placed.has(index)) };
}

function snapshotAgrees(entry: LedgerItem, item: AnchorItem, threshold: number): boolean {
  const text = entry.record.text;
  if (!text) return true;
  if (diceSimilarity(bigramProfile(text), bigramProfile(item.text)) < threshold) return false;
  const anchor = entry.record.anchor;
  return !anchor || !item.anchor || anchor === item.anchor || diceSimilarity(bigramProfile(anchor), bigramProfile(item.anchor)) >= threshold;
}

function groupByDocument(items: readonly AnchorItem[]): Map<string, AnchorItem[]> {
  const byDoc = new Map<string, AnchorItem[]>();
  for (const item of items) {
    const list = byDoc.get(item.doc);
    if (list) list.push(item);
    else byDoc.set(item.doc, [item]);
  }
  return byDoc;
}

function candidates(byDoc: Map<string, AnchorItem[]>, doc: string | undefined, limit: number): AnchorItem[] {
  const out: AnchorItem[] = [];
  for (const [name, list] of byDoc) {
    if (doc && !sameDocument(doc, name)) continue;
    for (const item of list) {
      if (out.length >= limit) return out;
      out.push(item);
    }
  }
  return out;
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
