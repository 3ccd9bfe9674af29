// Issue 8: on the Node extension host, workspace scans extract in worker threads (dist/node/extractWorker.js
// found and started, no fallback); the web-worker host extracts on its own thread. The facts themselves are
// checked against in-thread extraction by the other suites and by test/unit/extractPool.test.ts.
import * as assert from 'assert';
import { getApi } from './helpers';

/** The web-worker extension host runs the suite in a web worker. */
const inWebWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

suite('workspace scans: extraction threads', () => {
  test(inWebWorker ? 'the web-worker host extracts on its own thread' : 'the Node host extracted the first scan in worker threads', async () => {
    const api = await getApi();
    assert.ok(api.index.uris().length > 0, 'the first scan indexed the workspace');
    assert.strictEqual(api.indexer.scansInWorkers, !inWebWorker);
  });
});
