import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLedger, MAX_LEDGER_SIZE } from '../../src/core/ledger';
import { LEDGER_HEADER, renameEntry, scalarText, setEntry } from '../../src/core/ledgerEdit';
import { parseItemStatus } from '../../src/core/itemStatus';
import { isValidDueDate } from '../../src/core/ledgerDate';

const SAMPLE = [
  '# 台账 — edited by hand, keep this comment',
  'items:',
  '  t-001:   # first item',
  '    status: done   # reported',
  '    owner: 市发改委',
  "    note: '已报送'",
  '',
  '  # a comment between entries',
  '  c-002:',
  '    status: 进行中',
  '    due: 2026-06-30',
  '    doc: seeds/000.txt',
  '    text: "到2025年，完成改造。"',
  '',
  '  x-003: {status: todo, owner: "区政府"}',
  '# trailing comment',
  '',
].join('\n');

test('parses entries, Chinese status labels and the re-anchoring snapshot', () => {
  const ledger = parseLedger(SAMPLE);
  assert.equal(ledger.error, null);
  assert.deepEqual(ledger.items.map((item) => item.id), ['t-001', 'c-002', 'x-003']);
  assert.deepEqual(ledger.byId.get('t-001')!.record, { status: 'done', owner: '市发改委', note: '已报送' });
  assert.deepEqual(ledger.byId.get('c-002')!.record, { status: 'doing', due: '2026-06-30', doc: 'seeds/000.txt', text: '到2025年，完成改造。' });
  assert.equal(ledger.byId.get('c-002')!.line, 8);
  assert.deepEqual(ledger.byId.get('x-003')!.record, { status: 'todo', owner: '区政府' });
});

test('reports an unknown status and a bad date per entry, keeping the rest', () => {
  const ledger = parseLedger('items:\n  a:\n    status: finished\n    owner: 甲\n  b:\n    due: 2026-02-30\n  c:\n    due: 2026-13\n  d:\n    due: 2026\n');
  assert.equal(ledger.error, null);
  const a = ledger.byId.get('a')!;
  assert.deepEqual(a.record, { owner: '甲' });
  assert.equal(a.problems[0]!.code, 'unknown-status');
  assert.equal(a.problems[0]!.line, 2);
  assert.equal(ledger.byId.get('b')!.problems[0]!.code, 'bad-date');
  assert.equal(ledger.byId.get('b')!.problems[0]!.line, 5);
  assert.equal(ledger.byId.get('c')!.problems[0]!.code, 'bad-date');
  assert.deepEqual(ledger.byId.get('d')!.record, { due: '2026' });
});

test('empty, comment-only and items-less files are empty ledgers, not errors', () => {
  for (const text of ['', '# nothing yet\n', 'items:\n', 'items: {}\n']) {
    const ledger = parseLedger(text);
    assert.equal(ledger.error, null, text);
    assert.equal(ledger.items.length, 0);
  }
});

test('syntax errors, duplicate keys, alias bombs, wrong shapes and huge files are errors with a line', () => {
  const syntax = parseLedger('items:\n  a:\n    status: done\n  b: [unclosed\n');
  assert.ok(syntax.error);
  assert.equal(syntax.items.length, 0);
  const duplicate = parseLedger('items:\n  a:\n    status: done\n  a:\n    status: todo\n');
  assert.ok(duplicate.error);
  assert.equal(duplicate.error.line, 3);
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
  bomb.push('items: {}');
  assert.ok(parseLedger(bomb.join('\n')).error);
  assert.ok(parseLedger('- just\n- a list\n').error);
  assert.ok(parseLedger('items: [1, 2]\n').error);
  assert.ok(parseLedger('items: {}\n#' + 'x'.repeat(MAX_LEDGER_SIZE)).error);
});

test('status and date vocabularies', () => {
  assert.equal(parseItemStatus('已完成'), 'done');
  assert.equal(parseItemStatus(' DOING '), 'doing');
  assert.equal(parseItemStatus('完成'), null);
  assert.ok(isValidDueDate('2024-02-29'));
  assert.ok(!isValidDueDate('2023-02-29'));
  assert.ok(!isValidDueDate('2026/06/30'));
});

test('setEntry changes one value and leaves every other byte alone', () => {
  const result = setEntry(SAMPLE, 'c-002', { status: 'done' });
  assert.ok(result.ok);
  assert.equal(result.text, SAMPLE.replace('status: 进行中', 'status: done'));
});

