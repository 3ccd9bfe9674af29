// Writing one ledger entry without disturbing anything else in the file.
//
// Every edit is made twice: through the yaml Document API (setIn/deleteIn), which defines the expected
// result, and as a minimal text splice (replace one value, add or remove one line, append one entry).
// The splice is used when re-parsing it gives exactly the Document API's data, so comments, key order,
// quoting, blank lines and line endings of everything not edited survive byte for byte; otherwise (flow
// maps, block scalars, odd layouts) the Document API's own rendering is used, which still keeps comments
// and order. A text that does not parse is never written: the caller gets the parse error instead.
import { isMap, isScalar, parse, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { ITEM_STATUSES } from './itemStatus';
import { isValidDueDate } from './ledgerDate';
import {
  LEDGER_FIELDS,
  MAX_ALIAS_COUNT,
  MAX_LEDGER_SIZE,
  ledgerItemsMap,
  ledgerSyntaxError,
  parseLedgerDocument,
  type LedgerField,
  type LedgerParseError,
} from './ledger';

/** Fields to change: a string sets the field, null or '' removes it, an absent key leaves it alone. */
export type LedgerPatch = Partial<Record<LedgerField, string | null>>;

export type LedgerEditResult = { ok: true; text: string; changed: boolean } | { ok: false; error: LedgerParseError };

/** What a new ledger file starts with, for the people who will edit it by hand. */
export const LEDGER_HEADER = [
  '# 政策追踪台账 / Policy Tracker ledger',
  '# status: todo | doing | done | dropped (未开始 | 进行中 | 已完成 | 已取消); owner: 责任单位; note: 备注;',
  '# due: YYYY, YYYY-MM or YYYY-MM-DD (overrides the deadline found in the text).',
  '# doc / text / anchor: where the item was found, so its status follows it when the sentence changes.',
  'items:',
  '',
].join('\n');

/** Sets (or creates) the entry for `id`. Pure: returns the new file text. A blank file starts with LEDGER_HEADER. */
export function setEntry(sourceText: string, id: string, patch: LedgerPatch): LedgerEditResult {
  const invalid = patchError(patch);
  if (invalid) return { ok: false, error: invalid };
  if (sourceText.trim() === '' && patchedFields(patch).some((field) => patch[field])) sourceText = LEDGER_HEADER;
  const error = ledgerSyntaxError(sourceText);
  if (error) return { ok: false, error };
  const doc = parseLedgerDocument(sourceText);
  const expectedDoc = doc.clone();
  applyPatch(expectedDoc, id, patch);
  const expected = expectedDoc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  if (deepEqual(expected, doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))) return { ok: true, text: sourceText, changed: false };
  const spliced = spliceEntry(sourceText, doc, id, patch);
  const text = spliced !== null && sameData(spliced, expected) ? spliced : renderDocument(expectedDoc);
  return { ok: true, text, changed: true };
}

/** Renames the key of an entry (after re-anchoring gave its item a new id). Fails when `newId` already exists. */
export function renameEntry(sourceText: string, oldId: string, newId: string): LedgerEditResult {
  const error = ledgerSyntaxError(sourceText);
  if (error) return { ok: false, error };
  if (oldId === newId) return { ok: true, text: sourceText, changed: false };
  const doc = parseLedgerDocument(sourceText);
  const items = ledgerItemsMap(doc);
  const pair = items ? findPair(items, oldId) : undefined;
  if (!items || !pair) return { ok: false, error: { message: `No ledger entry "${oldId}"`, line: 0 } };
  if (findPair(items, newId)) return { ok: false, error: { message: `Ledger entry "${newId}" already exists`, line: 0 } };
  const expectedDoc = doc.clone();
  const expectedItems = ledgerItemsMap(expectedDoc)!;
  const expectedPair = findPair(expectedItems, oldId)!;
  expectedPair.key = expectedDoc.createNode(newId);
  const expected = expectedDoc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  const key = pair.key as Node;
  let text: string | null = null;
  if (key.range && isScalar(key)) text = sourceText.slice(0, key.range[0]) + scalarText(newId) + sourceText.slice(key.range[1]);
  return { ok: true, text: text !== null && sameData(text, expected) ? text : renderDocument(expectedDoc), changed: true };
}

function patchError(patch: LedgerPatch): LedgerParseError | null {
  const status = patch.status;
  if (status && !(ITEM_STATUSES as readonly string[]).includes(status)) return { message: `Unknown status "${status}" (expected ${ITEM_STATUSES.join(', ')})`, line: 0 };
  if (patch.due && !isValidDueDate(patch.due)) return { message: `Bad date "${patch.due}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`, line: 0 };
  return null;
}

function patchedFields(patch: LedgerPatch): LedgerField[] {
  return LEDGER_FIELDS.filter((field) => patch[field] !== undefined);
}

