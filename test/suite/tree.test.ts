// The sidebar tree on the seeds workspace: content per grouping (against extractDocument run on
// the same files), go-to-source selection, reveal from the cursor, filters, and live updates
// when documents are edited, created, deleted and renamed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { calendarDate, dueBucket, type CalendarDate } from '../../src/core/due';
import type { DocumentFacts, Slogan, TrackedItem } from '../../src/core/types';
import type { PolicyTrackerApi } from '../../src/extension';
import type { Node } from '../../src/vscode/tree';
import { closeAllEditors, expectedFacts, getApi, seed, seedUris, sleep, waitFor, workspaceFolder } from './helpers';

const KIND_OF_GROUP: Record<string, 'targets' | 'commitments' | 'slogans'> = { target: 'targets', commitment: 'commitments', slogan: 'slogans' };

function children(api: PolicyTrackerApi, node?: Node): Node[] {
  return api.tree.getChildren(node) as Node[];
}

function itemsUnder(api: PolicyTrackerApi, node: Node): TrackedItem[] {
  return children(api, node).flatMap((child) => (child.type === 'item' ? [child.item] : []));
}

/** The deadline group an item belongs in: done/dropped in the ledger → finished; else by its (ledger-overridden) deadline. */
function expectedBucket(api: PolicyTrackerApi, item: TrackedItem, today: CalendarDate): string {
  const entry = api.ledger.statusOf(item.id);
  if (entry?.status === 'done' || entry?.status === 'dropped') return 'finished';
  return dueBucket(item.deadline, today, { soonDays: 30, due: entry?.due ?? null });
}

function nonEmpty(facts: DocumentFacts): boolean {
  return facts.targets.length + facts.commitments.length + facts.slogans.length > 0;
}

