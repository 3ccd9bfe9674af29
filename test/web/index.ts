// Extension-host test entry for the web-worker extension host (issue 9). build.mjs bundles it,
// with mocha's browser build and every test/suite/**/*.test.ts that needs no Node built-in,
// into dist/test/web/suite.js (platform browser, `assert` aliased to test/web/assert.ts).
// Same contract as test/suite/index.ts: run() rejects when a test fails.
// No Node APIs here: this runs in a web worker.
// mocha's browser build (UMD; in this ESM package it sets globalThis.mocha).
import 'mocha/mocha.js';
import { runAndReport, type MochaRunner } from '../suite/report';
import { formatLog } from '../suite/formatLog';


interface BrowserMocha {
  setup(options: Record<string, unknown>): BrowserMocha;
  reporter(reporter: unknown): BrowserMocha;
  run(done: (failures: number) => void): MochaRunner;
  suite: unknown;
  constructor: { interfaces: Record<string, (suite: unknown) => void>; reporters: { Base: { consoleLog: (...args: unknown[]) => void }; Spec: unknown } };
}

/** `load` requires the test modules; it runs after mocha has put its globals in place. */
export async function runWith(load: () => void, files: string[], skipped: string[]): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'tdd', color: false, timeout: 20_000 });
  mocha.reporter(mocha.constructor.reporters.Spec); // by class: the name alone left the HTML reporter in place in the worker
  mocha.constructor.interfaces.bdd(mocha.suite);
  mocha.constructor.reporters.Base.consoleLog = (...args: unknown[]) => console.log(formatLog(args));
  console.log(`[suite:web] ${files.length} test file(s) bundled for the web worker: ${files.join(', ')}`);
  if (skipped.length) console.log(`[suite:web] not bundled (they need Node built-ins): ${skipped.join(', ')}`);
  load();
  suite('web-worker extension host', () => {
    test('the suite and the extension run without Node (no process, no Buffer)', () => {
      const g = globalThis as Record<string, unknown>;
      if (typeof g.process !== 'undefined' || typeof g.Buffer !== 'undefined') throw new Error('Node globals present: not the web-worker extension host');
      if (typeof g.importScripts !== 'function') throw new Error('not running in a web worker');
    });
  });
  await runAndReport(mocha, ' in the web worker');
}
