// Runs a configured mocha and reports its counts the way test/runCodeServer.mjs reads them.
// Shared by the Node entry (test/suite/index.ts) and the web-worker entry (test/web/index.ts): no Node APIs.

/** The runner (test/runCodeServer.mjs) looks for this marker to print its final `N passed, N failed` line. */
export const RESULT_MARKER = '[policy-tracker-suite-result]';

interface SuiteStats {
  passes: number;
  failures: number;
  pending: number;
}

interface RunnableMocha {
  run(done: (failures: number) => void): { stats?: SuiteStats };
}

/** Runs the suite, prints the marker line, and rejects when a test failed or none ran (`where` names the host). */
export async function runAndReport(mocha: RunnableMocha, where: string): Promise<void> {
  const stats = await new Promise<SuiteStats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
    } catch (error) {
      reject(error);
    }
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify(stats)}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} extension-host test(s) failed${where}`);
  if (stats.passes === 0) throw new Error(`no extension-host test ran${where}`);
}