suite('sidebar tree', () => {
  let api: PolicyTrackerApi;
  const expected = new Map<string, DocumentFacts>();

  suiteSetup(async () => {
    api = await getApi();
    const uris = await seedUris();
    assert.strictEqual(uris.length, 5, 'the seeds workspace has five documents');
    for (const uri of uris) expected.set(uri.toString(), await expectedFacts(uri));
    await waitFor('the five seeds in the index', () => uris.every((u) => api.index.has(u.toString())));
    // Files other suites created and deleted leave the index when the watcher reports them.
    const seedKeys = new Set(uris.map((u) => u.toString()));
    await waitFor('nothing but the seeds in the index', () => api.index.uris().every((u) => seedKeys.has(u)), 20_000);
  });

  setup(async () => {
    await vscode.commands.executeCommand('policyTracker.clearFilter');
    for (const kind of ['Targets', 'Commitments', 'Slogans']) await vscode.commands.executeCommand(`policyTracker.show${kind}`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    await closeAllEditors();
  });

  test('the index holds what extractDocument finds in each seed', () => {
    for (const [uri, facts] of expected) {
      const indexed = api.index.get(uri);
      assert.ok(indexed, `${uri} indexed`);
      assert.deepStrictEqual(indexed.targets, facts.targets, `targets of ${uri}`);
      assert.deepStrictEqual(indexed.commitments, facts.commitments, `commitments of ${uri}`);
      assert.deepStrictEqual(indexed.slogans, facts.slogans, `slogans of ${uri}`);
    }
  });

  test('group by document: document → 目标 / 任务 / 提法 with counts', async () => {
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    assert.strictEqual(api.tree.groupBy, 'document');
    const roots = children(api);
    const expectedDocs = [...expected].filter(([, facts]) => nonEmpty(facts)).map(([uri]) => uri).sort();
    assert.deepStrictEqual(roots.map((n) => (n.type === 'doc' ? n.uri : n.id)), expectedDocs, 'the documents at the root');
    for (const root of roots) {
      assert.strictEqual(root.type, 'doc');
      if (root.type !== 'doc') continue;
      const facts = expected.get(root.uri)!;
      const groups = children(api, root);
      const wantedKinds = (['target', 'commitment', 'slogan'] as const).filter((kind) => facts[KIND_OF_GROUP[kind]!].length > 0);
      assert.deepStrictEqual(groups.map((g) => (g.type === 'kind' ? g.kind : '?')), wantedKinds, `groups of ${root.uri}`);
      for (const group of groups) {
        if (group.type !== 'kind') continue;
        const want = facts[KIND_OF_GROUP[group.kind]!];
        const treeItem = api.tree.getTreeItem(group);
        assert.strictEqual(treeItem.description, String(want.length), `count of ${group.kind} in ${root.uri}`);
        const got = children(api, group);
        assert.strictEqual(got.length, want.length, `children of ${group.kind} in ${root.uri}`);
        if (group.kind !== 'slogan') assert.deepStrictEqual(itemsUnder(api, group).map((i) => i.id), (want as TrackedItem[]).map((i) => i.id), `item ids of ${group.kind} in ${root.uri}`);
        else assert.deepStrictEqual(got.map((n) => (n.type === 'slogan' ? n.term : '?')), facts.slogans.map((s) => s.term), `slogan terms in ${root.uri}`);
      }
      assert.strictEqual(api.tree.getParent(groups[0]!), root, 'getParent of a group is its document');
    }
  });

  test('group by deadline: every target and commitment once, in the bucket its deadline gives', async () => {
    await vscode.commands.executeCommand('policyTracker.groupByDeadline');
    assert.strictEqual(api.tree.groupBy, 'deadline');
    const today = calendarDate(new Date());
    const seen = new Map<string, string>();
    for (const bucket of children(api)) {
      assert.strictEqual(bucket.type, 'bucket');
      if (bucket.type !== 'bucket') continue;
      const items = children(api, bucket);
      assert.ok(items.length > 0, 'no empty bucket is shown');
      assert.strictEqual(api.tree.getTreeItem(bucket).description, String(items.length));
      for (const node of items) {
        assert.strictEqual(node.type, 'item');
        if (node.type !== 'item') continue;
        seen.set(`${node.uri}#${node.item.id}`, bucket.bucket);
        assert.strictEqual(bucket.bucket, expectedBucket(api, node.item, today), node.item.text);
        const description = String(api.tree.getTreeItem(node).description ?? '');
        if (node.item.deadline) assert.ok(description.includes(node.item.deadline.slice(0, 4)), `the item shows its date: ${description}`);
      }
    }
    const all = [...expected.values()].flatMap((f) => [...f.targets, ...f.commitments].map((i) => `${f.uri}#${i.id}`));
    assert.strictEqual(seen.size, all.length);
    assert.deepStrictEqual([...seen.keys()].sort(), all.sort());
  });

  test('group by slogan: slogan → documents that use or define it → places', async () => {
    await vscode.commands.executeCommand('policyTracker.groupBySlogan');
    const roots = children(api);
    const terms = new Set([...expected.values()].flatMap((f) => f.slogans.map((s) => s.term)));
    assert.deepStrictEqual(new Set(roots.map((n) => (n.type === 'slogan' ? n.term : '?'))), terms);
    for (const root of roots) {
      if (root.type !== 'slogan') continue;
      const docs = children(api, root);
      const using = [...expected.values()].filter((f) => f.slogans.some((s) => s.term === root.term));
      assert.deepStrictEqual(docs.map((d) => (d.type === 'termDoc' ? d.uri : '?')).sort(), using.map((f) => f.uri).sort(), root.term);
      for (const doc of docs) {
        if (doc.type !== 'termDoc') continue;
        const slogan: Slogan = expected.get(doc.uri)!.slogans.find((s) => s.term === root.term)!;
        const places = children(api, doc);
        assert.strictEqual(places.filter((p) => p.type === 'place' && p.place.role === 'use').length, slogan.occurrences.length);
        assert.strictEqual(places.filter((p) => p.type === 'place' && p.place.role === 'definition').length, slogan.definitions.length);
      }
    }
  });

  test('the grouping is remembered in workspace state', async () => {
    await vscode.commands.executeCommand('policyTracker.groupByDeadline');
    assert.strictEqual(api.treeView.state.get('policyTracker.groupBy'), 'deadline');
    await vscode.commands.executeCommand('policyTracker.groupBySlogan');
    assert.strictEqual(api.treeView.state.get('policyTracker.groupBy'), 'slogan');
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    assert.strictEqual(api.treeView.state.get('policyTracker.groupBy'), 'document');
  });

  test('clicking an item selects exactly its span, revealed in the editor', async function () {
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    const withTarget = [...expected.values()].find((f) => f.targets.length > 0);
    if (!withTarget) return this.skip(); // extraction has found no target yet
    const target = withTarget.targets[Math.floor(withTarget.targets.length / 2)]!;
    const node = api.tree.nodeForItem(withTarget.uri, target);
    assert.ok(node);
    const command = api.tree.getTreeItem(node).command;
    assert.ok(command, 'an item has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === withTarget.uri ? active : undefined;
    });
    const want = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
    assert.ok(editor.selection.isEqual(want), `selection ${JSON.stringify(editor.selection)} equals ${JSON.stringify(want)}`);
    assert.strictEqual(editor.document.getText(editor.selection), target.anchor);
    await waitFor('the span in view', () => editor.visibleRanges.some((r) => r.contains(want)), 3000);
  });

  test('reveal in tree finds the item at the cursor', async function () {
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    const withTarget = [...expected.values()].find((f) => f.targets.length > 0);
    if (!withTarget) return this.skip();
    const target = withTarget.targets[0]!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(withTarget.uri));
    const editor = await vscode.window.showTextDocument(document);
    const inside = document.positionAt(target.start + Math.floor((target.end - target.start) / 2));
    editor.selection = new vscode.Selection(inside, inside);
    const revealed = await api.treeView.revealFromEditor();
    assert.ok(revealed && revealed.type === 'item', 'an item node was revealed');
    assert.strictEqual(revealed.item.id, target.id);
    await waitFor('the tree selection', () => api.treeView.view.selection[0] === revealed, 5000);
  });

  test('the text filter and the kind toggles narrow the tree and show in the description', async () => {
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
    await vscode.commands.executeCommand('policyTracker.filter', '这段文字不会出现在任何文件里');
    assert.deepStrictEqual(children(api), []);
    assert.ok(String(api.treeView.view.description).includes('这段文字不会出现在任何文件里'));
    assert.ok(api.treeView.view.message, 'a message says nothing matches');
    await vscode.commands.executeCommand('policyTracker.clearFilter');
    assert.strictEqual(api.treeView.view.description, undefined);
    await vscode.commands.executeCommand('policyTracker.hideSlogans');
    await vscode.commands.executeCommand('policyTracker.hideCommitments');
    for (const root of children(api)) {
      for (const group of children(api, root)) assert.strictEqual(group.type === 'kind' && group.kind, 'target');
    }
    const targets = [...expected.values()].reduce((n, f) => n + f.targets.length, 0);
    const shown = children(api).flatMap((root) => children(api, root)).flatMap((g) => children(api, g)).length;
    assert.strictEqual(shown, targets);
  });

  test('the badge and the status bar count what is overdue', () => {
    const today = calendarDate(new Date());
    const overdue = [...expected.values()].flatMap((f) => [...f.targets, ...f.commitments]).filter((i) => expectedBucket(api, i, today) === 'overdue').length;
    assert.strictEqual(api.tree.overdueCount(), overdue);
    assert.strictEqual(api.treeView.view.badge?.value ?? 0, overdue);
    const totals = api.index.totals();
    assert.ok(api.statusBar.text.includes(String(totals.targets)), api.statusBar.text);
  });

  test('copy text puts the item sentence on the clipboard', async function () {
    const withItem = [...expected.values()].find((f) => f.targets.length > 0);
    if (!withItem) return this.skip();
    const node = api.tree.nodeForItem(withItem.uri, withItem.targets[0]!)!;
    await vscode.commands.executeCommand('policyTracker.copyItemText', node);
    assert.strictEqual(await vscode.env.clipboard.readText(), withItem.targets[0]!.text);
  });

  test('item tooltips escape document text', async function () {
    const withItem = [...expected.values()].find((f) => f.targets.length + f.commitments.length > 0);
    if (!withItem) return this.skip();
    const item = [...withItem.targets, ...withItem.commitments][0]!;
    const node = api.tree.nodeForItem(withItem.uri, item)!;
    const tooltip = api.tree.getTreeItem(node).tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.strictEqual(tooltip.isTrusted, false);
    assert.ok(!tooltip.supportHtml);
  });
});

