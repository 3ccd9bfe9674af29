// The scan result in the machine-readable shape of spec §4 (extra fields: id, kind, actor, anchor), and
// its CSV and Markdown renderings.
import type { DocumentFacts, Slogan } from '../core/types';

/** Ledger fields, present on every item when the scan was given --ledger (see scanLedger.ts). */
export interface ScanLedgerFields {
  /** The key of the item in the ledger (what `policy-tracker status` takes). */
  ledgerId?: string;
  status?: string | null;
  owner?: string | null;
  note?: string | null;
  due?: string | null;
}

export interface ScanTarget extends ScanLedgerFields {
  id: string;
  kind: 'target';
  start: number;
  end: number;
  line: number;
  anchor: string;
  text: string;
  value: number | null;
  unit: string | null;
  comparator: string;
  deadline: string | null;
  actor: string | null;
}

export interface ScanCommitment extends ScanLedgerFields {
  id: string;
  kind: 'commitment';
  start: number;
  end: number;
  line: number;
  text: string;
  deadline: string | null;
  actor: string | null;
}

export interface ScanSlogan {
  term: string;
  count: number;
  definition: string[] | null;
  occurrences: Array<{ start: number; end: number; line: number }>;
}

export interface ScanDocument {
  file: string;
  year: number | null;
  targets: ScanTarget[];
  commitments: ScanCommitment[];
  slogans: ScanSlogan[];
}

/** A ledger entry that matches no scanned item. */
export interface ScanOrphan {
  id: string;
  doc: string | null;
  text: string | null;
  status: string | null;
  owner: string | null;
  note: string | null;
  due: string | null;
}

export interface ScanResult {
  documents: ScanDocument[];
  /** Present with --ledger. */
  ledger?: { file: string; orphans: ScanOrphan[] };
}

export function toScanDocument(file: string, facts: DocumentFacts): ScanDocument {
  return {
    file,
    year: facts.year,
    targets: facts.targets.map((t) => ({
      id: t.id,
      kind: 'target',
      start: t.start,
      end: t.end,
      line: t.line,
      anchor: t.anchor,
      text: t.text,
      value: t.value,
      unit: t.unit,
      comparator: t.comparator,
      deadline: t.deadline,
      actor: t.actor,
    })),
    commitments: facts.commitments.map((c) => ({
      id: c.id,
      kind: 'commitment',
      start: c.start,
      end: c.end,
      line: c.line,
      text: c.text,
      deadline: c.deadline,
      actor: c.actor,
    })),
    slogans: facts.slogans.map(toScanSlogan),
  };
}

function toScanSlogan(slogan: Slogan): ScanSlogan {
  const first = slogan.definitions[0];
  return {
    term: slogan.term,
    count: slogan.count,
    definition: first ? first.components.map((c) => c.text) : null,
    occurrences: slogan.occurrences.map((o) => ({ start: o.start, end: o.end, line: o.line })),
  };
}

export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const LEDGER_COLUMNS = ['status', 'owner', 'note', 'due'] as const;
const CSV_COLUMNS = ['file', 'kind', 'id', 'line', 'start', 'end', 'anchor', 'value', 'unit', 'comparator', 'deadline', 'actor', 'text'] as const;

