// Extension-host test entry (the module `extensionTestsPath` points at). VS Code loads it inside
// the extension host and awaits run(); a rejection means the suite failed.
//
// It runs mocha over every `*.test.js` next to it (dist/test/suite/, one bundle per
// test/suite/**/*.test.ts). Both mocha interfaces are available in test files:
// tdd (`suite`/`test`/`setup`/`teardown`) and bdd (`describe`/`it`/`before`/`after`).
// Used by both launchers: test/runCodeServer.mjs (offline, code-server) and
// test/runElectron.ts (@vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { runAndReport } from './report';
import { formatLog } from './formatLog';


export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.POLICY_TRACKER_TEST_TIMEOUT ?? 20_000),
    ...(process.env.POLICY_TRACKER_TEST_GREP ? { grep: process.env.POLICY_TRACKER_TEST_GREP } : {}),
  });
  // Also expose the bdd globals (describe/it/...), so either style works.
  Mocha.interfaces.bdd(mocha.suite);
  // The workbench forwards console output as plain text without applying printf-style
  // placeholders, so format mocha's reporter lines here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(formatLog(args));

  const files = listTests(__dirname);
  for (const file of files) mocha.addFile(file);
  console.log(`[suite] ${files.length} test file(s) in ${__dirname}`);

  await runAndReport(mocha, '');
}

function listTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listTests(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}