suite('sidebar tree: live updates', () => {
  let api: PolicyTrackerApi;
  const encoder = new TextEncoder();
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    api = await getApi();
    await vscode.commands.executeCommand('policyTracker.groupByDocument');
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  const sample = '晋城市人民政府关于印发2026年重点工作的通知\n\n到2027年，全市新建中小学校不少于20所，新增学位1.5万个。\n要加快推进“五个三”工作格局。\n';

  test('a created file enters the index and the tree; deleting it removes it', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'live-created.txt');
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(sample));
    const facts = await waitFor('the new file in the index', () => api.index.get(uri.toString()));
    assert.deepStrictEqual(facts.targets, (await expectedFacts(uri)).targets);
    if (facts.targets.length + facts.commitments.length + facts.slogans.length > 0) {
      await waitFor('the new file in the tree', () => children(api).some((n) => n.type === 'doc' && n.uri === uri.toString()));
    }
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted file out of the index', () => !api.index.has(uri.toString()));
    await waitFor('the deleted file out of the tree', () => !children(api).some((n) => n.type === 'doc' && n.uri === uri.toString()));
  });

  test('a renamed file moves in the index at once, nothing stale, nothing duplicated', async () => {
    const from = vscode.Uri.joinPath(workspaceFolder().uri, 'live-rename-a.txt');
    const to = vscode.Uri.joinPath(workspaceFolder().uri, 'live-rename-b.txt');
    created.push(from, to);
    await vscode.workspace.fs.writeFile(from, encoder.encode(sample));
    await waitFor('the file in the index', () => api.index.has(from.toString()));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the new name in the index', () => api.index.has(to.toString()) && !api.index.has(from.toString()));
    await sleep(600); // let the watcher's delete/create settle
    assert.ok(api.index.has(to.toString()));
    assert.ok(!api.index.has(from.toString()));
    assert.strictEqual(api.index.uris().filter((u) => u.endsWith('live-rename-b.txt')).length, 1);
    await vscode.workspace.fs.delete(to);
    await waitFor('the renamed file out of the index', () => !api.index.has(to.toString()));
  });

  test('a folder of documents moved into the workspace is indexed, every file in it', async () => {
    // Written where the index does not look (node_modules), then moved in as a folder: the file system
    // watcher may report the folder alone.
    const staged = vscode.Uri.joinPath(workspaceFolder().uri, 'node_modules', 'staged-batch');
    const moved = vscode.Uri.joinPath(workspaceFolder().uri, 'moved-batch');
    created.push(vscode.Uri.joinPath(workspaceFolder().uri, 'node_modules'), moved);
    const names = ['a.txt', 'b.md', 'nested/c.txt'];
    for (const name of names) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(staged, name), encoder.encode(sample));
    await vscode.workspace.fs.rename(staged, moved);
    const uris = names.map((name) => vscode.Uri.joinPath(moved, name).toString());
    await waitFor('every moved file in the index', () => uris.every((uri) => api.index.has(uri)), 15_000);
    await vscode.workspace.fs.delete(moved, { recursive: true });
    await waitFor('the moved folder out of the index', () => uris.every((uri) => !api.index.has(uri)));
  });

  test('files under node_modules and non-matching files are not indexed', async () => {
    const ignored = vscode.Uri.joinPath(workspaceFolder().uri, 'node_modules', 'pkg', 'notes.txt');
    const other = vscode.Uri.joinPath(workspaceFolder().uri, 'data.csv');
    const control = vscode.Uri.joinPath(workspaceFolder().uri, 'live-control.md');
    created.push(vscode.Uri.joinPath(workspaceFolder().uri, 'node_modules'), other, control);
    await vscode.workspace.fs.writeFile(ignored, encoder.encode(sample));
    await vscode.workspace.fs.writeFile(other, encoder.encode(sample));
    await vscode.workspace.fs.writeFile(control, encoder.encode(sample));
    await waitFor('the control file in the index', () => api.index.has(control.toString()));
    await sleep(500);
    assert.ok(!api.index.has(ignored.toString()), 'node_modules is excluded');
    assert.ok(!api.index.has(other.toString()), '.csv is not included');
    await vscode.commands.executeCommand('policyTracker.refresh');
    assert.ok(!api.index.has(ignored.toString()), 'still excluded after a full rescan');
    assert.ok(api.index.has(control.toString()));
  });

  test("the user's files.exclude is honoured, live", async () => {
    const hidden = vscode.Uri.joinPath(workspaceFolder().uri, 'archive', 'old.txt');
    created.push(vscode.Uri.joinPath(workspaceFolder().uri, 'archive'));
    await vscode.workspace.fs.writeFile(hidden, encoder.encode(sample));
    await waitFor('the archived file indexed while not excluded', () => api.index.has(hidden.toString()));
    const files = vscode.workspace.getConfiguration('files');
    try {
      await files.update('exclude', { '**/archive': true }, vscode.ConfigurationTarget.Workspace);
      await waitFor('the excluded file out of the index', () => !api.index.has(hidden.toString()));
    } finally {
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the file back once the exclusion is gone', () => api.index.has(hidden.toString()));
    await api.indexer.scanned;
  });

  test('files over the size limit leave the index, and come back when the limit is raised', async () => {
    const big = await seed('001_');
    const config = vscode.workspace.getConfiguration('policyTracker');
    try {
      await config.update('maxFileSizeKB', 100, vscode.ConfigurationTarget.Workspace);
      await waitFor('the large seed skipped', () => !api.index.has(big.toString()), 15_000);
      assert.ok(api.index.has((await seed('002_')).toString()), 'small files stay');
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the large seed back', () => api.index.has(big.toString()), 15_000);
    await api.indexer.scanned;
  });

  test('editing an open document re-indexes that document only, from the editor text', async () => {
    const uri = await seed('002_');
    await api.indexer.scanned;
    const others = api.index.uris().filter((u) => u !== uri.toString()).map((u) => [u, api.index.get(u)] as const);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const before = api.index.get(uri.toString());
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), sample)));
    const want = await import('../../src/core/extract').then((m) => m.extractDocument(document.getText(), { uri: uri.toString() }));
    await waitFor('the edited document re-indexed', () => api.index.get(uri.toString()) !== before);
    assert.deepStrictEqual(api.index.get(uri.toString())!.targets, want.targets);
    assert.deepStrictEqual(api.index.get(uri.toString())!.slogans, want.slogans);
    for (const [other, facts] of others) assert.strictEqual(api.index.get(other), facts, `${other} untouched`);
    // The tree follows (document grouping, this document's target count).
    if (want.targets.length) {
      await waitFor('the tree shows the new count', () => {
        const root = children(api).find((n) => n.type === 'doc' && n.uri === uri.toString());
        const group = root && children(api, root).find((g) => g.type === 'kind' && g.kind === 'target');
        return group && api.tree.getTreeItem(group).description === String(want.targets.length);
      });
    }
    // Undo without saving: back to the file's own facts.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const original = await expectedFacts(uri);
    await waitFor('the reverted document re-indexed', () => JSON.stringify(api.index.get(uri.toString())?.targets) === JSON.stringify(original.targets));
  });
});
