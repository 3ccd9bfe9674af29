// The scan's worker pool (issue 8): facts and line starts from the workers are those of extractDocument on
// this thread, and a worker that cannot start or crashes falls back to this thread without losing a file.
// Runs the built worker, dist/node/extractWorker.js (`npm run test:unit` and `npm test` build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeBytes } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';
import { LineIndex, lineStartsOf } from '../../src/core/lines';
import type { DocumentFacts } from '../../src/core/types';
import type { ExtractJob } from '../../src/node/extractJob';
import { ExtractPool } from '../../src/node/extractPool';
import { loadFile, scanFiles, type FileSource } from '../../src/node/scanFiles';

const ROOT = resolve(__dirname, '..', '..', '..');
const WORKER = join(ROOT, 'dist', 'node', 'extractWorker.js');
const SEEDS = join(ROOT, 'seeds');

const nodeFiles: FileSource<string> = {
  stat: async (path) => {
    const info = await stat(path);
    return { size: info.size, mtime: info.mtimeMs, directory: info.isDirectory() };
  },
  read: async (path) => new Uint8Array(await readFile(path)),
};

function seedPaths(): string[] {
  return readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort().map((name) => join(SEEDS, name));
}

/** Seeds as they are, with CRLF line ends, as UTF-16 LE with a BOM, and with a document year override. */
function jobs(): ExtractJob[] {
  const out: ExtractJob[] = [];
  for (const path of seedPaths()) {
    const bytes = new Uint8Array(readFileSync(path));
    const text = decodeBytes(bytes).text;
    out.push({ uri: path, bytes, year: null });
    out.push({ uri: `${path}#crlf`, bytes: new TextEncoder().encode(text.replace(/\n/g, '\r\n')), year: null });
    out.push({ uri: `${path}#utf16`, bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), year: null });
    out.push({ uri: `${path}#2031`, bytes, year: 2031 });
  }
  return out;
}

function inThread(job: ExtractJob): { facts: DocumentFacts; lineStarts: number[] } {
  const text = decodeBytes(job.bytes).text;
  return { facts: extractDocument(text, { uri: job.uri, year: job.year }), lineStarts: lineStartsOf(text) };
}

async function assertSameAsInThread(pool: ExtractPool, all: ExtractJob[]): Promise<void> {
  const results = await Promise.all(all.map((job) => pool.extract(job)));
  for (const [i, result] of results.entries()) {
    const expected = inThread(all[i]!);
    assert.equal(result.kind, 'facts', all[i]!.uri);
    if (result.kind !== 'facts') continue;
    assert.equal(result.failure, undefined);
    assert.deepStrictEqual(result.facts, expected.facts, all[i]!.uri);
    assert.deepStrictEqual([...result.lineStarts], expected.lineStarts, all[i]!.uri);
  }
}

test('the pool gives the facts and line starts of in-thread extraction (seeds, CRLF, UTF-16, year override)', async () => {
  const problems: string[] = [];
  const pool = new ExtractPool({ workerPath: WORKER, workers: 2, onProblem: (message) => problems.push(message) });
  try {
    await assertSameAsInThread(pool, jobs());
    assert.equal(pool.fellBack, false);
    assert.deepEqual(problems, []);
  } finally {
    pool.dispose();
  }
});

test('scanFiles + loadFile through the pool index seeds/ as in-thread extraction does', async () => {
  const pool = new ExtractPool({ workerPath: WORKER, workers: 2 });
  const found = new Map<string, DocumentFacts>();
  const lines = new Map<string, LineIndex>();
  try {
    const paths = seedPaths();
    const finished = await scanFiles(paths, {
      concurrency: pool.concurrency,
      cancelled: () => false,
      each: async (path) => {
        const outcome = await loadFile(path, path, { source: nodeFiles, extractor: pool, maxBytes: 2048 * 1024, year: null });
        assert.equal(outcome.kind, 'facts');
        if (outcome.kind !== 'facts') return;
        assert.match(outcome.stamp, /^\d+(\.\d+)?:\d+$/);
        found.set(path, outcome.facts);
        lines.set(path, LineIndex.fromLineStarts(outcome.lineStarts));
      },
    });
    assert.equal(finished, true);
    assert.deepEqual([...found.keys()].sort(), paths);
    for (const path of paths) {
      const text = decodeBytes(readFileSync(path)).text;
      assert.deepStrictEqual(found.get(path), extractDocument(text, { uri: path, year: null }), path);
      const expected = new LineIndex(text);
      assert.equal(lines.get(path)!.lineCount, expected.lineCount);
      for (let offset = 0; offset <= text.length; offset += 97) assert.deepEqual(lines.get(path)!.position(offset), expected.position(offset));
    }
  } finally {
    pool.dispose();
  }
});

