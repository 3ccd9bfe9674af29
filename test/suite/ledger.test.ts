// The ledger (台账) in the extension host: setting a status through the command writes the YAML file
// (keeping comments and other entries byte for byte), external edits are picked up live by the store and
// the tree, invalid YAML gives a diagnostic and keeps the last good statuses, and the export writes files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { calendarDate, dueBucket } from '../../src/core/due';
import { parseLedger } from '../../src/core/ledger';
import { ledgerKeys } from '../../src/core/ledgerView';
import type { TrackedItem } from '../../src/core/types';
import type { PolicyTrackerApi } from '../../src/extension';
import { closeAllEditors, getApi, seed, waitFor, workspaceFolder } from './helpers';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

suite('ledger', () => {
  let api: PolicyTrackerApi;
  let ledgerUri: vscode.Uri;
  let docUri: string;
  let item: TrackedItem;
  let key: string;

  suiteSetup(async () => {
    api = await getApi();
    const uri = await seed('000_');
    docUri = uri.toString();
    const facts = await waitFor('seed 000 indexed with items', () => {
      const found = api.index.get(docUri);
      return found && found.targets.length + found.commitments.length > 0 ? found : undefined;
    });
    item = facts.targets[0] ?? facts.commitments[0]!;
    key = ledgerKeys([...facts.targets, ...facts.commitments], vscode.workspace.asRelativePath(uri, false)).get(item.id)!;
    assert.ok(api.ledger.uri, 'the store resolved a ledger file');
    ledgerUri = api.ledger.uri;
    assert.strictEqual(ledgerUri.toString(), vscode.Uri.joinPath(workspaceFolder().uri, '.policy', 'ledger.yaml').toString());
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(ledgerUri).then(undefined, () => undefined);
    await api.ledger.reload();
  });

  test('setting a status through the command writes the entry to the YAML file on disk', async () => {
    await vscode.workspace.fs.delete(ledgerUri).then(undefined, () => undefined);
    await api.ledger.reload();
    await vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done', owner: '市发改委', note: '已报送' });
    const text = await readText(ledgerUri);
    assert.ok(text, 'the ledger file exists');
    const entry = parseLedger(text).byId.get(key);
    assert.ok(entry, `entry ${key} in:\n${text}`);
    assert.strictEqual(entry.record.status, 'done');
    assert.strictEqual(entry.record.owner, '市发改委');
    assert.strictEqual(entry.record.note, '已报送');
    assert.strictEqual(entry.record.doc, vscode.workspace.asRelativePath(vscode.Uri.parse(docUri), false));
    assert.strictEqual(entry.record.text, item.text);
    assert.strictEqual(api.ledger.statusOf(item.id)?.status, 'done');
    // The tree shows it: the status icon and the owner in the description.
    const node = await waitFor('the item in the tree', () => api.tree.nodeAt(docUri, item.start));
    const treeItem = api.tree.getTreeItem(node);
    assert.strictEqual((treeItem.iconPath as vscode.ThemeIcon).id, 'pass-filled');
    assert.ok(String(treeItem.description).includes('市发改委'), String(treeItem.description));
  });

  test('a write keeps comments and untouched entries byte for byte', async () => {
    const other = '  other-entry:   # kept as written\n    status: todo\n    owner:   区政府\n';
    const source = `# 台账 — hand-written header\nitems:\n${other}\n  ${key}:\n    status: doing # from the last meeting\n`;
    await writeText(ledgerUri, source);
    await waitFor('the store read the hand-written file', () => api.ledger.statusOf(item.id)?.status === 'doing');
    await vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done' });
    const text = (await readText(ledgerUri))!;
    assert.ok(text.startsWith(`# 台账 — hand-written header\nitems:\n${other}\n  ${key}:\n    status: done # from the last meeting\n`), text);
    assert.strictEqual(parseLedger(text).byId.get(key)!.record.text, item.text);
  });

  test('an external edit (git pull) is picked up live by the store and the tree', async () => {
    const changed = new Promise<void>((resolve) => {
      const subscription = api.ledger.onDidChange(() => {
        subscription.dispose();
        resolve();
      });
    });
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: dropped\n    owner: 市统计局\n`);
    await changed;
    await waitFor('the new status', () => api.ledger.statusOf(item.id)?.status === 'dropped');
    const node = await waitFor('the item in the tree', () => api.tree.nodeAt(docUri, item.start));
    await waitFor('the tree shows the new status', () => (api.tree.getTreeItem(node).iconPath as vscode.ThemeIcon).id === 'circle-slash');
    assert.ok(String(api.tree.getTreeItem(node).description).includes('市统计局'));
  });

  test('invalid YAML: a diagnostic at its line, the last good statuses stay, nothing is written', async () => {
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: todo\n`);
    await waitFor('status todo', () => api.ledger.statusOf(item.id)?.status === 'todo');
    const broken = `items:\n  ${key}:\n    status: doing\n  ${key}:\n    status: done\n`;
    await writeText(ledgerUri, broken);
    const diagnostic = await waitFor('a ledger diagnostic', () =>
      vscode.languages.getDiagnostics(ledgerUri).find((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.strictEqual(diagnostic.range.start.line, 3);
    assert.strictEqual(api.ledger.statusOf(item.id)?.status, 'todo');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done' })));
    assert.strictEqual(await readText(ledgerUri), broken);
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: doing\n`);
    await waitFor('fixed file read again', () => api.ledger.statusOf(item.id)?.status === 'doing');
    await waitFor('the diagnostic cleared', () => vscode.languages.getDiagnostics(ledgerUri).length === 0);
  });

  test('export writes CSV (BOM), Markdown and JSON with the statuses', async () => {
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: done\n    owner: 市发改委\n  gone:\n    status: todo\n    text: 已删除的句子。\n`);
    await waitFor('status done', () => api.ledger.statusOf(item.id)?.status === 'done');
    const folder = workspaceFolder().uri;
    const itemCount = api.index.items().length;
    const csvUri = vscode.Uri.joinPath(folder, 'export-test.csv');
    await vscode.commands.executeCommand('policyTracker.exportLedger', csvUri, 'csv');
    const csv = (await readText(csvUri))!;
    assert.ok(csv.startsWith('\uFEFFdocument,line,kind,text,'));
    const jsonUri = vscode.Uri.joinPath(folder, 'export-test.json');
    await vscode.commands.executeCommand('policyTracker.exportLedger', jsonUri, 'json');
    const json = JSON.parse((await readText(jsonUri))!) as { rows: { id: string; status: string | null; owner: string | null; kind: string }[] };
    assert.strictEqual(json.rows.length, itemCount + 1);
    const row = json.rows.find((r) => r.id === item.id)!;
    assert.strictEqual(row.status, 'done');
    assert.strictEqual(row.owner, '市发改委');
    assert.deepStrictEqual(json.rows.filter((r) => r.kind === 'orphan').map((r) => r.id), ['gone']);
    const mdUri = vscode.Uri.joinPath(folder, 'export-test.md');
    await vscode.commands.executeCommand('policyTracker.exportLedger', mdUri, 'markdown');
    assert.ok((await readText(mdUri))!.startsWith('| document | line | kind |'));
    for (const uri of [csvUri, jsonUri, mdUri]) await vscode.workspace.fs.delete(uri);
  });

  test('hover over a target shows its ledger status', async () => {
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: doing\n    owner: 市发改委\n`);
    await waitFor('status doing', () => api.ledger.statusOf(item.id)?.status === 'doing');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(docUri));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(item.start));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('市发改委'), text);
    assert.ok(text.includes('policyTracker.setStatus'), text);
    await closeAllEditors();
  });

  test('overdue diagnostics (setting, off by default) leave out items marked done', async () => {
    const config = vscode.workspace.getConfiguration('policyTracker');
    assert.strictEqual(config.get('diagnostics.overdue'), false);
    const today = calendarDate(new Date());
    const overdue = api.index.items().find(({ value }) => dueBucket(value.deadline, today) === 'overdue');
    assert.ok(overdue, 'a seed item is overdue');
    const uri = vscode.Uri.parse(overdue.uri);
    const overdueDiagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'overdue');
    await writeText(ledgerUri, 'items:\n');
    await config.update('diagnostics.overdue', true, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('an overdue diagnostic on its line', () => overdueDiagnostics().some((d) => d.range.start.line === overdue.value.line));
      const before = overdueDiagnostics().length;
      await vscode.commands.executeCommand('policyTracker.setStatus', overdue.value.id, { status: 'done' });
      await waitFor('one diagnostic fewer', () => overdueDiagnostics().length === before - 1);
    } finally {
      await config.update('diagnostics.overdue', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('diagnostics off again', () => overdueDiagnostics().length === 0);
  });

  test('typing in the ledger file: diagnostics follow the buffer, statuses wait for the save', async () => {
    await writeText(ledgerUri, `items:\n  ${key}:\n    status: doing\n`);
    await waitFor('status doing', () => api.ledger.statusOf(item.id)?.status === 'doing');
    const document = await vscode.workspace.openTextDocument(ledgerUri);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(ledgerUri, new vscode.Position(3, 0), '  broken: [\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('a diagnostic from the unsaved buffer', () =>
      vscode.languages.getDiagnostics(ledgerUri).some((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.strictEqual(api.ledger.statusOf(item.id)?.status, 'doing');
    // Unsaved changes in the ledger editor: the command refuses rather than overwrite them on disk.
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done' })));
    assert.strictEqual(await readText(ledgerUri), `items:\n  ${key}:\n    status: doing\n`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('diagnostics back to the file on disk', () => vscode.languages.getDiagnostics(ledgerUri).length === 0);
  });
});
