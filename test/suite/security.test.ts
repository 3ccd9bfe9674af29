// Untrusted documents in the extension host (issue 7): command links, <script> and raw HTML in a document
// show as text in hovers and tree tooltips (only our own commands are live); binary files, files deleted
// mid-scan and documents over the size limit neither crash nor freeze the indexer; an alias-bomb ledger
// or glossary is a diagnostic, does not hang the host, keeps the last good state and is never rewritten.
// No Node built-ins: this suite runs in the web-worker extension host too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyTrackerApi } from '../../src/extension';
import { getApi, sleep, waitFor, workspaceFolder } from './helpers';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const EVIL_LINK = '[x](command:workbench.action.terminal.new)';
const EVIL_SCRIPT = '<script>alert(1)</script>';
const EVIL_IMG = '<img src=x onerror=alert(1)>';
/** A target, a slogan and a prose-defined term, each right next to the hostile text. */
const EVIL_DOCUMENT = [
  `到2025年完成老旧小区改造120个${EVIL_LINK}${EVIL_SCRIPT}${EVIL_IMG}。`,
  `要牢固树立“四个意识”${EVIL_LINK}${EVIL_SCRIPT}${EVIL_IMG}。`,
  `“恶意测试”是指${EVIL_LINK}${EVIL_SCRIPT}${EVIL_IMG}的做法。`,
  '',
].join('\n');

/** Our own commands: the only ones a rendered Markdown string may link to. */
const OWN_COMMANDS = ['policyTracker.openLocation', 'policyTracker.setStatus'];

function markdownStrings(contents: ReadonlyArray<vscode.MarkdownString | vscode.MarkedString | string | undefined>): vscode.MarkdownString[] {
  return contents.map((c) => (typeof c === 'string' ? new vscode.MarkdownString(c) : c && 'value' in c && !('language' in c) ? (c as vscode.MarkdownString) : new vscode.MarkdownString(c && 'value' in c ? c.value : '')));
}

/** Checks one rendered Markdown string: no foreign command links, no HTML, no full trust, hostile text escaped. */
function assertSafe(md: vscode.MarkdownString, where: string): void {
  assert.notStrictEqual(md.isTrusted, true, `${where}: isTrusted must not be true`);
  if (md.isTrusted && typeof md.isTrusted === 'object') {
    for (const command of md.isTrusted.enabledCommands) assert.ok(OWN_COMMANDS.includes(command), `${where}: enables foreign command ${command}`);
  }
  assert.notStrictEqual(md.supportHtml, true, `${where}: supportHtml must not be true`);
  const value = md.value;
  for (const m of value.matchAll(/\]\(\s*<?([a-z][a-z0-9+.-]*):([^)\s>]*)/gi)) {
    assert.strictEqual(m[1]!.toLowerCase(), 'command', `${where}: a non-command link ${m[0]}`);
    assert.ok(OWN_COMMANDS.some((c) => m[2]!.startsWith(c)), `${where}: a live link to ${m[2]}:\n${value}`);
  }
  assert.ok(!/(^|[^\\])<(script|img)\b/i.test(value), `${where}: raw HTML left unescaped:\n${value}`);
  assert.ok(!/(^|[^\\])\[x\]\(/.test(value), `${where}: a Markdown link left unescaped:\n${value}`);
}