test('loadFile: too large, unchanged, binary and unreadable files are outcomes, not facts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-pool-'));
  const binary = Buffer.alloc(3000, 0x41);
  binary[100] = 0;
  writeFileSync(join(dir, 'binary.txt'), binary);
  writeFileSync(join(dir, 'big.txt'), '今年要完成老旧小区改造120个。'.repeat(200));
  const pool = new ExtractPool({ workerPath: WORKER, workers: 1 });
  try {
    const options = { source: nodeFiles, extractor: pool, maxBytes: 1024, year: null };
    assert.equal((await loadFile(join(dir, 'binary.txt'), 'b', { ...options, maxBytes: 4096 })).kind, 'binary');
    assert.equal((await loadFile(join(dir, 'big.txt'), 'g', options)).kind, 'too-large');
    assert.equal((await loadFile(join(dir, 'big.txt'), 'g', { ...options, maxBytes: 1 << 20, unchanged: () => true })).kind, 'unchanged');
    assert.equal((await loadFile(join(dir, 'gone.txt'), 'x', options)).kind, 'unreadable');
    assert.equal((await loadFile(dir, 'd', options)).kind, 'directory');
  } finally {
    pool.dispose();
  }
});

test('a worker that cannot start: the pool extracts on this thread and every job still gets its facts', async () => {
  const problems: string[] = [];
  const pool = new ExtractPool({ workerPath: join(ROOT, 'dist', 'node', 'no-such-worker.js'), workers: 2, onProblem: (message) => problems.push(message) });
  try {
    await assertSameAsInThread(pool, jobs().slice(0, 6));
    assert.equal(pool.fellBack, true);
    assert.ok(problems.some((message) => /could not start/.test(message)), problems.join('\n'));
  } finally {
    pool.dispose();
  }
});

test('a worker that crashes mid-job: its jobs run on this thread, the pool replaces it, then falls back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-pool-'));
  const crashing = join(dir, 'crashingWorker.js');
  // Starts fine, then exits on its first job, like a worker killed by a fatal error.
  writeFileSync(crashing, "const { parentPort } = require('node:worker_threads');\nparentPort.postMessage('ready');\nparentPort.on('message', () => process.exit(7));\n");
  const problems: string[] = [];
  const pool = new ExtractPool({ workerPath: crashing, workers: 2, onProblem: (message) => problems.push(message) });
  try {
    await assertSameAsInThread(pool, jobs());
    assert.equal(pool.fellBack, true, 'after repeated crashes the pool works on this thread');
    assert.ok(problems.some((message) => /exited with code 7/.test(message)), problems.join('\n'));
    // Later jobs are extracted too.
    await assertSameAsInThread(pool, jobs().slice(0, 2));
  } finally {
    pool.dispose();
  }
});

test('dispose: jobs still waiting resolve as cancelled, later ones too', async () => {
  const pool = new ExtractPool({ workerPath: WORKER, workers: 1 });
  const all = jobs();
  const pending = all.map((job) => pool.extract(job));
  pool.dispose();
  const results = await Promise.all(pending);
  assert.ok(results.every((result) => result.kind === 'cancelled'));
  assert.equal((await pool.extract(all[0]!)).kind, 'cancelled');
});

test('LineIndex.fromLineStarts answers like LineIndex built from the text', () => {
  const text = 'a\r\nbb\rccc\n\n中文\r\n';
  const fromText = new LineIndex(text);
  const fromStarts = LineIndex.fromLineStarts(Uint32Array.from(lineStartsOf(text)));
  assert.equal(fromStarts.lineCount, fromText.lineCount);
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(fromStarts.position(offset), fromText.position(offset));
    assert.equal(fromStarts.lineStart(fromText.lineAt(offset)), fromText.lineStart(fromText.lineAt(offset)));
  }
});
