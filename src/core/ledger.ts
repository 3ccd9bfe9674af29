// The ledger (台账): a YAML file people edit by hand and commit, read into entries keyed by item id.
//
// Format (every field optional; unknown fields are kept untouched and ignored):
//
//   items:
//     <item id>:
//       status: done          # todo | doing | done | dropped, or 未开始 | 进行中 | 已完成 | 已取消
//       owner: 市发改委
//       note: 已报送
//       due: 2026-06-30       # YYYY, YYYY-MM or YYYY-MM-DD; overrides the extracted deadline
//       doc: plans/2026.txt   # the document the item was found in (workspace-relative path or URI)
//       text: 到2026年…        # snapshot of the item's sentence when the entry was last written
//       anchor: 5%左右         # snapshot of a target's quantity/deadline expression
//
// `doc`, `text` and `anchor` are what re-anchoring needs (see reanchor.ts): when an item's id no longer
// matches (its sentence was reworded or the id scheme changed), the entry is re-attached to the most
// similar sentence of the same document; when nothing is similar enough, it is reported as orphaned.
//
// Parsing never throws. A file that is not valid YAML (syntax error, duplicate key, alias bomb, too
// large, wrong shape at the top) gives `error` with a 0-based line and no items: callers keep their last
// good ledger and must not write. Problems inside one entry (unknown status, bad date) are reported per
// entry; the entry keeps its other fields.
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LedgerEntry } from './types';
import { parseItemStatus } from './itemStatus';
import { isValidDueDate } from './ledgerDate';

/** Files larger than this (UTF-16 code units) are refused rather than parsed. */
export const MAX_LEDGER_SIZE = 8 * 1024 * 1024;
/** Aliases allowed when resolving the document: plenty for hand-written anchors, fatal for "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/** What is stored per id: the user's entry plus what re-anchoring needs. */
export interface LedgerRecord extends LedgerEntry {
  doc?: string;
  text?: string;
  anchor?: string;
}

export type LedgerField = keyof LedgerRecord;
export const LEDGER_FIELDS: readonly LedgerField[] = ['status', 'owner', 'note', 'due', 'doc', 'text', 'anchor'];

export type LedgerProblemCode = 'unknown-status' | 'bad-date' | 'not-text' | 'not-a-map';

export interface LedgerProblem {
  code: LedgerProblemCode;
  /** English message; adapters may localise by `code`. */
  message: string;
  /** 0-based line of the offending value. */
  line: number;
  field?: LedgerField;
  value?: string;
}

export interface LedgerItem {
  id: string;
  record: LedgerRecord;
  /** 0-based line of the id key. */
  line: number;
  problems: LedgerProblem[];
}

export interface LedgerParseError {
  message: string;
  /** 0-based line. */
  line: number;
}

export interface ParsedLedger {
  items: LedgerItem[];
  byId: Map<string, LedgerItem>;
  error: LedgerParseError | null;
}

/** The yaml options every ledger read and write uses. */
export function parseLedgerDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(text, { uniqueKeys: true, prettyErrors: true, keepSourceTokens: false, lineCounter });
}

/** Checks that `text` is a readable ledger document; returns the first error or null. */
export function ledgerSyntaxError(text: string): LedgerParseError | null {
  if (text.length > MAX_LEDGER_SIZE) return { message: `Ledger file too large (over ${MAX_LEDGER_SIZE} characters)`, line: 0 };
  const lineCounter = new LineCounter();
  const doc = parseLedgerDocument(text, lineCounter);
  return documentError(doc, lineCounter);
}

export function parseLedger(text: string): ParsedLedger {
  const empty = (error: LedgerParseError | null): ParsedLedger => ({ items: [], byId: new Map(), error });
  if (text.length > MAX_LEDGER_SIZE) return empty({ message: `Ledger file too large (over ${MAX_LEDGER_SIZE} characters)`, line: 0 });
  const lineCounter = new LineCounter();
  const doc = parseLedgerDocument(text, lineCounter);
  const error = documentError(doc, lineCounter);
  if (error) return empty(error);
  const itemsMap = ledgerItemsMap(doc);
  if (!itemsMap) return empty(null);
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line - 1 : 0);
  const items: LedgerItem[] = [];
  const byId = new Map<string, LedgerItem>();
  for (const pair of itemsMap.items as Pair<unknown, unknown>[]) {
    const id = scalarString(pair.key);
    if (id === null) continue;
    const item = readItem(id, pair, lineOf);
    items.push(item);
    byId.set(id, item);
  }
  return { items, byId, error: null };
}

/** Syntax errors, duplicate keys, alias bombs and a wrong top-level shape, as one error with its line. */
function documentError(doc: Document.Parsed, lineCounter: LineCounter): LedgerParseError | null {
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    return { message: first.message.split('\n')[0] ?? first.message, line: Math.max(0, line - 1) };
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { message: e instanceof Error ? e.message : String(e), line: 0 };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return null;
  if (!isMap(root)) return { message: 'The ledger must be a mapping with an "items" key', line: nodeLine(root, lineCounter) };
  const items = root.get('items', true);
  if (items === undefined || items === null || (isScalar(items) && items.value === null)) return null;
  if (!isMap(items)) return { message: '"items" must be a mapping of item id → entry', line: nodeLine(items as Node, lineCounter) };
  return null;
}

function nodeLine(node: Node | undefined, lineCounter: LineCounter): number {
  return node?.range ? lineCounter.linePos(node.range[0]).line - 1 : 0;
}

/** The `items` mapping of a parsed ledger, or null when the document has none (yet). */
export function ledgerItemsMap(doc: Document): YAMLMap | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  const items = root.get('items', true);
  return isMap(items) ? items : null;
}

function readItem(id: string, pair: Pair<unknown, unknown>, lineOf: (node: Node | null | undefined) => number): LedgerItem {
  const line = lineOf(pair.key as Node);
  const record: LedgerRecord = {};
  const problems: LedgerProblem[] = [];
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) return { id, record, line, problems };
  if (!isMap(value)) {
    problems.push({ code: 'not-a-map', message: `Entry "${id}" must be a mapping (status, owner, note, due)`, line });
    return { id, record, line, problems };
  }
  for (const field of value.items as Pair<unknown, unknown>[]) {
    const key = scalarString(field.key);
    if (key === null || !(LEDGER_FIELDS as readonly string[]).includes(key)) continue;
    const name = key as LedgerField;
    const fieldLine = lineOf((field.value as Node | null) ?? (field.key as Node));
    const text = scalarString(field.value);
    if (text === null) {
      if (field.value === null || (isScalar(field.value) && field.value.value === null)) continue;
      problems.push({ code: 'not-text', message: `"${name}" of "${id}" must be a single value`, line: fieldLine, field: name });
      continue;
    }
    if (name === 'status') {
      const status = parseItemStatus(text);
      if (status) record.status = status;
      else problems.push({ code: 'unknown-status', message: `Unknown status "${text}" (expected todo, doing, done, dropped or 未开始, 进行中, 已完成, 已取消)`, line: fieldLine, field: name, value: text });
    } else if (name === 'due') {
      if (isValidDueDate(text)) record.due = text;
      else problems.push({ code: 'bad-date', message: `Bad date "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`, line: fieldLine, field: name, value: text });
    } else {
      record[name] = text;
    }
  }
  return { id, record, line, problems };
}

/** A scalar's value as text (numbers and booleans as written, YAML 1.1 dates as YYYY-MM-DD); null for anything else. */
function scalarString(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return node.source ?? String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}
