#!/usr/bin/env node
// Runs the extension-host suite with the extension in the browser's web-worker extension host
// (issue 9): a temp copy of the extension whose manifest has no `main` (only `browser`), and the
// browser bundle of the suite, dist/test/web/suite.js (built by scripts/build.mjs).
// Same options and output as test/runCodeServer.mjs (last line `N passed, N failed`), except
// --extension/--tests default to the copy and the web bundle.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './codeServer.mjs';
import { parseArgs, runSuite } from './runCodeServer.mjs';

/** Copies what the browser build needs into a temp folder, with `main` removed from the manifest. */
export function makeWebExtensionCopy(source = ROOT) {
  const dir = join(tempDir('webext'), 'policy-tracker');
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no "browser" entry');
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of ['package.nls.json', 'package.nls.zh-cn.json', 'l10n', 'media', 'syntaxes', 'snippets', 'dist/web', 'README.md', 'LICENSE']) {
    const from = join(source, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = { label: 'web-worker', ...parseArgs(process.argv.slice(2)) };
  const copy = options.extensionPath ? undefined : makeWebExtensionCopy();
  options.extensionPath ??= copy;
  // VS Code runs the tests module in the extension host of the extension whose folder holds it
  // (a module outside every extension goes to the remote Node host), so put it inside the copy.
  if (!options.testsPath) {
    const bundle = join(ROOT, 'dist/test/web/suite.js');
    if (!existsSync(bundle)) throw new Error(`${bundle} missing: run node scripts/build.mjs`);
    options.testsPath = join(options.extensionPath, 'dist/test/web/suite.js');
    if (!existsSync(options.testsPath)) cpSync(bundle, options.testsPath);
  }
  const result = await runSuite(options);
  if (copy) rmSync(join(copy, '..'), { recursive: true, force: true });
  if (options.resultFile) writeFileSync(options.resultFile, JSON.stringify(result));
  console.log(`[${options.label}] exit code ${result.exitCode}, ${result.pending} pending, ${result.seconds} s`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  process.exit(result.exitCode);
}