/** One row per target and commitment; RFC 4180 quoting, formula-looking cells neutralised, BOM for Excel. */
export function formatCsv(result: ScanResult): string {
  // With --ledger: status, owner, note, due columns, and one row per orphaned entry (kind "orphan").
  const ledger = (item: ScanLedgerFields): Array<string | null> => (result.ledger ? [item.status ?? null, item.owner ?? null, item.note ?? null, item.due ?? null] : []);
  const rows: string[] = [[...CSV_COLUMNS, ...(result.ledger ? LEDGER_COLUMNS : [])].join(',')];
  for (const doc of result.documents) {
    for (const t of doc.targets) {
      rows.push(csvRow([doc.file, t.kind, t.id, t.line + 1, t.start, t.end, t.anchor, t.value, t.unit, t.comparator, t.deadline, t.actor, t.text, ...ledger(t)]));
    }
    for (const c of doc.commitments) {
      rows.push(csvRow([doc.file, c.kind, c.id, c.line + 1, c.start, c.end, '', null, null, '', c.deadline, c.actor, c.text, ...ledger(c)]));
    }
  }
  for (const o of result.ledger?.orphans ?? []) {
    rows.push(csvRow([o.doc, 'orphan', o.id, null, null, null, '', null, null, '', null, null, o.text, ...ledger(o)]));
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function csvRow(cells: Array<string | number | null>): string {
  return cells.map(csvCell).join(',');
}

function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  let text = String(cell).replace(/\r\n|\r|\n/g, ' ');
  if (typeof cell === 'string' && /^[=+\-@\t]/.test(text)) text = `'${text}`;
  return /[",\s]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Markdown report: per document, a table of targets, then commitments and slogans. */
export function formatMarkdown(result: ScanResult): string {
  const out: string[] = ['# 政策追踪 / Policy Tracker', ''];
  for (const doc of result.documents) {
    out.push(`## ${doc.file}`, '', `年份 / year: ${doc.year ?? '—'}`, '');
    out.push(`### 目标 / Targets (${doc.targets.length})`, '');
    if (doc.targets.length > 0) {
      const head = result.ledger ? ' 状态 status | 责任单位 owner | 备注 note | 到期 due |' : '';
      out.push(`| 行 line | 锚点 anchor | 数值 value | 单位 unit | 比较 cmp | 期限 deadline | 责任 actor | 原文 text |${head}`, `|---|---|---|---|---|---|---|---|${result.ledger ? '---|---|---|---|' : ''}`);
      for (const t of doc.targets) {
        out.push(`| ${t.line + 1} | ${md(t.anchor)} | ${t.value ?? ''} | ${md(t.unit ?? '')} | ${md(t.comparator)} | ${t.deadline ?? ''} | ${md(t.actor ?? '')} | ${md(t.text)} |${ledgerCells(result, t)}`);
      }
      out.push('');
    }
    out.push(`### 任务 / Commitments (${doc.commitments.length})`, '');
    for (const c of doc.commitments) out.push(`- L${c.line + 1}${c.deadline ? ` [${c.deadline}]` : ''}${c.actor ? ` (${md(c.actor)})` : ''}: ${md(c.text)}${ledgerNote(c)}`);
    if (doc.commitments.length > 0) out.push('');
    out.push(`### 提法 / Slogans (${doc.slogans.length})`, '');
    for (const s of doc.slogans) out.push(`- ${md(s.term)} ×${s.count}${s.definition ? `: ${s.definition.map(md).join('、')}` : ''}`);
    out.push('');
  }
  if (result.ledger) {
    out.push(`## 台账孤立条目 / Orphaned ledger entries (${result.ledger.orphans.length})`, '');
    for (const o of result.ledger.orphans) out.push(`- ${md(o.id)}${o.doc ? ` (${md(o.doc)})` : ''}: ${md(o.text ?? '')}${ledgerNote(o)}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function ledgerCells(result: ScanResult, item: ScanLedgerFields): string {
  if (!result.ledger) return '';
  return ` ${md(item.status ?? '')} | ${md(item.owner ?? '')} | ${md(item.note ?? '')} | ${md(item.due ?? '')} |`;
}

/** ` — done · 市发改委 · due 2026-06 · 已报送` for list lines; '' without ledger fields. */
function ledgerNote(item: ScanLedgerFields): string {
  const parts = [item.status, item.owner, item.due ? `due ${item.due}` : null, item.note].filter((p): p is string => !!p);
  return parts.length ? ` — ${md(parts.join(' · '))}` : '';
}

function md(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}