function applyPatch(doc: Document, id: string, patch: LedgerPatch): void {
  const existing = ledgerItemsMap(doc);
  if (!(existing && findPair(existing, id)) && !patchedFields(patch).some((field) => patch[field])) return;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  const root = doc.contents as unknown as YAMLMap;
  if (!isMap(root.get('items', true))) root.set('items', doc.createNode({}));
  const items = root.get('items', true) as unknown as YAMLMap;
  let pair = findPair(items, id);
  if (!pair) {
    items.add(doc.createPair(id, doc.createNode({})));
    pair = findPair(items, id)!;
  }
  if (!isMap(pair.value)) pair.value = doc.createNode({});
  const entry = pair.value as YAMLMap;
  for (const field of patchedFields(patch)) {
    const value = patch[field];
    if (value === null || value === '') entry.delete(field);
    else entry.set(field, value);
  }
}

function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  return (map.items as Pair<unknown, unknown>[]).find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

function renderDocument(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

function sameData(text: string, expected: unknown): boolean {
  if (text.length > MAX_LEDGER_SIZE) return false;
  const doc = parseLedgerDocument(text);
  if (doc.errors.length) return false;
  try {
    return deepEqual(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), expected);
  } catch {
    return false;
  }
}

interface TextEdit {
  at: number;
  end: number;
  insert: string;
}

/** The minimal text edit for the patch, or null when the layout is not one this handles. */
function spliceEntry(text: string, doc: Document, id: string, patch: LedgerPatch): string | null {
  const items = ledgerItemsMap(doc);
  if (!items || items.flow || !items.range || items.items.length === 0) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = findPair(items, id);
  const itemIndent = keyColumn(text, items.items[0] as Pair<unknown, unknown>);
  if (itemIndent === null) return null;
  if (!pair) {
    const step = fieldStep(text, items, itemIndent);
    const lines = patchedFields(patch)
      .filter((field) => patch[field])
      .map((field) => `${' '.repeat(itemIndent + step)}${field}: ${scalarText(patch[field]!)}${eol}`);
    const block = `${' '.repeat(itemIndent)}${scalarText(id)}:${eol}${lines.join('')}`;
    return applyEdits(text, [insertAtLineEnd(text, items.range[1], block, eol)]);
  }
  const entry = pair.value;
  if (!isMap(entry) || entry.flow || !entry.range || entry.items.length === 0) return null;
  const fieldIndent = keyColumn(text, entry.items[0] as Pair<unknown, unknown>);
  if (fieldIndent === null) return null;
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const field of patchedFields(patch)) {
    const value = patch[field];
    const existing = findPair(entry, field);
    if (value === undefined) continue;
    if (value === null || value === '') {
      if (!existing) continue;
      const removal = lineRemoval(text, existing);
      if (!removal) return null;
      edits.push(removal);
    } else if (existing) {
      const node = existing.value;
      if (!isScalar(node) || !node.range || node.value === null || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return null;
      edits.push({ at: node.range[0], end: node.range[1], insert: scalarText(value) });
    } else {
      added.push(`${' '.repeat(fieldIndent)}${field}: ${scalarText(value)}${eol}`);
    }
  }
  if (added.length) edits.push(insertAtLineEnd(text, entry.range[1], added.join(''), eol));
  return applyEdits(text, edits);
}

/** Column of a pair's key when the key starts its line (block layout), else null. */
function keyColumn(text: string, pair: Pair<unknown, unknown>): number | null {
  const key = pair.key as Node | null;
  if (!key?.range) return null;
  const start = lineStartOf(text, key.range[0]);
  return /^[ ]*$/.test(text.slice(start, key.range[0])) ? key.range[0] - start : null;
}

/** Indentation of entry fields relative to entry keys, as the file already does it (default 2). */
function fieldStep(text: string, items: YAMLMap, itemIndent: number): number {
  for (const pair of items.items as Pair<unknown, unknown>[]) {
    if (isMap(pair.value) && !pair.value.flow && pair.value.items.length) {
      const column = keyColumn(text, pair.value.items[0] as Pair<unknown, unknown>);
      if (column !== null && column > itemIndent) return column - itemIndent;
    }
  }
  return 2;
}

function lineStartOf(text: string, offset: number): number {
  const newline = text.lastIndexOf('\n', offset - 1);
  return newline + 1;
}

/** Removes the whole line(s) of a `field: value` pair, with its trailing comment. */
function lineRemoval(text: string, pair: Pair<unknown, unknown>): TextEdit | null {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range || keyColumn(text, pair) === null) return null;
  const lastEnd = value?.range ? value.range[1] : key.range[1];
  const newline = text.indexOf('\n', Math.max(lastEnd - 1, key.range[1]));
  const end = newline === -1 ? text.length : newline + 1;
  return { at: lineStartOf(text, key.range[0]), end, insert: '' };
}

/** Inserts whole lines at `offset`, which must be a line start (or the end of a file without a final newline). */
function insertAtLineEnd(text: string, offset: number, lines: string, eol: string): TextEdit {
  const atLineStart = offset === 0 || text[offset - 1] === '\n';
  return { at: offset, end: offset, insert: atLineStart ? lines : eol + lines.slice(0, lines.length - eol.length) };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.end);
  return out;
}

/** A string as a one-line YAML scalar: plain when that reads back unchanged, else double-quoted. */
export function scalarText(value: string): string {
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  if (!plain.includes('\n') && !plain.startsWith('|') && !plain.startsWith('>')) {
    try {
      if (parse(plain) === value) return plain;
    } catch {
      // fall through to the quoted form
    }
  }
  return JSON.stringify(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
