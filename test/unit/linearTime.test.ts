// Linear time: 1 MB single-line adversarial inputs must extract in well under a second each.
// The bound here is deliberately generous (5 s) so the test cannot flake; the real timing is `npm run bench`.
// Each case runs in a worker thread that is terminated at the bound, so a super-linear extractor makes
// the test fail in seconds instead of hanging the whole unit-test run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { decodeBytes } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';
import { spanProblems } from './helpers/spans';

const SIZE = 1 << 20; // 1 MB of UTF-16 code units, so about 3 MB of UTF-8 for the CJK cases
const BOUND_MS = 5000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

/** Deterministic pseudo-random mix of the characters the extractor reacts to. */
function mixed(alphabet: string[], seed: number): string {
  let a = seed >>> 0;
  const parts: string[] = [];
  let length = 0;
  while (length < SIZE) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const piece = alphabet[a % alphabet.length]!;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, SIZE);
}

const TOKENS = ['1', '2', '0', '.', '%', '、', '，', '的', '年', '月', '日', '前', '底', '到', '以上', '左右', '不少于', '要', '确保', '力争', '“', '”', '（', '）', '《', '》', '"', '十', '四', '五', '个', '三大', '万', '亿', '元', '项', '即', '是指', '：'];

/** Built lazily: each worker builds only its own input. */
const cases: [string, () => string][] = [
  ['digits', () => fill('1234567890')],
  ['one long number', () => '到' + fill('9') + '%以上'],
  ['decimal points', () => fill('1.')],
  ['open brackets', () => fill('（')],
  ['open and close brackets', () => fill('（（（）')],
  ['mixed brackets', () => fill('（[【《「『〔(')],
  ['open quotes', () => fill('“')],
  ['straight quotes', () => fill('"')],
  ['quoted digits', () => fill('“1+8”')],
  ['unclosed quoted slogan', () => fill('“五个三（')],
  ['的 run', () => fill('的')],
  ['年 run', () => fill('年')],
  ['digit 年 pairs', () => fill('2025年')],
  ['percent run', () => fill('%')],
  ['digits and percent', () => fill('5%')],
  ['enumeration comma run', () => fill('、')],
  ['enumeration of numbers', () => fill('1、')],
  ['Chinese numerals', () => fill('一二三四五六七八九十百千万亿')],
  ['slogan soup', () => fill('四个意识两个维护')],
  ['modal verbs without terminator', () => fill('要确保力争加快推进完成')],
  ['deadline soup', () => fill('到2025年底前')],
  ['target sentence without terminator', () => fill('确保到2025年完成100%以上、')],
  ['definition soup', () => fill('“一城”即')],
  ['prose definition without end', () => fill('“碳达峰”是指')],
  ['random mix A', () => mixed(TOKENS, 1)],
  ['random mix B', () => mixed(TOKENS, 2)],
];

interface CaseResult {
  ms: number;
  length: number;
  problems: string[];
}

if (!isMainThread && parentPort) {
  // Worker: warm up (glossary, converter tables), then time one case.
  const [name, build] = cases[(workerData as { index: number }).index]!;
  extractDocument('确保到2025年完成100%以上。“四个意识”', { uri: 'mem:///warm-up' });
  const text = build();
  const t0 = performance.now();
  const facts = extractDocument(text, { uri: `mem:///${name}` });
  const ms = performance.now() - t0;
  const result: CaseResult = { ms, length: text.length, problems: spanProblems(text, facts).slice(0, 5) };
  parentPort.postMessage(result);
}

function runCase(index: number): Promise<CaseResult | 'timeout'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { index } });
    // The bound covers the timed extraction plus the worker's start-up, warm-up and input (about 1 s).
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, BOUND_MS + 2000);
    worker.once('message', (result: CaseResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

if (isMainThread) {
  for (const [index, [name]] of cases.entries()) {
    test(`linear time: ${name} (1 MB, one line)`, async () => {
      const result = await runCase(index);
      assert.notEqual(result, 'timeout', `${name}: extraction of ${SIZE} code units did not finish within ${BOUND_MS} ms (worker terminated)`);
      if (result === 'timeout') return;
      assert.ok(result.ms < BOUND_MS, `${name}: ${result.ms.toFixed(0)} ms for ${result.length} code units (bound ${BOUND_MS} ms)`);
      assert.deepEqual(result.problems, []);
    });
  }
}

if (isMainThread) test('linear time: decoding 3 MB of adversarial bytes', () => {
  const bytes = new Uint8Array(3 * SIZE);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0xe4 : i % 7 === 0 ? 0xff : 0xb8;
  const t0 = performance.now();
  const decoded = decodeBytes(bytes);
  const ms = performance.now() - t0;
  assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  assert.ok(decoded.text.length > 0);
});