test('setEntry adds a field at the end of the entry and a new entry at the end of items', () => {
  const added = setEntry(SAMPLE, 't-001', { due: '2026-12' });
  assert.ok(added.ok);
  assert.equal(added.text, SAMPLE.replace("    note: '已报送'\n", "    note: '已报送'\n    due: 2026-12\n"));
  const created = setEntry(SAMPLE, 'new-9', { status: 'todo', owner: '市教育局', text: '到2025年：建成, "quoted" # not a comment' });
  assert.ok(created.ok);
  const expectedBlock = '  new-9:\n    status: todo\n    owner: 市教育局\n    text: \'到2025年：建成, "quoted" # not a comment\'\n';
  assert.equal(created.text, SAMPLE.replace('# trailing comment', expectedBlock + '# trailing comment'));
  assert.deepEqual(parseLedger(created.text).byId.get('new-9')!.record, { status: 'todo', owner: '市教育局', text: '到2025年：建成, "quoted" # not a comment' });
});

test('setEntry removes a field with null and keeps the comment on other lines', () => {
  const result = setEntry(SAMPLE, 't-001', { owner: null });
  assert.ok(result.ok);
  assert.equal(result.text, SAMPLE.replace('    owner: 市发改委\n', ''));
});

test('setEntry on a flow entry falls back to the Document API and keeps comments', () => {
  const result = setEntry(SAMPLE, 'x-003', { status: 'dropped' });
  assert.ok(result.ok);
  const ledger = parseLedger(result.text);
  assert.equal(ledger.byId.get('x-003')!.record.status, 'dropped');
  assert.equal(ledger.byId.get('x-003')!.record.owner, '区政府');
  for (const comment of ['# 台账 — edited by hand, keep this comment', '# first item', '# reported', '# a comment between entries', '# trailing comment']) {
    assert.ok(result.text.includes(comment), comment);
  }
});

test('setEntry creates the file structure from nothing', () => {
  for (const source of ['', '# ledger\n', 'items:\n']) {
    const result = setEntry(source, 'a/b#1', { status: 'doing', note: '第一季度' });
    assert.ok(result.ok);
    assert.deepEqual(parseLedger(result.text).byId.get('a/b#1')!.record, { status: 'doing', note: '第一季度' });
    if (source.startsWith('#')) assert.ok(result.text.startsWith('# ledger'));
    if (source === '') assert.ok(result.text.startsWith(LEDGER_HEADER), result.text);
  }
});

test('setEntry keeps CRLF line endings', () => {
  const crlf = SAMPLE.replace(/\n/g, '\r\n');
  const result = setEntry(crlf, 'c-002', { owner: '乙' });
  assert.ok(result.ok);
  assert.equal(result.text, crlf.replace('text: "到2025年，完成改造。"\r\n', 'text: "到2025年，完成改造。"\r\n    owner: 乙\r\n'));
});

test('setEntry refuses to write an unparsable file or invalid values', () => {
  const broken = 'items:\n  a: [\n';
  const result = setEntry(broken, 'a', { status: 'done' });
  assert.equal(result.ok, false);
  assert.equal(setEntry(SAMPLE, 'a', { status: 'finished' }).ok, false);
  assert.equal(setEntry(SAMPLE, 'a', { due: '明年' }).ok, false);
});

test('setEntry with no change returns the text unchanged', () => {
  const result = setEntry(SAMPLE, 't-001', { status: 'done' });
  assert.ok(result.ok);
  assert.equal(result.changed, false);
  assert.equal(result.text, SAMPLE);
});

test('renameEntry replaces only the key', () => {
  const result = renameEntry(SAMPLE, 'c-002', 'c-777');
  assert.ok(result.ok);
  assert.equal(result.text, SAMPLE.replace('  c-002:', '  c-777:'));
  assert.equal(renameEntry(SAMPLE, 'c-002', 't-001').ok, false);
});

test('property: any set of values round-trips and other entries stay byte for byte', () => {
  const value = fc.oneof(fc.string(), fc.constantFrom('yes', 'null', '123', '- a', '#x', 'a: b', '"q"', "'", '  pad ', '多行\n文本', '2026-06-30', ''));
  fc.assert(
    fc.property(fc.constantFrom('t-001', 'c-002', 'fresh'), value, value, (id, owner, note) => {
      const result = setEntry(SAMPLE, id, { owner, note });
      assert.ok(result.ok);
      const record = parseLedger(result.text).byId.get(id)?.record ?? {};
      assert.equal(record.owner, owner === '' ? undefined : owner);
      assert.equal(record.note, note === '' ? undefined : note);
      // The first lines (comment + t-001) are untouched unless t-001 was the target.
      if (id !== 't-001') assert.ok(result.text.startsWith(SAMPLE.slice(0, SAMPLE.indexOf('  # a comment'))));
    }),
    { numRuns: 200 },
  );
});

test('scalarText reads back as the same string', () => {
  for (const value of ['plain', '123', 'true', 'a: b', ' x', 'x ', '# y', '多行\n文本', '\t', '"', "'", '@a', '- z', '~']) {
    const parsed = parseLedger(`items:\n  k:\n    note: ${scalarText(value)}\n`);
    assert.equal(parsed.byId.get('k')!.record.note, value, value);
  }
});
