// The scan command end to end: spawns the built CLI (run `node scripts/build.mjs` first; npm run test:unit does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'dist/cli/policy-tracker.js';

function run(args: string[], cwd?: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [join(process.cwd(), CLI), ...args], { encoding: 'utf8', cwd: cwd ?? process.cwd() });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-scan-'));
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a.txt'), '<!-- policy-year: 2026 -->\n今年要完成老旧小区改造120个，年底前建成5G基站3万个。\n');
  writeFileSync(join(dir, 'docs', 'sub', 'b.md'), '# 计划\n\n力争6月底前出台实施方案。\n');
  writeFileSync(join(dir, 'docs', 'ignored.json'), '{}');
  writeFileSync(join(dir, 'docs', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  return dir;
}

test('JSON as spec §4: documents with file, year, targets, commitments, slogans', () => {
  const dir = fixture();
  const { code, out, err } = run(['scan', 'docs'], dir);
  assert.equal(code, 0, err);
  const json = JSON.parse(out) as { documents: Array<Record<string, unknown> & { targets: Array<Record<string, unknown>> }> };
  assert.deepEqual(json.documents.map((d) => d.file), ['docs/a.txt', 'docs/sub/b.md']);
  const a = json.documents[0]!;
  assert.equal(a.year, 2026);
  for (const key of ['start', 'end', 'line', 'text', 'value', 'unit', 'comparator', 'deadline', 'id', 'kind', 'anchor', 'actor']) {
    assert.ok(key in a.targets[0]!, key);
  }
  assert.deepEqual(a.targets.map((t) => [t.anchor, t.value, t.unit, t.deadline]), [['120个', 120, '个', '2026'], ['3万个', 3, '万个', '2026-12-31']]);
  assert.match(err, /skipped docs\/image\.txt: binary/);
  assert.ok(Array.isArray(a.commitments) && Array.isArray(a.slogans));
});

test('--year, --format csv/md and --output', () => {
  const dir = fixture();
  const csv = run(['scan', 'docs/sub/b.md', '--format', 'csv', '--year', '2030'], dir);
  assert.equal(csv.code, 0, csv.err);
  assert.match(csv.out, /^\ufefffile,kind,id,line/);
  assert.match(csv.out, /2030-06-30/);
  const md = run(['scan', 'docs', '--format=md', '--output', 'out.md'], dir);
  assert.equal(md.code, 0, md.err);
  assert.equal(md.out, '');
  assert.match(readFileSync(join(dir, 'out.md'), 'utf8'), /## docs\/a\.txt/);
});

test('unreadable paths: a message and a non-zero exit; bad arguments exit 2; --help', () => {
  const dir = fixture();
  const missing = run(['scan', 'docs', 'nope.txt'], dir);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read nope\.txt/);
  assert.equal(JSON.parse(missing.out).documents.length, 2);
  assert.equal(run(['scan', '--format', 'xml', 'docs'], dir).code, 2);
  assert.equal(run(['scan'], dir).code, 2);
  const help = run(['scan', '--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.out, /--year YYYY/);
});
