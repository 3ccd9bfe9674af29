// Builds every bundle from the same sources with esbuild.
// --production: minified, no sourcemaps (for packaging). --watch: rebuild on change.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, mkdirSync, copyFileSync, readFileSync } from 'node:fs';
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

/** The web build gets the in-thread stand-in of the worker-pool extractor (src/node/scanExtractor.web.ts). */
const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    build.onResolve({ filter: /[\\/]node[\\/]scanExtractor$/ }, (args) => ({ path: join(args.resolveDir, `${args.path}.web.ts`) }));
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

/**
 * One browser bundle, dist/test/web/suite.js, for the web-worker extension host: test/web/index.ts
 * (mocha's browser build) plus every suite file that bundles without Node built-ins; the others
 * are listed as skipped. `assert` maps to the small browser stand-in test/web/assert.ts.
 */
const webAlias = { assert: './test/web/assert.ts', 'assert/strict': './test/web/assert.ts' };
/** mocha's browser build is UMD: hide the CommonJS `module`/`exports` of the extension host's loader from it, or it replaces the suite's exports. */
const mochaBrowserGlobal = {
  name: 'mocha-browser-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (exports, module, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};
async function webSuiteBuild(tests) {
  const files = [];
  const skipped = [];
  for (const file of tests) {
    try {
      await esbuild.build({ ...common, sourcemap: false, entryPoints: [file], write: false, platform: 'browser', format: 'cjs', external: ['vscode'], alias: webAlias, plugins: [noNodeBuiltins], logLevel: 'silent' });
      files.push(file);
    } catch {
      skipped.push(file);
    }
  }
  const contents = [
    "import { runWith } from './test/web/index';",
    'export function run(): Promise<void> {',
    `  return runWith(() => {${files.map((f) => `\n    require(${JSON.stringify(`./${f.split('\\').join('/')}`)});`).join('')}\n  }, ${JSON.stringify(files)}, ${JSON.stringify(skipped)});`,
    '}',
  ].join('\n');
  return { ...common, stdin: { contents, resolveDir: process.cwd(), sourcefile: 'web-suite-entry.ts', loader: 'ts' }, outfile: 'dist/test/web/suite.js', platform: 'browser', format: 'cjs', external: ['vscode'], alias: webAlias, plugins: [noNodeBuiltins, mochaBrowserGlobal] };
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The extraction worker of the Node host's scan pool (src/node/extractPool.ts starts it from dist/node/).
  { ...common, entryPoints: ['src/node/extractWorker.ts'], outfile: 'dist/node/extractWorker.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [webStandIns, noNodeBuiltins], define: { 'process.env.NODE_ENV': '"production"' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/policy-tracker.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  const unitTests = listTests('test/unit');
  if (unitTests.length) builds.push({ ...common, entryPoints: unitTests, outdir: 'dist/test/unit', outbase: 'test/unit', platform: 'node', format: 'cjs', external: ['fast-check'] });
  // Extension-host suite: index.ts (the run() entry) and one bundle per test/suite/**/*.test.ts.
  const suiteEntries = ['test/suite/index.ts'].filter(existsSync).concat(listTests('test/suite'));
  if (suiteEntries.length) builds.push({ ...common, entryPoints: suiteEntries, outdir: 'dist/test/suite', outbase: 'test/suite', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
  // The same suite for the web-worker extension host (issue 9), see webSuiteBuild below.
  if (existsSync('test/web/index.ts')) builds.push(await webSuiteBuild(listTests('test/suite')));
  if (existsSync('test/runElectron.ts')) builds.push({ ...common, entryPoints: ['test/runElectron.ts'], outfile: 'dist/test/runElectron.js', platform: 'node', format: 'cjs', external: ['@vscode/test-electron'] });
  const extra = ['scripts/bench.ts', 'scripts/eval.ts'].filter(existsSync);
  for (const entry of extra) builds.push({ ...common, entryPoints: [entry], outdir: 'dist/scripts', platform: 'node', format: 'cjs' });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
