// The ledger seen from the items: which record applies to each current item, under which ledger key, and
// how to write a status for an item (renaming a re-anchored entry to the item's key on the way).
//
// Ledger keys are the ids the extractor gives when the document is named by its workspace-relative path
// (`IdAllocator(name)`: a hash of name, sentence and anchor, plus an occurrence counter). The editor extracts
// with `file:///…` URIs and the command line with paths, so their own ids differ; keyed this way, both write
// the same key for the same item, `policy-tracker scan` run at the workspace root prints exactly these ids, and
// a committed ledger carries nobody's home folder. Where keys still differ, re-anchoring by content joins them.
import type { LedgerItem, LedgerRecord, ParsedLedger } from './ledger';
import { IdAllocator } from './ids';
import { renameEntry, setEntry, type LedgerEditResult, type LedgerPatch } from './ledgerEdit';
import { itemSnapshot, joinLedger, type AnchorItem, type JoinOptions, type LedgerMatch, type LedgerSubject } from './reanchor';

/**
 * Ledger keys of one document's items (extractor id → key). Items of each kind must come in the extractor's
 * order (facts.targets, facts.commitments), as the occurrence counter of identical items depends on it.
 */
export function ledgerKeys(items: readonly LedgerSubject[], name: string): Map<string, string> {
  const ids = new IdAllocator(name);
  const keys = new Map<string, string>();
  for (const item of items.filter((i) => i.kind === 'target')) keys.set(item.id, ids.next('target', ids.sentenceKey(item.text), item.anchor ?? ''));
  for (const item of items.filter((i) => i.kind === 'commitment')) keys.set(item.id, ids.next('commitment', ids.sentenceKey(item.text), ''));
  return keys;
}

export interface LedgerDocumentItems {
  /** The document's name in the ledger (workspace-relative path, `/` separators). */
  name: string;
  items: readonly LedgerSubject[];
  /** `ledgerKeys(items, name)`, when the caller keeps it between joins. */
  keys?: ReadonlyMap<string, string>;
}

export interface ItemLedgerState {
  key: string;
  /** The document's ledger name. */
  name: string;
  item: LedgerSubject;
  match: LedgerMatch | undefined;
}

export interface LedgerStatuses {
  /** The record that applies to an item (by extractor id), if any. */
  recordOf(itemId: string): LedgerRecord | undefined;
  /** Key, document name and match of an item (by extractor id). */
  stateOf(itemId: string): ItemLedgerState | undefined;
  /** Entries that match no current item. */
  orphans: readonly LedgerItem[];
}

export function joinStatuses(ledger: ParsedLedger, documents: Iterable<LedgerDocumentItems>, options?: JoinOptions): LedgerStatuses {
  const states = new Map<string, ItemLedgerState>();
  const byKey = new Map<string, ItemLedgerState>();
  const anchors: AnchorItem[] = [];
  for (const doc of documents) {
    const keys = doc.keys ?? ledgerKeys(doc.items, doc.name);
    for (const item of doc.items) {
      const key = keys.get(item.id) ?? item.id;
      const state: ItemLedgerState = { key, name: doc.name, item, match: undefined };
      states.set(item.id, state);
      byKey.set(key, state);
      anchors.push({ id: key, ...itemSnapshot(item, doc.name) });
    }
  }
  const join = joinLedger(ledger.items, anchors, options);
  for (const [key, match] of join.byItemId) {
    const state = byKey.get(key);
    if (state) state.match = match;
  }
  return {
    recordOf: (itemId) => states.get(itemId)?.match?.entry.record,
    stateOf: (itemId) => states.get(itemId),
    orphans: join.orphans,
  };
}

/**
 * The new ledger text after setting `patch` for an item: the entry that currently applies to it (found by id or
 * by content) is renamed to the item's key if needed, and the re-anchoring snapshot (doc, text, anchor) is refreshed.
 */
export function writeItemEntry(sourceText: string, state: ItemLedgerState, patch: LedgerPatch): LedgerEditResult {
  let text = sourceText;
  let renamed = false;
  const previous = state.match?.entry.id;
  if (previous !== undefined && previous !== state.key) {
    const result = renameEntry(text, previous, state.key);
    if (result.ok) {
      text = result.text;
      renamed = result.changed;
    }
  }
  const snapshot = itemSnapshot(state.item, state.name);
  const result = setEntry(text, state.key, { ...patch, doc: snapshot.doc, text: snapshot.text, anchor: snapshot.anchor });
  if (!result.ok) return result;
  return { ok: true, text: result.text, changed: result.changed || renamed };
}
