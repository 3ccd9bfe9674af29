// First extension-host suite: the extension activates in VS Code 1.100.x, its view can be
// shown and every command its manifest declares is registered.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-tracker.policy-tracker';

suite('activation', () => {
  test('runs in VS Code 1.100', () => {
    assert.ok(vscode.version.startsWith('1.100'), `unexpected VS Code version ${vscode.version}`);
  });

  test('the extension is present and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  test('the view policyTracker.items can be focused', async () => {
    await vscode.commands.executeCommand('policyTracker.items.focus');
  });

  test('every command in contributes.commands is registered', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const declared: string[] = (extension.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(declared.length > 0, 'the manifest declares no command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
  });

  test('the workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected one workspace folder');
  });
});
