// The scan result in the machine-readable shape of spec §4 (extra fields: id, kind, actor, anchor), and
// its CSV and Markdown renderings.
import type { DocumentFacts, Slogan } from '../core/types';

export interface ScanTarget {
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

export interface ScanCommitment {
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

export interface ScanResult {
  documents: ScanDocument[];
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

const CSV_COLUMNS = ['file', 'kind', 'id', 'line', 'start', 'end', 'anchor', 'value', 'unit', 'comparator', 'deadline', 'actor', 'text'] as const;

/** One row per target and commitment; RFC 4180 quoting, formula-looking cells neutralised, BOM for Excel. */
export function formatCsv(result: ScanResult): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const doc of result.documents) {
    for (const t of doc.targets) {
      rows.push(csvRow([doc.file, t.kind, t.id, t.line + 1, t.start, t.end, t.anchor, t.value, t.unit, t.comparator, t.deadline, t.actor, t.text]));
    }
    for (const c of doc.commitments) {
      rows.push(csvRow([doc.file, c.kind, c.id, c.line + 1, c.start, c.end, '', null, null, '', c.deadline, c.actor, c.text]));
    }
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
      out.push('| 行 line | 锚点 anchor | 数值 value | 单位 unit | 比较 cmp | 期限 deadline | 责任 actor | 原文 text |', '|---|---|---|---|---|---|---|---|');
      for (const t of doc.targets) {
        out.push(`| ${t.line + 1} | ${md(t.anchor)} | ${t.value ?? ''} | ${md(t.unit ?? '')} | ${md(t.comparator)} | ${t.deadline ?? ''} | ${md(t.actor ?? '')} | ${md(t.text)} |`);
      }
      out.push('');
    }
    out.push(`### 任务 / Commitments (${doc.commitments.length})`, '');
    for (const c of doc.commitments) out.push(`- L${c.line + 1}${c.deadline ? ` [${c.deadline}]` : ''}${c.actor ? ` (${md(c.actor)})` : ''}: ${md(c.text)}`);
    if (doc.commitments.length > 0) out.push('');
    out.push(`### 提法 / Slogans (${doc.slogans.length})`, '');
    for (const s of doc.slogans) out.push(`- ${md(s.term)} ×${s.count}${s.definition ? `: ${s.definition.map(md).join('、')}` : ''}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function md(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}
