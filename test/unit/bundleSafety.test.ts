// Trust (issue 7): the manifest declares untrustedWorkspaces: supported and virtualWorkspaces: true, so the
// extension must do nothing that needs trust: no process spawning, no network, no code evaluation, no file
// access except through workspace.fs. Checked on the built bundles (npm test builds before the unit tests;
// so does `npm run test:unit`), so a dependency that sneaks one of these in is caught too. The one exception
// (issue 8): the Node bundle starts extraction worker threads from its own dist/node/extractWorker.js and
// sizes the pool by the core count (worker_threads, os); the worker gets bytes read through workspace.fs
// and has no file, network or process access either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** dist/ (this file runs as dist/test/unit/bundleSafety.test.js). */
const DIST = resolve(__dirname, '..', '..');
const BUNDLES = [join(DIST, 'node', 'extension.js'), join(DIST, 'web', 'extension.js'), join(DIST, 'node', 'extractWorker.js')];

const FORBIDDEN: [string, RegExp][] = [
  ['child_process', /child_process/],
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b|\bFunction\s*\(\s*["'`]/],
  ['fetch(', /\bfetch\s*\(/],
  ['http', /https?\b|require\(\s*["'](?:node:)?(?:http|https|net|tls|dgram|dns)["']\s*\)/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['importScripts', /importScripts/],
  ['dynamic import', /\bimport\s*\(/],
  ['vm module', /require\(\s*["'](?:node:)?vm["']\s*\)/],
  ['worker_threads', /worker_threads/],
  ['fs module (use workspace.fs)', /require\(\s*["'](?:node:)?fs(?:\/promises)?["']\s*\)/],
];

/** Node modules the node bundle may require: vscode, and what esbuild's shims pull in. */
const ALLOWED_REQUIRES = new Set(['vscode', 'buffer', 'process']);
/** What the Node host's extraction pool adds, per bundle (issue 8); the web bundle gets none. */
const WORKER_POOL_REQUIRES: Record<string, string[]> = {
  [join('node', 'extension.js')]: ['worker_threads', 'os'],
  [join('node', 'extractWorker.js')]: ['worker_threads'],
};

for (const bundle of BUNDLES) {
  const name = bundle.slice(DIST.length + 1);
  test(`bundle ${name}: no process spawning, network or code evaluation`, () => {
    assert.ok(existsSync(bundle), `${bundle} missing: run node scripts/build.mjs first`);
    const source = readFileSync(bundle, 'utf8');
    assert.ok(source.length > 10_000, `${name} looks empty`);
    const poolRequires = WORKER_POOL_REQUIRES[name] ?? [];
    for (const [what, pattern] of FORBIDDEN) {
      if (what === 'worker_threads' && poolRequires.includes('worker_threads')) continue;
      const match = pattern.exec(source);
      const context = match ? source.slice(Math.max(0, match.index - 80), match.index + 80).replace(/\s+/g, ' ') : '';
      assert.equal(match, null, `${name} contains ${what}: …${context}…`);
    }
    const requires = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    const unexpected = [...new Set(requires.filter((r) => !ALLOWED_REQUIRES.has(r.replace(/^node:/, '')) && !poolRequires.includes(r.replace(/^node:/, ''))))];
    assert.deepEqual(unexpected, [], `${name} requires ${unexpected.join(', ')}`);
    if (name.startsWith('web')) assert.deepEqual([...new Set(requires)], ['vscode'], 'the web bundle requires vscode only');
  });
}

test('the manifest declares support for untrusted and virtual workspaces', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown };
  };
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  assert.equal(manifest.capabilities?.virtualWorkspaces, true);
});
