// Hover, completion, outline/workspace symbols and slogan diagnostics on the seeds workspace,
// compared against extractDocument run on the same files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { expansionText } from '../../src/core/snippetContent';
import type { DocumentFacts, Slogan } from '../../src/core/types';
import type { PolicyTrackerApi } from '../../src/extension';
import { SloganHoverProvider } from '../../src/vscode/hover';
import { closeAllEditors, expectedFacts, getApi, seed, seedUris, waitFor } from './helpers';

function markdownOf(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('slogan hover', () => {
  let api: PolicyTrackerApi;
  let jincheng: vscode.Uri;
  let facts: DocumentFacts;
  let wugesan: Slogan;

  suiteSetup(async () => {
    api = await getApi();
    jincheng = await seed('001_');
    facts = await expectedFacts(jincheng);
    const found = facts.slogans.find((s) => s.term === '五个三');
    assert.ok(found, 'the extractor finds 五个三 in the 晋城 seed');
    wugesan = found;
  });

  suiteTeardown(closeAllEditors);

  test('hovering 五个三 shows its components, both definitions with links, usage and the conflict', async () => {
    const document = await vscode.workspace.openTextDocument(jincheng);
    const occurrence = wugesan.occurrences[0]!;
    const position = document.positionAt(occurrence.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', jincheng, position);
    const text = markdownOf(hovers);
    for (const part of ['五个三', '三大目标', '先行区', '领跑者', '桥头堡', '三大攻坚', '三条底线']) assert.ok(text.includes(part), `hover mentions ${part}:\n${text}`);
    if (wugesan.definitions.length > 1) {
      assert.ok(text.includes('三大成果'), 'the second, different definition is shown too');
      assert.ok(/Definition 2/.test(text), 'definitions are numbered as variants');
    }
    const links = [...text.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(links.length >= wugesan.definitions.length, 'each definition links to its place');
    assert.ok(links.every((l) => l.startsWith('command:policyTracker.openLocation?')), `only our command is linked: ${links.join(' ')}`);
    const documents = (await Promise.all((await seedUris()).map(expectedFacts))).filter((f) => f.slogans.some((s) => s.term === '五个三')).length;
    assert.ok(text.includes(`Used in ${documents} document`), `usage count ${documents}`);
    if (wugesan.findings.length) assert.ok(text.includes('⚠'), 'the conflict is flagged');
  });

  test('the hover is trusted for the open command only, without HTML', () => {
    const provider = new SloganHoverProvider(api.index, api.indexer, api.glossary);
    return vscode.workspace.openTextDocument(jincheng).then((document) => {
      const hover = provider.provideHover(document, document.positionAt(wugesan.occurrences[0]!.start));
      assert.ok(hover);
      const md = hover.contents[0] as vscode.MarkdownString;
      assert.deepStrictEqual(md.isTrusted, { enabledCommands: ['policyTracker.openLocation'] });
      assert.ok(!md.supportHtml);
      assert.ok(hover.range?.isEqual(new vscode.Range(document.positionAt(wugesan.occurrences[0]!.start), document.positionAt(wugesan.occurrences[0]!.end))));
    });
  });

  test('the definition link opens the document at the definition line', async () => {
    const document = await vscode.workspace.openTextDocument(jincheng);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', jincheng, document.positionAt(wugesan.occurrences[0]!.start));
    const link = /\]\(command:policyTracker\.openLocation\?([^)]+)\)/.exec(markdownOf(hovers));
    assert.ok(link, 'a definition link');
    const args = JSON.parse(decodeURIComponent(link[1]!)) as [string, number];
    await vscode.commands.executeCommand('policyTracker.openLocation', ...args);
    const editor = await waitFor('the editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === jincheng.toString() ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(editor.selection.active.line, wugesan.definitions[0]!.line);
  });

  test('every slogan hover in the seed links only to our command', async () => {
    const document = await vscode.workspace.openTextDocument(jincheng);
    for (const slogan of facts.slogans.slice(0, 40)) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', jincheng, document.positionAt(slogan.occurrences[0]!.start));
      const text = markdownOf(hovers);
      assert.ok(text.includes(slogan.term.replace(/[\\`*_{}[\]()#+\-.!|~<>&"':]/g, '')[0] ?? ''), `hover for ${slogan.term}`);
      for (const m of text.matchAll(/\]\(([a-z]+:[^)]*)\)/g)) assert.ok(m[1]!.startsWith('command:policyTracker.openLocation?'), `${slogan.term}: ${m[1]}`);
    }
  });

  test('a prose-defined term (碳达峰) explains itself with its defining sentence', async function () {
    const all = await Promise.all((await seedUris()).map(async (uri) => ({ uri, facts: await expectedFacts(uri) })));
    const withTerm = all.find((d) => d.facts.terms.length > 0);
    if (!withTerm) return this.skip();
    const term = withTerm.facts.terms[0]!;
    const document = await vscode.workspace.openTextDocument(withTerm.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', withTerm.uri, document.positionAt(term.start));
    const text = markdownOf(hovers);
    assert.ok(text.includes(term.term), text);
    assert.ok(text.includes('Explanation'), text);
  });
});

suite('slogan completion', () => {
  let api: PolicyTrackerApi;

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(closeAllEditors);

  test('typing part of 五个三 offers it; inserting produces the full expansion', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '全力推进五个' });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.positionAt(document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const item = list.items.find((i) => labelOf(i) === '五个三');
    assert.ok(item, 'the slogan is offered');
    const range = item.range as vscode.Range;
    assert.ok(range.start.isEqual(end.translate(0, -2)), 'the typed 五个 is replaced');
    assert.ok(item.insertText instanceof vscode.SnippetString);
    const first = api.index.slogans().find((s) => s.value.term === '五个三' && s.value.definitions.length)!.value.definitions[0]!;
    assert.ok(await editor.insertSnippet(item.insertText, range));
    assert.strictEqual(document.getText(), `全力推进${expansionText('五个三', first.components)}`);
  });

  test('conflicting definitions become a choice placeholder', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '五个三' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 3));
    const item = list.items.find((i) => labelOf(i) === '五个三');
    assert.ok(item);
    const definitions = api.index.term('五个三').definitions;
    const distinct = new Set(definitions.map((d) => JSON.stringify(d.value.components))).size;
    const snippet = (item.insertText as vscode.SnippetString).value;
    if (distinct > 1) assert.ok(snippet.includes('${1|'), snippet);
    else assert.ok(!snippet.includes('${1|'), snippet);
  });

  test('typing a glossary slogan and accepting the suggestion expands it', async () => {
    const entry = api.glossary.glossary.lookup('四个意识');
    assert.ok(entry && entry.components.length === 4, 'the built-in glossary knows 四个意识');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '增强四个意识'));
    editor.selection = new vscode.Selection(0, 6, 0, 6);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const want = `增强${expansionText('四个意识', entry.components)}`;
    await waitFor('the suggestion accepted', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return document.getText() === want || document.getText().length > 6;
    }, 8000);
    assert.strictEqual(document.getText(), want);
  });
});

suite('outline and workspace symbols', () => {
  suiteSetup(getApi);

  test('the outline lists the headings and the targets, targets selecting their anchor', async () => {
    const uri = await seed('001_');
    const facts = await expectedFacts(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]): void => list.forEach((s) => (flat.push(s), walk(s.children ?? [])));
    walk(symbols);
    assert.strictEqual(flat.filter((s) => s.kind === vscode.SymbolKind.Module).length, facts.headings.length);
    const targets = flat.filter((s) => s.kind === vscode.SymbolKind.Number || s.kind === vscode.SymbolKind.Event);
    assert.strictEqual(targets.length, facts.targets.length);
    const anchors = new Set(facts.targets.map((t) => `${t.start}-${t.end}`));
    for (const symbol of targets) assert.ok(anchors.has(`${document.offsetAt(symbol.selectionRange.start)}-${document.offsetAt(symbol.selectionRange.end)}`));
  });

  test('Ctrl+T finds slogans and targets in every document', async () => {
    const uri = await seed('001_');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '五个三');
    const hit = found.find((s) => s.name === '五个三' && s.location.uri.toString() === uri.toString());
    assert.ok(hit, 'the slogan is found');
    const facts = await expectedFacts(uri);
    const definition = facts.slogans.find((s) => s.term === '五个三')!.definitions[0]!;
    assert.strictEqual(hit.location.range.start.line, definition.line);
    const target = facts.targets[0];
    if (target) {
      const byText = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', target.anchor);
      assert.ok(byText.some((s) => s.location.uri.toString() === uri.toString() && s.location.range.start.line === target.line), `target ${target.anchor}`);
    }
  });
});

suite('slogan diagnostics', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyTracker');

  suiteSetup(getApi);

  suiteTeardown(async () => {
    await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('findings are diagnostics with the other definition as related information', async () => {
    const uri = await seed('001_');
    const facts = await expectedFacts(uri);
    const findings = facts.slogans.flatMap((s) => s.findings);
    const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-tracker' && (d.code === 'count-mismatch' || d.code === 'conflicting-definitions'));
    await waitFor('the diagnostics', () => ours().length === findings.length);
    for (const d of ours()) assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    const conflict = ours().find((d) => d.code === 'conflicting-definitions' && d.message.includes('五个三'));
    if (facts.slogans.find((s) => s.term === '五个三')!.findings.some((f) => f.kind === 'conflicting-definitions')) {
      assert.ok(conflict, 'the 五个三 conflict is reported');
      assert.strictEqual(conflict.relatedInformation?.length, 1);
      assert.strictEqual(conflict.relatedInformation![0]!.location.range.start.line, facts.slogans.find((s) => s.term === '五个三')!.definitions[0]!.line);
    }
  });

  test('the severity setting applies, and off removes them', async () => {
    const uri = await seed('001_');
    const facts = await expectedFacts(uri);
    if (!facts.slogans.some((s) => s.findings.length)) return;
    const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'count-mismatch' || d.code === 'conflicting-definitions');
    await config().update('diagnostics.severity', 'warning', vscode.ConfigurationTarget.Workspace);
    await waitFor('warnings', () => ours().length > 0 && ours().every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await config().update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Workspace);
    await waitFor('no slogan diagnostics', () => ours().length === 0);
    await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('information again', () => ours().length > 0 && ours().every((d) => d.severity === vscode.DiagnosticSeverity.Information));
  });
});

suite('user glossary', () => {
  let api: PolicyTrackerApi;
  const encoder = new TextEncoder();
  let file: vscode.Uri;

  suiteSetup(async () => {
    api = await getApi();
    file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, '.vscode', 'policy-glossary.yaml');
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  test('entries load and override; a broken file is a diagnostic at its line and the last good glossary stays', async () => {
    const good = '九项测试:\n  components: [谦虚谨慎, 艰苦奋斗, 敢于斗争]\n  explanation: 测试条目\n';
    await vscode.workspace.fs.writeFile(file, encoder.encode(good));
    await waitFor('the user entry', () => api.glossary.glossary.lookup('九项测试')?.origin === 'user');
    const broken = '九项测试:\n  components: [谦虚谨慎, 艰苦奋斗\n  explanation: 未闭合\n';
    await vscode.workspace.fs.writeFile(file, encoder.encode(broken));
    const diagnostics = await waitFor('a glossary diagnostic', () => {
      const list = vscode.languages.getDiagnostics(file);
      return list.length ? list : undefined;
    });
    assert.ok(diagnostics[0]!.range.start.line >= 1, `at the offending line, not the top: ${diagnostics[0]!.range.start.line}`);
    assert.strictEqual(api.glossary.glossary.lookup('九项测试')?.explanation, '测试条目', 'the last good glossary stays in use');
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), broken, 'the file is never rewritten');
    await vscode.workspace.fs.delete(file);
    await waitFor('back to the built-in glossary', () => !api.glossary.glossary.lookup('九项测试'));
    await waitFor('no glossary diagnostics', () => vscode.languages.getDiagnostics(file).length === 0);
  });
});
