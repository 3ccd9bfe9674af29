import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinStatuses, ledgerKeys, writeItemEntry } from '../../src/core/ledgerView';
import { parseLedger } from '../../src/core/ledger';
import { extractDocument } from '../../src/core/extract';
import type { DocumentFacts, TrackedItem } from '../../src/core/types';

const BODY = [
  '关于2026年重点工作的安排',
  '今年要完成老旧小区改造120个。',
  '力争年底前建成5G基站3万个，新增城镇就业5万人以上。',
  '加快推进政务服务一网通办，年底前完成系统上线。',
  '今年要完成老旧小区改造120个。',
].join('\n');

const items = (facts: DocumentFacts): TrackedItem[] => [...facts.targets, ...facts.commitments];

test('ledger keys are the ids the command line prints for the workspace-relative path', () => {
  const editor = extractDocument(BODY, { uri: 'file:///home/u/ws/plans/a.txt', year: 2026 });
  const cli = extractDocument(BODY, { uri: 'plans/a.txt', year: 2026 });
  assert.ok(editor.targets.length >= 3, 'the sample has targets');
  const keys = ledgerKeys(items(editor), 'plans/a.txt');
  assert.deepEqual(items(editor).map((item) => keys.get(item.id)), items(cli).map((item) => item.id));
  assert.notDeepEqual(items(editor).map((item) => item.id), items(cli).map((item) => item.id));
});

test('a status set in the editor is found by the command line, and follows a reworded item', () => {
  const uri = 'file:///home/u/ws/plans/a.txt';
  const editor = extractDocument(BODY, { uri, year: 2026 });
  const target = editor.targets.find((t) => t.anchor.includes('3万个'))!;
  let text = '# 台账\nitems:\n';
  const first = joinStatuses(parseLedger(text), [{ name: 'plans/a.txt', items: items(editor) }]);
  const written = writeItemEntry(text, first.stateOf(target.id)!, { status: 'doing', owner: '通信管理局' });
  assert.ok(written.ok);
  text = written.text;
  const cli = extractDocument(BODY, { uri: 'plans/a.txt', year: 2026 });
  const cliTarget = cli.targets.find((t) => t.anchor.includes('3万个'))!;
  assert.ok(text.includes(`  ${cliTarget.id}:\n    status: doing\n`), text);
  const cliJoin = joinStatuses(parseLedger(text), [{ name: 'plans/a.txt', items: items(cli) }]);
  assert.equal(cliJoin.recordOf(cliTarget.id)?.owner, '通信管理局');
  assert.equal(cliJoin.stateOf(cliTarget.id)!.match!.how, 'id');

  // Reworded: a new id, found by content; the next write moves the entry to the new key.
  const edited = extractDocument(BODY.replace('力争年底前建成5G基站3万个', '力争年底前建成5G基站3.2万个'), { uri, year: 2026 });
  const moved = edited.targets.find((t) => t.anchor.includes('3.2万个'))!;
  const later = joinStatuses(parseLedger(text), [{ name: 'plans/a.txt', items: items(edited) }]);
  assert.equal(later.recordOf(moved.id)?.owner, '通信管理局');
  assert.equal(later.stateOf(moved.id)!.match!.how, 'content');
  const rewritten = writeItemEntry(text, later.stateOf(moved.id)!, { status: 'done' });
  assert.ok(rewritten.ok);
  const ledger = parseLedger(rewritten.text);
  assert.deepEqual(ledger.items.map((item) => item.id), [later.stateOf(moved.id)!.key]);
  assert.deepEqual(ledger.items[0]!.record, { status: 'done', owner: '通信管理局', doc: 'plans/a.txt', text: moved.text, anchor: moved.anchor });
});

test('identical sentences keep separate keys and statuses', () => {
  const facts = extractDocument(BODY, { uri: 'x', year: 2026 });
  const twins = facts.targets.filter((t) => t.anchor.includes('120个'));
  assert.equal(twins.length, 2);
  const keys = ledgerKeys(items(facts), 'plans/a.txt');
  assert.notEqual(keys.get(twins[0]!.id), keys.get(twins[1]!.id));
});
