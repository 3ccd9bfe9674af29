import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildExportRows, EXPORT_COLUMNS, neutraliseFormula, toCsv, toJson, toMarkdown, type ExportRow } from '../../src/core/ledgerExport';
import type { Commitment, DocumentFacts, Target } from '../../src/core/types';
import { parseLedger } from '../../src/core/ledger';

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') record.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), (i += 2);
    else if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    else (field += ch), i++;
  }
  assert.equal(quoted, false, 'unterminated quote');
  assert.equal(field, '', 'last record must end with CRLF');
  assert.equal(record.length, 0);
  return records;
}

/** GitHub table reader for what toMarkdown writes. */
function parseMarkdown(text: string): string[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.map((line) => {
    assert.ok(line.startsWith('| ') && line.endsWith(' |'), line);
    const cells: string[] = [];
    let cell = '';
    const body = line.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\') cell += body[i]! + body[++i]!;
      else if (body[i] === '|') cells.push(cell), (cell = '');
      else cell += body[i];
    }
    cells.push(cell);
    return cells.map((raw) =>
      raw
        .replace(/^[ \t]+|[ \t]+$/g, '')
        .replace(/<br>|\\\\|\\\||&lt;|&amp;/g, (m) => ({ '<br>': '\n', '\\\\': '\\', '\\|': '|', '&lt;': '<', '&amp;': '&' })[m]!),
    );
  });
}

function cell(value: ExportRow[keyof ExportRow]): string {
  return value === null ? '' : String(value);
}

const target: Target = {
  id: 'a.txt#t0', kind: 'target', anchor: '9%以上', text: '确保GDP年均增速达9%以上，"质量"|效益=同步提升。', sentence: { start: 0, end: 26, line: 3 },
  start: 10, end: 15, line: 3, value: 9, unit: '%', comparator: '>=', deadline: '2021/2025', actor: '市政府',
};
const commitment: Commitment = {
  id: 'a.txt#c1', kind: 'commitment', text: '=HYPERLINK("http://x")加快推进项目建设', sentence: { start: 30, end: 50, line: 5 },
  start: 30, end: 50, line: 5, deadline: null, actor: null,
};
const facts: DocumentFacts = { uri: 'file:///ws/a.txt', year: 2021, targets: [target], commitments: [commitment], slogans: [], terms: [], headings: [] };
const ledger = parseLedger([
  'items:',
  '  a.txt#t0:',
  '    status: done',
  '    owner: "@市发改委"',
  '    note: "第一行\\n第二行, 含逗号"',
  '  gone:',
  '    status: doing',
  '    doc: a.txt',
  '    text: "-已删除的句子"',
  '    due: 2025-06',
  '',
].join('\n'));

const rows = buildExportRows([{ name: 'a.txt', facts }], (id) => ledger.byId.get(id)?.record, [ledger.byId.get('gone')!]);

test('rows carry ledger fields, the effective deadline and orphans', () => {
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], {
    document: 'a.txt', line: 4, kind: 'target', text: target.text, value: 9, unit: '%', comparator: '>=', deadline: '2021/2025',
    status: 'done', owner: '@市发改委', note: '第一行\n第二行, 含逗号', actor: '市政府', id: 'a.txt#t0',
  });
  assert.equal(rows[1]!.kind, 'commitment');
  assert.equal(rows[1]!.status, null);
  assert.deepEqual({ kind: rows[2]!.kind, document: rows[2]!.document, deadline: rows[2]!.deadline, line: rows[2]!.line }, { kind: 'orphan', document: 'a.txt', deadline: '2025-06', line: null });
});

test('CSV: BOM, RFC 4180 quoting, formula cells neutralised; parses back', () => {
  const csv = toCsv(rows);
  assert.ok(csv.startsWith('\uFEFFdocument,line,kind,'));
  const records = parseCsv(csv.slice(1));
  assert.deepEqual(records[0], [...EXPORT_COLUMNS]);
  assert.equal(records.length, rows.length + 1);
  rows.forEach((row, r) => {
    EXPORT_COLUMNS.forEach((column, c) => assert.equal(records[r + 1]![c], neutraliseFormula(cell(row[column])), `${r}:${column}`));
  });
  assert.equal(records[1]![EXPORT_COLUMNS.indexOf('owner')], "'@市发改委");
  assert.equal(records[2]![EXPORT_COLUMNS.indexOf('text')], `'=HYPERLINK("http://x")加快推进项目建设`);
  assert.equal(records[3]![EXPORT_COLUMNS.indexOf('text')], "'-已删除的句子");
  assert.equal(neutraliseFormula('-5'), '-5');
  assert.equal(neutraliseFormula('+1 ...'), "'+1 ...");
});

test('Markdown: pipes and line breaks escaped; parses back', () => {
  const table = parseMarkdown(toMarkdown(rows));
  assert.deepEqual(table[0], [...EXPORT_COLUMNS]);
  assert.equal(table.length, rows.length + 2);
  rows.forEach((row, r) => {
    EXPORT_COLUMNS.forEach((column, c) => assert.equal(table[r + 2]![c], cell(row[column]), `${r}:${column}`));
  });
});

test('JSON parses back to the rows', () => {
  const parsed = JSON.parse(toJson(rows)) as { columns: string[]; rows: ExportRow[] };
  assert.deepEqual(parsed.columns, [...EXPORT_COLUMNS]);
  assert.deepEqual(parsed.rows, rows);
});

test('property: arbitrary text survives every format', () => {
  const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '|', '\\', '\n', '<br>', '&lt;', '=', '-', '@', ' ', '\r\n', '\t') });
  fc.assert(
    fc.property(text, text, (sentence, note) => {
      const trimmed = (s: string): string => s.replace(/\r\n|\r/g, '\n').replace(/^[ \t]+|[ \t]+$/g, '');
      const row: ExportRow = { ...rows[1]!, text: sentence, note };
      const csv = parseCsv(toCsv([row]).slice(1));
      assert.equal(csv[1]![EXPORT_COLUMNS.indexOf('text')], neutraliseFormula(sentence));
      assert.equal(csv[1]![EXPORT_COLUMNS.indexOf('note')], neutraliseFormula(note));
      const md = parseMarkdown(toMarkdown([row]));
      assert.equal(md[2]![EXPORT_COLUMNS.indexOf('text')], trimmed(sentence));
      assert.equal(md[2]![EXPORT_COLUMNS.indexOf('note')], trimmed(note));
      assert.deepEqual((JSON.parse(toJson([row])) as { rows: ExportRow[] }).rows[0], row);
    }),
    { numRuns: 300 },
  );
});
