import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinStatuses, ledgerKey, writeItemEntry } from '../../src/core/ledgerView';
import { parseLedger } from '../../src/core/ledger';
import type { Commitment } from '../../src/core/types';

function commitment(id: string, text: string): Commitment {
  return { id, kind: 'commitment', text, sentence: { start: 0, end: text.length, line: 0 }, start: 0, end: text.length, line: 0, deadline: null, actor: null };
}

const URI = 'file:///home/u/ws/plans/a.txt';

test('ledger keys replace the document uri with its workspace name', () => {
  assert.equal(ledgerKey(`${URI}#c3`, URI, 'plans/a.txt'), 'plans/a.txt#c3');
  assert.equal(ledgerKey('abc123', URI, 'plans/a.txt'), 'abc123');
});

test('editor and command line share keys; a reworded item keeps its status and the write renames the entry', () => {
  const editorItem = commitment(`${URI}#c3`, '加快推进老旧小区改造，完成改造任务1200户。');
  let text = '# 台账\nitems:\n';
  const first = joinStatuses(parseLedger(text), [{ uri: URI, name: 'plans/a.txt', items: [editorItem] }]);
  const written = writeItemEntry(text, first.stateOf(editorItem.id)!, { status: 'doing', owner: '住建局' });
  assert.ok(written.ok);
  text = written.text;
  assert.ok(text.startsWith('# 台账\nitems:\n  plans/a.txt#c3:\n    status: doing\n'));

  // The command line extracted the same file by path: same key.
  const cliItem = commitment('plans/a.txt#c3', editorItem.text);
  const cli = joinStatuses(parseLedger(text), [{ uri: 'plans/a.txt', name: 'plans/a.txt', items: [cliItem] }]);
  assert.equal(cli.recordOf(cliItem.id)?.status, 'doing');

  // Reworded and renumbered: found by content, and the next write moves the entry to the new key.
  const moved = commitment(`${URI}#c5`, '大力推进老旧小区改造，完成改造任务1200户。');
  const later = joinStatuses(parseLedger(text), [{ uri: URI, name: 'plans/a.txt', items: [moved] }]);
  assert.equal(later.recordOf(moved.id)?.owner, '住建局');
  assert.equal(later.stateOf(moved.id)!.match!.how, 'content');
  const rewritten = writeItemEntry(text, later.stateOf(moved.id)!, { status: 'done' });
  assert.ok(rewritten.ok);
  const ledger = parseLedger(rewritten.text);
  assert.deepEqual(ledger.items.map((item) => item.id), ['plans/a.txt#c5']);
  assert.deepEqual(ledger.byId.get('plans/a.txt#c5')!.record, { status: 'done', owner: '住建局', doc: 'plans/a.txt', text: moved.text });
  assert.equal(joinStatuses(ledger, [{ uri: URI, name: 'plans/a.txt', items: [] }]).orphans.length, 1);
});
