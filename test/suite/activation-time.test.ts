// Activation time, measured in the extension host, for `npm run bench` (.cache/bench/activation.json).
//
// Cold: when the extension is not active yet (a workspace with no .txt/.md, as `npm run bench` opens it),
// `ext.activate()` is timed: loading the bundle plus `activate()`. When it is already active (the usual
// suite run on seeds/), the extension's own timer is used if its API exports `activationMs`; otherwise
// nothing is written, so a cold measurement is never overwritten by a guess.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-tracker.policy-tracker';

suite('activation time', () => {
  test('activation is measured and written to .cache/bench/activation.json', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    let ms: number | null = null;
    let method = '';
    if (!extension.isActive) {
      const t0 = performance.now();
      await extension.activate();
      ms = performance.now() - t0;
      method = 'ext.activate() on an inactive extension (bundle load + activate)';
    } else {
      const reported: unknown = (extension.exports as { activationMs?: unknown } | undefined)?.activationMs;
      if (typeof reported === 'number') {
        ms = reported;
        method = "the extension's own timer (exports.activationMs)";
      }
    }
    assert.strictEqual(extension.isActive, true);
    if (ms === null) {
      console.log('[activation-time] the extension was already active and exports no activationMs: nothing written');
      return;
    }
    console.log(`[activation-time] ${ms.toFixed(1)} ms (${method})`);
    try {
      const dir = path.join(extension.extensionPath, '.cache', 'bench');
      fs.mkdirSync(dir, { recursive: true });
      const record = { activation_ms: Math.round(ms * 10) / 10, method, vscode: vscode.version, measuredAt: new Date().toISOString() };
      fs.writeFileSync(path.join(dir, 'activation.json'), JSON.stringify(record, null, 2) + '\n');
    } catch (error) {
      console.log(`[activation-time] could not write activation.json: ${String(error)}`);
    }
  });
});
