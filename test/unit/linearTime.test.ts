// Linear time: single-line adversarial inputs must extract in time proportional to their length.
// A fixed wall-clock bound flakes on a busy 2-core CI machine, so each case is measured relatively,
// in one worker: the same input at n = 256 K and 4n = 1 M code units (after one untimed 1 M run).
// A linear (or n log n) extractor gives a ratio near 4; a quadratic one gives 16, so the ratio must stay
// below RATIO_BOUND (8). When the first measurement is over the bound (a noisy neighbour), the case is
// measured once more with more repetitions before it fails. The 1 M run also has a generous absolute bound
// (ABSOLUTE_BOUND_MS), and the worker is terminated at WORKER_LIMIT_MS so a catastrophic extractor fails
// instead of hanging the unit tests. Real timings: `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { decodeBytes } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';
import { spanProblems } from './helpers/spans';

const SIZE = 1 << 20; // 1 MB of UTF-16 code units, so about 3 MB of UTF-8 for the CJK cases
const SMALL = SIZE / 4;
/** Time(4n) / time(n): linear ≈ 4, n log n ≈ 4.5, n^1.5 = 8, quadratic = 16. */
const RATIO_BOUND = 8;
/** For the 1 M input alone: today about 0.1–1.2 s on one core, so this is a 15× margin. */
const ABSOLUTE_BOUND_MS = 20_000;
/** The whole worker (start-up, warm-up, inputs, all repetitions). */
const WORKER_LIMIT_MS = 120_000;
/**
 * Below this (for the 1 M input) the ratio is timer and GC noise and only the absolute bound applies; a
 * quadratic extractor cannot do 1 M code units this fast. The n time is floored at a quarter of it.
 */
const MIN_MEASURABLE_MS = 50;

function fillTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
let size = SIZE;
function fill(unit: string): string {
  return fillTo(unit, size);
}

/** Deterministic pseudo-random mix of the characters the extractor reacts to. */
function mixed(alphabet: string[], seed: number): string {
  let a = seed >>> 0;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const piece = alphabet[a % alphabet.length]!;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

const TOKENS = ['1', '2', '0', '.', '%', '、', '，', '的', '年', '月', '日', '前', '底', '到', '以上', '左右', '不少于', '要', '确保', '力争', '“', '”', '（', '）', '《', '》', '"', '十', '四', '五', '个', '三大', '万', '亿', '元', '项', '即', '是指', '：'];

/** Built lazily: each worker builds only its own inputs (at the current `size`). */
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
  ['dates and open titles', () => fill('2025年《') + '》'],
  ['transmittal 将 with titles', () => fill('现将《方案》')],
  ['table rows', () => fill('| 1 | 2026年底 | 市局 |')],
  ['random mix A', () => mixed(TOKENS, 1)],
  ['random mix B', () => mixed(TOKENS, 2)],
];

interface CaseResult {
  /** Best time of the 4n (1 M) input, and of the n (256 K) input. */
  largeMs: number;
  smallMs: number;
  ratio: number;
  /** The ratio of the second, longer measurement when the first was over the bound. */
  remeasured?: number;
  length: number;
  problems: string[];
}

function timeOnce(text: string, name: string): { ms: number; facts: ReturnType<typeof extractDocument> } {
  const t0 = performance.now();
  const facts = extractDocument(text, { uri: `mem:///${name}` });
  return { ms: performance.now() - t0, facts };
}

/** Best-of-`runs` times of the small and the large input, interleaved so a busy spell hits both alike. */
function measure(small: string, large: string, name: string, runs: number): { smallMs: number; largeMs: number; ratio: number } {
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < runs; i++) {
    smallMs = Math.min(smallMs, timeOnce(small, name).ms);
    largeMs = Math.min(largeMs, timeOnce(large, name).ms);
  }
  return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, MIN_MEASURABLE_MS / 4) };
}

if (!isMainThread && parentPort) {
  // Worker: warm up (glossary, converter tables), then time one case at n and 4n.
  const [name, build] = cases[(workerData as { index: number }).index]!;
  extractDocument('确保到2025年完成100%以上。“四个意识”', { uri: 'mem:///warm-up' });
  size = SMALL;
  const small = build();
  size = SIZE;
  const large = build();
  const problems = spanProblems(large, timeOnce(large, name).facts).slice(0, 5);
  let { smallMs, largeMs, ratio } = measure(small, large, name, 1);
  const result: CaseResult = { largeMs, smallMs, ratio, length: large.length, problems };
  if (largeMs >= MIN_MEASURABLE_MS && ratio >= RATIO_BOUND) {
    ({ smallMs, largeMs, ratio } = measure(small, large, name, 3));
    Object.assign(result, { smallMs: Math.min(smallMs, result.smallMs), largeMs: Math.min(largeMs, result.largeMs), remeasured: ratio });
  }
  parentPort.postMessage(result);
}

