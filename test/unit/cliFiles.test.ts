// The scanner on hostile file trees (issue 7): binary files, files over the size limit, a 50 MB one-line
// file, symlink loops, unreadable files and files deleted mid-scan. Spawns the built CLI where the
// behaviour end to end matters (run `node scripts/build.mjs` first; npm test and npm run test:unit do).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { collectDocumentFiles, readDocument, type FileAccess } from '../../src/cli/documentFiles';
import { scanPaths } from '../../src/cli/scanCommand';

const CLI = resolve(__dirname, '..', '..', 'cli', 'policy-tracker.js');
const SAMPLE = '今年要完成老旧小区改造120个，年底前建成5G基站3万个。\n';

function run(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, maxBuffer: 256 << 20 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pt-files-'));
}

test('binary files (a NUL in the first 8 KB) are skipped with a note, the rest is scanned', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), SAMPLE);
  const binary = Buffer.alloc(20_000, 0x41);
  binary[5000] = 0;
  writeFileSync(join(dir, 'z.txt'), binary);
  const { code, out, err } = run(['scan', '.'], dir);
  assert.equal(code, 0, err);
  assert.deepEqual((JSON.parse(out) as { documents: { file: string }[] }).documents.map((d) => d.file), ['a.txt']);
  assert.match(err, /skipped z\.txt: binary file/);
});

test('files over --max-size are skipped with one note each, not read; a bad --max-size is a usage error', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), SAMPLE);
  writeFileSync(join(dir, 'big.txt'), SAMPLE.repeat(30_000)); // about 2 MB
  const { code, out, err } = run(['scan', '.', '--max-size', '1'], dir);
  assert.equal(code, 0, err);
  assert.deepEqual((JSON.parse(out) as { documents: { file: string }[] }).documents.map((d) => d.file), ['a.txt']);
  assert.equal(err.match(/big\.txt/g)?.length, 1, err);
  assert.match(err, /skipped big\.txt: 2\.\d MB is over the size limit of 1\.0 MB \(--max-size\)/);
  assert.equal(run(['scan', '.', '--max-size', 'lots'], dir).code, 2);
  assert.equal(run(['scan', '.', '--max-size', '0'], dir).code, 2);
  // Not read at all: the size check comes first.
  let reads = 0;
  const files: FileAccess = { size: () => 10 << 20, read: () => (reads++, new Uint8Array()) };
  assert.deepEqual(readDocument('x.txt', 1 << 20, files), { kind: 'too-large', size: 10 << 20 });
  assert.equal(reads, 0);
});

test('a 50 MB one-line file: the scanner finishes in bounded time and memory, with results', async () => {
  const dir = tempDir();
  // A real policy document with its line breaks removed, repeated to 50 MB: what a flattened web scrape
  // looks like. (Text without any 。 would be one 50 MB sentence carried by every target; the core does not
  // cap sentence length, so that case is bounded only by --max-size.)
  const seed = readFileSync(resolve(__dirname, '..', '..', '..', 'seeds', '001_edfc7fa74afdd82a.txt'), 'utf8').replace(/^\uFEFF/, '').replace(/[\r\n]+/g, '');
  const line = Buffer.from(seed);
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  for (let written = 0; written < 50 * 1024 * 1024; written += line.length) writeSync(fd, line);
  closeSync(fd);
  const started = Date.now();
  // CSV to a file, so the test does not hold the output twice; a generous limit for a busy CI machine
  // (about 12 s on one core of the development machine).
  const child = spawn(process.execPath, ['--max-old-space-size=2048', CLI, 'scan', 'huge.txt', '--format', 'csv', '--output', 'out.csv'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  const seconds = (Date.now() - started) / 1000;
  assert.equal(code, 0, `exit ${code} after ${seconds.toFixed(1)} s: ${err}`);
  const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
  assert.ok(csv.split('\n').length > 1000, `targets found in the 50 MB file (${seconds.toFixed(1)} s)`);
  rmSync(dir, { recursive: true, force: true });
});

test('symlink loops in a folder walk end; linked files and folders are scanned once', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a.txt'), SAMPLE);
  writeFileSync(join(dir, 'docs', 'sub', 'b.txt'), SAMPLE);
  symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'sub', 'loop')); // sub/loop → docs: a cycle
  symlinkSync('.', join(dir, 'docs', 'self')); // self → docs
  symlinkSync(join(dir, 'docs', 'a.txt'), join(dir, 'docs', 'sub', 'link.txt')); // a linked file counts
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'docs', 'dangling.txt')); // skipped quietly
  const collected = collectDocumentFiles([join(dir, 'docs')]);
  assert.deepEqual(collected.errors, []);
  assert.deepEqual(
    collected.files.map((f) => f.display.slice(dir.length + 1)),
    ['docs/a.txt', 'docs/sub/b.txt', 'docs/sub/link.txt'],
  );
  const { code, out, err } = run(['scan', 'docs'], dir);
  assert.equal(code, 0, err);
  assert.equal((JSON.parse(out) as { documents: unknown[] }).documents.length, 3);
});

test('unreadable files: a note naming the file, a non-zero exit, the other files still scanned', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), SAMPLE);
  writeFileSync(join(dir, 'secret.txt'), SAMPLE);
  // As root (CI containers) chmod 000 does not stop reads, so the denial is simulated there.
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const denied = (path: string): boolean => path.endsWith('secret.txt');
  const files: FileAccess = {
    size: (path) => readFileSync(path).length,
    read: (path) => {
      if (isRoot && denied(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return readFileSync(path);
    },
  };
  if (!isRoot) chmodSync(join(dir, 'secret.txt'), 0o000);
  try {
    const run = scanPaths([dir], null, { files });
    assert.equal(run.failed, true);
    assert.deepEqual(run.result.documents.map((d) => d.file.slice(dir.length + 1)), ['a.txt']);
    assert.equal(run.notes.length, 1);
    assert.match(run.notes[0]!, /cannot read .*secret\.txt: permission denied/);
  } finally {
    chmodSync(join(dir, 'secret.txt'), 0o644);
  }
});

test('files deleted mid-scan: a folder file that vanished is a note, a named path that vanished an error; no crash', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), SAMPLE);
  writeFileSync(join(dir, 'b.txt'), SAMPLE);
  // b.txt disappears between the walk and its read.
  const gone = (path: string): never => {
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
  const files: FileAccess = {
    size: (path) => (path.endsWith('b.txt') ? gone(path) : readFileSync(path).length),
    read: (path) => readFileSync(path),
  };
  const walked = scanPaths([dir], null, { files });
  assert.equal(walked.failed, false);
  assert.deepEqual(walked.result.documents.map((d) => d.file.slice(dir.length + 1)), ['a.txt']);
  assert.deepEqual(walked.notes.map((n) => n.slice(n.lastIndexOf('/') + 1)), ['b.txt: deleted during the scan']);
  const named = scanPaths([join(dir, 'a.txt'), join(dir, 'b.txt')], null, { files });
  assert.equal(named.failed, true);
  assert.match(named.notes[0]!, /cannot read .*b\.txt: no such file or folder/);
  // End to end: a path that is gone before the scan starts.
  rmSync(join(dir, 'b.txt'));
  const { code, out, err } = run(['scan', 'a.txt', 'b.txt'], dir);
  assert.equal(code, 1);
  assert.match(err, /cannot read b\.txt: no such file or folder/);
  assert.equal((JSON.parse(out) as { documents: unknown[] }).documents.length, 1);
});
