// Runs a configured mocha and reports its counts the way test/runCodeServer.mjs reads them.
// Shared by the Node entry (test/suite/index.ts) and the web-worker entry (test/web/index.ts): no Node APIs.

/** The runner (test/runCodeServer.mjs) looks for this marker to print its final `N passed, N failed` line. */
export const RESULT_MARKER = '[policy-tracker-suite-result]';

/** A failed test as the summary of `npm test` names it: full title and the first line of its error. */
export interface FailedTest {
  title: string;
  error: string;
}

interface SuiteStats {
  passes: number;
  failures: number;
  pending: number;
  failed: FailedTest[];
}

interface FailingTest {
  fullTitle(): string;
}

export interface MochaRunner {
  stats?: { passes: number; failures: number; pending: number };
  on(event: 'fail', listener: (test: FailingTest, error: unknown) => void): unknown;
}

interface RunnableMocha {
  run(done: (failures: number) => void): MochaRunner;
}

/** The first line of an error's message, bounded (the summary is read in a CI log's tail). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n', 1)[0] ?? '').slice(0, 300);
}

/** Runs the suite, prints the marker line, and rejects when a test failed or none ran (`where` names the host). */
export async function runAndReport(mocha: RunnableMocha, where: string): Promise<void> {
  const failed: FailedTest[] = [];
  const stats = await new Promise<SuiteStats>((resolve, reject) => {
    try {
      const runner = mocha.run(() =>
        resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0, failed }),
      );
      runner.on('fail', (test, error) => failed.push({ title: test.fullTitle(), error: firstLine(error) }));
    } catch (error) {
      reject(error);
    }
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify(stats)}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} extension-host test(s) failed${where}`);
  if (stats.passes === 0) throw new Error(`no extension-host test ran${where}`);
}