function runCase(index: number): Promise<CaseResult | 'timeout'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { index } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, WORKER_LIMIT_MS);
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

/** The verdict on one measurement (undefined = fine); the test below checks that it rejects super-linear timings. */
function verdict(result: Pick<CaseResult, 'largeMs' | 'ratio' | 'remeasured'>): string | undefined {
  if (result.largeMs >= ABSOLUTE_BOUND_MS) return `${result.largeMs.toFixed(0)} ms for ${SIZE} code units (bound ${ABSOLUTE_BOUND_MS} ms)`;
  if (result.largeMs < MIN_MEASURABLE_MS) return undefined;
  const ratio = result.remeasured ?? result.ratio;
  if (ratio >= RATIO_BOUND) return `time(4n)/time(n) = ${result.ratio.toFixed(1)}${result.remeasured === undefined ? '' : `, remeasured ${result.remeasured.toFixed(1)}`} (bound ${RATIO_BOUND}: super-linear)`;
  return undefined;
}

if (isMainThread) {
  for (const [index, [name]] of cases.entries()) {
    test(`linear time: ${name} (256 K vs 1 M, one line)`, async (t) => {
      const result = await runCase(index);
      assert.notEqual(result, 'timeout', `${name}: the worker did not finish within ${WORKER_LIMIT_MS} ms (terminated)`);
      if (result === 'timeout') return;
      const problem = verdict(result);
      t.diagnostic(`n ${result.smallMs.toFixed(0)} ms, 4n ${result.largeMs.toFixed(0)} ms, ratio ${result.ratio.toFixed(1)}${result.remeasured === undefined ? '' : `, remeasured ${result.remeasured.toFixed(1)}`}`);
      assert.equal(problem, undefined, `${name}: ${problem} [n: ${result.smallMs.toFixed(0)} ms, 4n: ${result.largeMs.toFixed(0)} ms]`);
      assert.deepEqual(result.problems, []);
    });
  }

  test('linear time: the verdict rejects quadratic and n^1.5 timings and accepts linear ones', () => {
    assert.equal(verdict({ largeMs: 400, ratio: 4.1 }), undefined);
    assert.equal(verdict({ largeMs: 900, ratio: 5.5 }), undefined, 'n log n with noise');
    assert.equal(verdict({ largeMs: 30, ratio: 30 }), undefined, 'too fast to measure');
    assert.match(verdict({ largeMs: 1600, ratio: 16 }) ?? '', /super-linear/);
    assert.match(verdict({ largeMs: 800, ratio: 8.2 }) ?? '', /super-linear/);
    assert.equal(verdict({ largeMs: 800, ratio: 9, remeasured: 4.2 }), undefined, 'a busy spell, remeasured');
    assert.match(verdict({ largeMs: 800, ratio: 15, remeasured: 14 }) ?? '', /remeasured 14/);
    assert.match(verdict({ largeMs: ABSOLUTE_BOUND_MS + 1, ratio: 4 }) ?? '', /bound/);
  });
}

if (isMainThread) test('linear time: decoding 0.75 MB vs 3 MB of adversarial bytes', () => {
  const bytesOf = (length: number): Uint8Array => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0xe4 : i % 7 === 0 ? 0xff : 0xb8;
    return bytes;
  };
  const small = bytesOf((3 * SIZE) / 4);
  const large = bytesOf(3 * SIZE);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let r = 0; r < 2; r++) {
    let t0 = performance.now();
    assert.ok(decodeBytes(small).text.length > 0);
    smallMs = Math.min(smallMs, performance.now() - t0);
    t0 = performance.now();
    assert.ok(decodeBytes(large).text.length > 0);
    largeMs = Math.min(largeMs, performance.now() - t0);
  }
  const problem = verdict({ largeMs, ratio: largeMs / Math.max(smallMs, MIN_MEASURABLE_MS / 4) });
  assert.equal(problem, undefined, `decode: ${problem} [${smallMs.toFixed(0)} ms, ${largeMs.toFixed(0)} ms]`);
});
