// Builds every bundle from the same sources with esbuild.
// --production: minified, no sourcemaps (for packaging). --watch: rebuild on change.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  loader: { '.yaml': 'text' },
};

/** Node built-ins must never reach the core or the web bundle. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:|fs$|path$|child_process$|os$|crypto$|buffer$)/ }, (args) => ({
      errors: [{ text: `Node built-in "${args.path}" imported from ${args.importer}: not allowed in the browser bundle` }],
    }));
  },
};

function listTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTests(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [noNodeBuiltins], define: { 'process.env.NODE_ENV': '"production"' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/policy-tracker.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  const unitTests = listTests('test/unit');
  if (unitTests.length) builds.push({ ...common, entryPoints: unitTests, outdir: 'dist/test/unit', outbase: 'test/unit', platform: 'node', format: 'cjs', external: ['fast-check'] });
  // Extension-host suite: index.ts (the run() entry) and one bundle per test/suite/**/*.test.ts.
  const suiteEntries = ['test/suite/index.ts'].filter(existsSync).concat(listTests('test/suite'));
  if (suiteEntries.length) builds.push({ ...common, entryPoints: suiteEntries, outdir: 'dist/test/suite', outbase: 'test/suite', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
  if (existsSync('test/runElectron.ts')) builds.push({ ...common, entryPoints: ['test/runElectron.ts'], outfile: 'dist/test/runElectron.js', platform: 'node', format: 'cjs', external: ['@vscode/test-electron'] });
  const extra = ['scripts/bench.ts', 'scripts/eval.ts'].filter(existsSync);
  for (const entry of extra) builds.push({ ...common, entryPoints: [entry], outdir: 'dist/scripts', platform: 'node', format: 'cjs' });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
