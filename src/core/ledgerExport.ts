// The ledger as a table: one row per target or commitment (plus one per orphaned entry), written as CSV,
// a Markdown table or JSON. Line numbers in exports are 1-based (what people see in an editor).
import type { DocumentFacts, TrackedItem } from './types';
import type { LedgerItem, LedgerRecord } from './ledger';
import { effectiveDeadline } from './due';

export type ExportFormat = 'csv' | 'markdown' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'markdown', 'json'];

export const EXPORT_COLUMNS = [
  'document',
  'line',
  'kind',
  'text',
  'value',
  'unit',
  'comparator',
  'deadline',
  'status',
  'owner',
  'note',
  'actor',
  'id',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportRow {
  document: string;
  /** 1-based; null for an orphaned entry. */
  line: number | null;
  kind: 'target' | 'commitment' | 'orphan';
  text: string;
  value: number | null;
  unit: string | null;
  comparator: string | null;
  /** The ledger's `due` when set, else the extracted deadline. */
  deadline: string | null;
  status: string | null;
  owner: string | null;
  note: string | null;
  actor: string | null;
  id: string;
}

export interface ExportDocument {
  /** How the document is named in the export (workspace-relative path, or the path given to the CLI). */
  name: string;
  facts: DocumentFacts;
}

/** Builds rows from the documents and a lookup of each item's ledger record. */
export function buildExportRows(
  documents: readonly ExportDocument[],
  recordOf: (itemId: string) => LedgerRecord | undefined,
  orphans: readonly LedgerItem[] = [],
): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const { name, facts } of documents) {
    const items: TrackedItem[] = [...facts.targets, ...facts.commitments].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const item of items) rows.push(itemRow(name, item, recordOf(item.id)));
  }
  for (const orphan of orphans) rows.push(orphanRow(orphan));
  return rows;
}

function itemRow(document: string, item: TrackedItem, record: LedgerRecord | undefined): ExportRow {
  const target = item.kind === 'target' ? item : null;
  return {
    document,
    line: item.line + 1,
    kind: item.kind,
    text: item.text,
    value: target ? target.value : null,
    unit: target ? target.unit : null,
    comparator: target ? target.comparator : null,
    deadline: effectiveDeadline(item.deadline, record?.due),
    status: record?.status ?? null,
    owner: record?.owner ?? null,
    note: record?.note ?? null,
    actor: item.actor,
    id: item.id,
  };
}

function orphanRow(orphan: LedgerItem): ExportRow {
  const record = orphan.record;
  return {
    document: record.doc ?? '',
    line: null,
    kind: 'orphan',
    text: record.text ?? '',
    value: null,
    unit: null,
    comparator: null,
    deadline: record.due ?? null,
    status: record.status ?? null,
    owner: record.owner ?? null,
    note: record.note ?? null,
    actor: null,
    id: orphan.id,
  };
}

function cellText(value: ExportRow[ExportColumn]): string {
  return value === null ? '' : String(value);
}

// ---- CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs show Chinese) ----

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (plain numbers stay as they are). */
export function neutraliseFormula(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)) return `'${cell}`;
  return cell;
}

function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((column) => csvField(neutraliseFormula(cellText(row[column])))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

// ---- Markdown (GitHub table; `|`, `\`, `<`, `&` escaped, line breaks as <br>) ----

export function escapeMarkdownCell(cell: string): string {
  return cell
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export function toMarkdown(rows: readonly ExportRow[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const out = [line(EXPORT_COLUMNS), line(EXPORT_COLUMNS.map(() => '---'))];
  for (const row of rows) out.push(line(EXPORT_COLUMNS.map((column) => escapeMarkdownCell(cellText(row[column])))));
  return out.join('\n') + '\n';
}

// ---- JSON ----

export function toJson(rows: readonly ExportRow[]): string {
  return JSON.stringify({ columns: EXPORT_COLUMNS, rows }, null, 2) + '\n';
}

export function formatExport(rows: readonly ExportRow[], format: ExportFormat): string {
  if (format === 'csv') return toCsv(rows);
  if (format === 'markdown') return toMarkdown(rows);
  return toJson(rows);
}

/** File extension for a format. */
export function exportExtension(format: ExportFormat): string {
  return format === 'markdown' ? 'md' : format;
}