suite('security: untrusted documents', () => {
  let api: PolicyTrackerApi;
  const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, 'security-test');

  suiteSetup(async () => {
    api = await getApi();
    await vscode.workspace.fs.createDirectory(folder());
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
    // The watcher reports the deletion asynchronously; later suites expect an index of the seeds only.
    const prefix = folder().toString() + '/';
    await waitFor('the test folder out of the index', () => !api.index.uris().some((uri) => uri.startsWith(prefix)), 20_000);
  });

  test('command links, <script> and raw HTML show as text in hovers and tree tooltips', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'evil.txt');
    await vscode.workspace.fs.writeFile(uri, encoder.encode(EVIL_DOCUMENT));
    const facts = await waitFor('the hostile document indexed with a target', () => {
      const found = api.index.get(uri.toString());
      return found && found.targets.length > 0 ? found : undefined;
    }, 20_000);
    const document = await vscode.workspace.openTextDocument(uri);
    const checked: string[] = [];

    // Hovers: on the target's anchor, the slogan and the prose term (whatever the extractor found there).
    const positions: [string, number][] = [['target', facts.targets[0]!.start]];
    const slogan = facts.slogans.find((s) => s.term === '四个意识');
    if (slogan) positions.push(['slogan', slogan.occurrences[0]!.start + 1]);
    const term = facts.terms[0];
    if (term) positions.push(['term', term.start + 1]);
    // Set a status so the target hover (ledger status, set-status link) shows too.
    await vscode.commands.executeCommand('policyTracker.setStatus', facts.targets[0]!.id, { status: 'doing', note: `${EVIL_LINK}${EVIL_SCRIPT}` });
    for (const [what, offset] of positions) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
      for (const [i, md] of hovers.flatMap((h) => markdownStrings(h.contents)).entries()) {
        assertSafe(md, `${what} hover ${i}`);
        checked.push(md.value);
      }
    }
    assert.ok(checked.length > 0, 'some hover was shown');

    // Tree tooltips: every item of the document (targets and commitments carry the hostile sentence).
    let tooltips = 0;
    for (const item of [...facts.targets, ...facts.commitments]) {
      const node = await waitFor('the item in the tree', () => api.tree.nodeAt(uri.toString(), item.start));
      const treeItem = api.tree.getTreeItem(node);
      const tooltip = await Promise.resolve(treeItem.tooltip);
      if (tooltip instanceof vscode.MarkdownString) {
        assertSafe(tooltip, `tooltip of ${item.id}`);
        checked.push(tooltip.value);
        tooltips++;
      }
    }
    assert.ok(tooltips > 0, 'a Markdown tooltip was checked');
    // The hostile text is shown (escaped), not silently dropped.
    const all = checked.join('\n');
    assert.ok(/script/.test(all) && /onerror/.test(all) && /terminal/.test(all), `the hostile text appears as text:\n${all}`);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, '.policy'), { recursive: true }).then(undefined, () => undefined);
    await api.ledger.reload();
  });

  test('binary files (NUL in the first 8 KB) are skipped, not indexed', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'binary.txt');
    const bytes = encoder.encode('到2025年完成老旧小区改造120个。'.repeat(50));
    bytes[10] = 0;
    await vscode.workspace.fs.writeFile(uri, bytes);
    assert.strictEqual(await api.indexer.indexUri(uri), 'skipped');
    assert.ok(!api.index.has(uri.toString()));
  });

  test('files created and deleted at once, during a re-scan: no crash, nothing stale, indexing goes on', async () => {
    const uris = Array.from({ length: 20 }, (_, i) => vscode.Uri.joinPath(folder(), `flash-${i}.txt`));
    const rescan = api.indexer.rescan();
    await Promise.all(uris.map((uri) => vscode.workspace.fs.writeFile(uri, encoder.encode('到2025年完成老旧小区改造120个。'))));
    const reads = uris.map((uri) => api.indexer.indexUri(uri));
    await Promise.all(uris.map((uri) => vscode.workspace.fs.delete(uri)));
    await Promise.all(reads);
    // Reading a file that is already gone: skipped, not thrown.
    assert.strictEqual(await api.indexer.indexUri(uris[0]!), 'skipped');
    await rescan;
    await api.indexer.rescan();
    await waitFor('the deleted files out of the index', () => uris.every((uri) => !api.index.has(uri.toString())), 15_000);
    const after = vscode.Uri.joinPath(folder(), 'after.txt');
    await vscode.workspace.fs.writeFile(after, encoder.encode('到2025年完成老旧小区改造120个。'));
    await waitFor('a file created afterwards is indexed', () => api.index.has(after.toString()), 15_000);
  });

  test('an open document over the size limit is not extracted on every hover (no freeze)', async () => {
    const limit = vscode.workspace.getConfiguration('policyTracker').get<number>('maxFileSizeKB', 2048) * 1024;
    // One line full of targets and slogans, just over the limit (the default, 2048 KB: no re-scan).
    const unit = '确保到2025年完成老旧小区改造120个“四个意识”、';
    const text = unit.repeat(Math.ceil((limit + 1000) / unit.length));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    try {
      const started = Date.now();
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 16));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const elapsed = Date.now() - started;
      assert.strictEqual(api.indexer.factsFor(document).targets.length, 0, 'no facts for an over-limit document');
      assert.ok(elapsed < 10_000, `${elapsed} ms`);
      assert.ok(hovers.every((h) => h.contents.every((c) => !/老旧小区/.test(typeof c === 'string' ? c : c.value))), 'no item hover');
      assert.ok(!symbols?.length, 'no symbols');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('an alias-bomb ledger: a diagnostic, no hang, the last good statuses stay, the file is byte-identical', async () => {
    const ledgerUri = api.ledger.uri!;
    const facts = api.index.documents().find((f) => f.targets.length > 0)!;
    const item = facts.targets[0]!;
    await vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'doing' });
    await waitFor('status doing', () => api.ledger.statusOf(item.id)?.status === 'doing');
    // "Billion laughs": 10 levels of 10 aliases each would be 10^10 strings if expanded.
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    bomb.push('items:', '  x:', '    status: done', '    note: *j', '');
    const bombText = bomb.join('\n');
    const bytes = encoder.encode(bombText);
    const started = Date.now();
    await vscode.workspace.fs.writeFile(ledgerUri, bytes);
    await api.ledger.reload();
    const diagnostic = await waitFor('a ledger diagnostic', () =>
      vscode.languages.getDiagnostics(ledgerUri).find((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.ok(Date.now() - started < 30_000, `the bomb took ${Date.now() - started} ms`);
    assert.ok(/alias/i.test(diagnostic.message) || /Ledger not read/.test(diagnostic.message), diagnostic.message);
    assert.strictEqual(api.ledger.statusOf(item.id)?.status, 'doing', 'the last good status stays');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done' })));
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(ledgerUri))], [...bytes], 'the ledger file is byte-identical');
    await vscode.workspace.fs.delete(ledgerUri);
    await api.ledger.reload();
    await waitFor('the diagnostic cleared', () => vscode.languages.getDiagnostics(ledgerUri).length === 0);
  });

  test('a huge ledger (over the size limit): a diagnostic, not parsed, the file untouched', async function () {
    // 33 MB go through the file system: in the web-worker host each write, read and delete crosses the
    // remote connection (8 s on a quiet 2-core machine, over 20 s on a loaded one). The time is I/O, not the check.
    this.timeout(120_000);
    const ledgerUri = api.ledger.uri!;
    const huge = `# ${'x'.repeat(9 * 1024 * 1024)}\nitems: {}\n`;
    await vscode.workspace.fs.writeFile(ledgerUri, encoder.encode(huge));
    await api.ledger.reload();
    // Wait for this file's diagnostic, not the previous test's (the alias-bomb diagnostic stands until the reload lands).
    const diagnostic = await waitFor('a too-large ledger diagnostic', () => vscode.languages.getDiagnostics(ledgerUri).find((d) => /too large/i.test(d.message)), 60_000);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const item = api.index.documents().find((f) => f.targets.length > 0)!.targets[0]!;
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('policyTracker.setStatus', item.id, { status: 'done' })));
    assert.strictEqual((await vscode.workspace.fs.stat(ledgerUri)).size, encoder.encode(huge).length, 'not rewritten');
    // Far over the limit (more bytes than the limit could ever hold): refused without being read.
    const huger = new Uint8Array(3 * 8 * 1024 * 1024 + 10).fill(0x61);
    await vscode.workspace.fs.writeFile(ledgerUri, huger);
    await api.ledger.reload();
    await waitFor('still a too-large diagnostic', () => vscode.languages.getDiagnostics(ledgerUri).some((d) => /too large/i.test(d.message)), 60_000);
    assert.strictEqual((await vscode.workspace.fs.stat(ledgerUri)).size, huger.length, 'not rewritten');
    await vscode.workspace.fs.delete(ledgerUri);
    await api.ledger.reload();
    await waitFor('the diagnostic cleared', () => vscode.languages.getDiagnostics(ledgerUri).length === 0, 60_000);
    // The ledger suite left the file open as a document: late updates of its buffer must not bring the diagnostic back.
    await sleep(1500);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(ledgerUri).map((d) => d.message), [], 'a diagnostic of the deleted file came back');
  });

  test('an alias-bomb glossary: a diagnostic, no hang, the glossary in use stays, the file is never written', async () => {
    const file = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode', 'policy-glossary.yaml');
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    bomb.push('炸弹测试:', '  components: *j', '');
    const bytes = encoder.encode(bomb.join('\n'));
    const before = api.glossary.glossary.lookup('四个意识');
    const started = Date.now();
    try {
      await vscode.workspace.fs.writeFile(file, bytes);
      await api.glossary.reload();
      await waitFor('a glossary diagnostic', () => vscode.languages.getDiagnostics(file).length > 0);
      assert.ok(Date.now() - started < 30_000, `the bomb took ${Date.now() - started} ms`);
      assert.ok(!api.glossary.glossary.lookup('炸弹测试'), 'the bomb entry is not in use');
      assert.deepStrictEqual(api.glossary.glossary.lookup('四个意识')?.components, before?.components, 'the built-in glossary still answers');
      assert.strictEqual(decoder.decode(await vscode.workspace.fs.readFile(file)), bomb.join('\n'), 'the file is never rewritten');
    } finally {
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await api.glossary.reload();
    }
  });
});
