import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStatusArgs, runStatusCommand } from '../../src/cli/statusCommand';
import { parseLedger } from '../../src/core/ledger';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runStatusCommand(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

test('arguments: status labels, options, clearing with ""', () => {
  assert.deepEqual(parseStatusArgs(['a#1', '已完成', '--owner', '市发改委', '--note=', '--ledger', 'x.yaml']), {
    id: 'a#1',
    patch: { status: 'done', owner: '市发改委', note: null },
    ledger: 'x.yaml',
  });
  assert.deepEqual(parseStatusArgs(['a', '-', '--due', '2026-06']), { id: 'a', patch: { due: '2026-06' }, ledger: '.policy/ledger.yaml' });
  assert.ok('error' in parseStatusArgs(['a', 'finished']));
  assert.ok('error' in parseStatusArgs(['a']));
  assert.ok('error' in parseStatusArgs(['a', 'done', '--owner']));
  assert.ok('error' in parseStatusArgs(['a', 'done', '--bogus', 'x']));
  assert.ok('help' in parseStatusArgs(['--help']));
});

test('creates the ledger, then edits it keeping comments; no temp files left', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const ledger = join(dir, '.policy', 'ledger.yaml');
  let result = run(['t-1', 'doing', '--owner', '市教育局', '--ledger', ledger]);
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(parseLedger(readFileSync(ledger, 'utf8')).byId.get('t-1')!.record, { status: 'doing', owner: '市教育局' });
  const withComment = '# 台账\n' + readFileSync(ledger, 'utf8');
  writeFileSync(ledger, withComment);
  result = run(['t-1', 'done', '--note', '已报送', '--ledger', ledger]);
  assert.equal(result.code, 0, result.err);
  assert.equal(readFileSync(ledger, 'utf8'), withComment.replace('status: doing', 'status: done') + '    note: 已报送\n');
  assert.deepEqual(readdirSync(join(dir, '.policy')), ['ledger.yaml']);
});

test('refuses to write a ledger that does not parse, and bad values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const ledger = join(dir, 'ledger.yaml');
  const broken = 'items:\n  a:\n    status: done\n  a:\n    status: todo\n';
  writeFileSync(ledger, broken);
  const result = run(['b', 'done', '--ledger', ledger]);
  assert.equal(result.code, 1);
  assert.match(result.err, /ledger\.yaml:4:/);
  assert.equal(readFileSync(ledger, 'utf8'), broken);
  assert.equal(run(['b', 'done', '--due', '2026-02-30', '--ledger', join(dir, 'new.yaml')]).code, 2);
  assert.equal(existsSync(join(dir, 'new.yaml')), false);
});
