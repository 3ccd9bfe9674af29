// End to end: the built command line (dist/cli/policy-tracker.js) in a throw-away workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../cli/policy-tracker.js');
const SEED = resolve(__dirname, '../../../seeds/000_91f6d27adff5afde.txt');

interface Item {
  id: string;
  kind: string;
  text: string;
  deadline: string | null;
  status?: string | null;
  owner?: string | null;
  note?: string | null;
  due?: string | null;
}
interface Scan {
  documents: { file: string; targets: Item[]; commitments: Item[] }[];
  ledger?: { file: string; orphans: { id: string; status: string | null }[] };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-ws-'));
  mkdirSync(join(dir, 'plans'));
  copyFileSync(SEED, join(dir, 'plans', 'a.txt'));
  return dir;
}

function cli(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function scan(cwd: string, ...args: string[]): Scan {
  const run = cli(cwd, 'scan', 'plans', '--format', 'json', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Scan;
}

const items = (result: Scan): Item[] => result.documents.flatMap((doc) => [...doc.targets, ...doc.commitments]);

test('help documents the ledger options and the status command', () => {
  const ws = workspace();
  const scanHelp = cli(ws, 'scan', '--help');
  assert.equal(scanHelp.code, 0);
  for (const option of ['--ledger', '--due-before', '--status']) assert.ok(scanHelp.stdout.includes(option), option);
  const statusHelp = cli(ws, 'status', '--help');
  assert.equal(statusHelp.code, 0);
  for (const option of ['--ledger', '--owner', '--note', '--due', '未开始']) assert.ok(statusHelp.stdout.includes(option), option);
  assert.ok(cli(ws, '--help').stdout.includes('status <id> <status>'));
});

test('status writes the ledger; scan --ledger merges it into JSON, CSV and Markdown; filters work', () => {
  const ws = workspace();
  const before = items(scan(ws));
  assert.ok(before.length >= 3, 'the seed has items');
  const [first, second] = before as [Item, Item];

  let run = cli(ws, 'status', first.id, '已完成', '--owner', '市发改委', '--note', '已报送, "第一批"');
  assert.equal(run.code, 0, run.stderr);
  run = cli(ws, 'status', second.id, 'doing', '--due', '2020-01');
  assert.equal(run.code, 0, run.stderr);
  const ledgerText = readFileSync(join(ws, '.policy', 'ledger.yaml'), 'utf8');
  assert.ok(ledgerText.includes(`${first.id}:`));
  assert.deepEqual(readdirSync(join(ws, '.policy')), ['ledger.yaml']);

  // A hand-written comment and an entry for an item that no longer exists.
  writeFileSync(join(ws, '.policy', 'ledger.yaml'), `# 台账 (hand-edited)\n${ledgerText}  t-gone:\n    status: todo\n    doc: plans/a.txt\n    text: 这句话已经从文件里删掉了。\n`);

  const merged = scan(ws, '--ledger', '.policy/ledger.yaml');
  const byId = new Map(items(merged).map((item) => [item.id, item]));
  assert.equal(byId.get(first.id)!.status, 'done');
  assert.equal(byId.get(first.id)!.owner, '市发改委');
  assert.equal(byId.get(first.id)!.note, '已报送, "第一批"');
  assert.equal(byId.get(second.id)!.due, '2020-01');
  assert.equal(byId.get(before[2]!.id)!.status, null);
  assert.deepEqual(merged.ledger!.orphans.map((o) => o.id), ['t-gone']);

  // From another folder: the file is named differently, the ledger id stays the same.
  const sub = cli(join(ws, 'plans'), 'scan', '.', '--format', 'json', '--ledger', '../.policy/ledger.yaml');
  assert.equal(sub.code, 0, sub.stderr);
  const subItems = items(JSON.parse(sub.stdout) as Scan) as (Item & { ledgerId: string })[];
  const same = subItems.find((i) => i.ledgerId === first.id)!;
  assert.notEqual(same.id, first.id);
  assert.equal(same.status, 'done');

  const csv = cli(ws, 'scan', 'plans', '--format', 'csv', '--ledger', '.policy/ledger.yaml');
  assert.equal(csv.code, 0, csv.stderr);
  const [header, ...rows] = csv.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.ok(header!.endsWith(',status,owner,note,due'), header);
  const firstRow = rows.find((row) => row.includes(first.id))!;
  assert.ok(firstRow.endsWith(',done,市发改委,"已报送, ""第一批""",'), firstRow);
  assert.ok(rows.some((row) => row.includes(',orphan,t-gone,')));

  const md = cli(ws, 'scan', 'plans', '--format', 'md', '--ledger', '.policy/ledger.yaml');
  assert.equal(md.code, 0, md.stderr);
  assert.ok(md.stdout.includes('done'));
  assert.ok(md.stdout.includes('t-gone'));

  assert.deepEqual(items(scan(ws, '--ledger', '.policy/ledger.yaml', '--status', 'done')).map((i) => i.id), [first.id]);
  const open = items(scan(ws, '--ledger', '.policy/ledger.yaml', '--status', 'none,doing'));
  assert.equal(open.length, before.length - 1);
  const dueEarly = items(scan(ws, '--ledger', '.policy/ledger.yaml', '--due-before', '2020-02'));
  assert.ok(dueEarly.some((i) => i.id === second.id), 'the ledger due date counts');
  assert.ok(dueEarly.every((i) => i.id === second.id || (i.deadline !== null && i.deadline < '2020-02')));
  assert.equal(items(scan(ws, '--due-before', '1901')).length, 0);
});

test('bad arguments and a broken ledger are reported, and the ledger is not touched', () => {
  const ws = workspace();
  assert.equal(cli(ws, 'scan', 'plans', '--status', 'done').code, 2);
  assert.equal(cli(ws, 'scan', 'plans', '--due-before', 'soon').code, 2);
  assert.equal(cli(ws, 'status', 'x', 'finished').code, 2);
  mkdirSync(join(ws, '.policy'));
  const broken = 'items:\n  a: [\n';
  writeFileSync(join(ws, '.policy', 'ledger.yaml'), broken);
  const run = cli(ws, 'status', 'x', 'done');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /ledger\.yaml:\d+:/);
  assert.equal(readFileSync(join(ws, '.policy', 'ledger.yaml'), 'utf8'), broken);
  assert.equal(cli(ws, 'scan', 'plans', '--ledger', '.policy/ledger.yaml').code, 1);
});

test('status --in finds the item, keys it like the editor and records its sentence', () => {
  const ws = workspace();
  const rootItems = items(scan(ws));
  const third = rootItems[2]!;
  // Run from inside plans/: the scan there names the file a.txt, so its ids differ from the root's.
  const sub = cli(join(ws, 'plans'), 'scan', '.', '--format', 'json');
  const subItem = items(JSON.parse(sub.stdout) as Scan)[2]!;
  assert.notEqual(subItem.id, third.id);
  const run = cli(join(ws, 'plans'), 'status', subItem.id, 'doing', '--in', '.', '--ledger', '../.policy/ledger.yaml');
  assert.equal(run.code, 0, run.stderr);
  const ledger = readFileSync(join(ws, '.policy', 'ledger.yaml'), 'utf8');
  assert.ok(ledger.includes(`  ${third.id}:\n    status: doing\n    doc: plans/a.txt\n    text: `), ledger);
  assert.equal(cli(ws, 'status', 'no-such-id', 'done', '--in', 'plans').code, 2);
});
