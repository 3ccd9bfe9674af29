// Bad input: property-based fuzzing of decoding and extraction, and the same document in every encoding.
// About 1.3 × 10⁵ inputs per run (FUZZ_SCALE=<n> multiplies the random ones; FUZZ_SEED=<n> replays a run).
// Properties: extractDocument never throws; every span is in range, on a code-point boundary, with the
// right line; decoding never throws; UTF-8, GB18030, UTF-16 LE/BE, traditional script, CRLF and lone CR
// give the same targets.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as fc from 'fast-check';
import * as OpenCC from 'opencc-js/t2cn';
import { decodeBytes, looksBinary } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';
import { parseGlossary } from '../../src/core/glossary';
import { parseLedger } from '../../src/core/ledger';
import type { DocumentFacts, Target } from '../../src/core/types';
import { lineStarts, spanProblems } from './helpers/spans';

const ROOT = resolve(__dirname, '..', '..', '..');
const SCALE = Number(process.env['FUZZ_SCALE'] ?? '1') || 1;
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: runs(numRuns), ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false });

let inputs = 0;
const started = performance.now();
after(() => {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`fuzz: ${inputs} inputs in ${seconds.toFixed(1)} s\n`);
});

/** Extracts and returns the problems (a throw is a problem too); counts the input. */
function check(text: string): string[] {
  inputs++;
  let facts: DocumentFacts;
  try {
    facts = extractDocument(text, { uri: 'mem:///fuzz.txt' });
  } catch (error) {
    return [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  return spanProblems(text, facts);
}

function assertClean(text: string): void {
  const problems = check(text);
  if (problems.length) assert.fail(`${problems.slice(0, 5).join('\n')}\ninput (${text.length} code units): ${JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text)}`);
}

const seeds = ['000_91f6d27adff5afde', '001_edfc7fa74afdd82a', '002_c05d13cea55a6877', '003_166a4bdf8b9fc62f', '004_31ae583d315a8a22'].map((name) =>
  readFileSync(join(ROOT, 'seeds', `${name}.txt`), 'utf8'),
);

/** Pieces the extractor reacts to, plus line breaks, astral characters and lone surrogates. */
const TOKENS = [
  '0', '1', '2', '5', '9', '10', '100', '2025', '2020', '.', '%', '％', '１２', '、', '，', ',', '。', '；', ';', '！', '？', '：', ':', ' ', '　', '\t',
  '\n', '\r\n', '\r', '\u2028', '\ufeff', '的', '年', '月', '日', '号', '前', '底', '末', '到', '至', '—', '-', '~', '以上', '以下', '以内', '左右', '约', '不少于', '不超过', '超过', '控制在', '达到',
  '要', '将', '确保', '力争', '加快', '推进', '完成', '建成', '今年', '明年', '全年', '年底前', '十四五', '十五五', '“', '”', '‘', '’', '"', "'", '（', '）', '(', ')', '《', '》', '【', '】', '「', '」', '[', ']',
  '零', '〇', '几', '双', '一', '二', '三', '四', '五', '十', '百', '千', '万', '亿', '两', '个', '大', '项', '家', '元', '亿元', '万人', '平方公里', '个百分点', '户', '条', '即', '简称', '是指', '指', '主攻', '1+8', '+', '一是', '（三）', '第一章', '一、',
  '# ', '## ', '|', '| --- |', '| 责任单位 | 完成时限 |', 'X年', '***', '图片 3', '下载 打印', '😀', '𠀀', '\ud800', '\udc00', '\u0000', '\uffff', '\ufffd', '發展', '兩手硬', '國',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(''));
/** String.prototype.toWellFormed (ES2024): lone surrogates → U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

describe('fuzz: extraction never throws and keeps its spans valid', () => {
  test('random Unicode strings (well-formed, astral planes included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertClean(text)), params(15_000));
  });

  test('random UTF-16 code units (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 300 }), (text) => assertClean(text)), params(15_000));
  });

  test('token soup of trigger words, numbers, brackets, quotes and line breaks', () => {
    fc.assert(fc.property(tokenSoup, (text) => assertClean(text)), params(40_000));
  });

  test('random mutations of seed text', () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), what: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: anyCodeUnit, maxLength: 4 })) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ op: fc.constant('replace' as const), at: fc.nat(), what: fc.constantFrom(...TOKENS) }),
    );
    const excerpt = fc
      .record({ seed: fc.nat({ max: seeds.length - 1 }), start: fc.nat(), length: fc.integer({ min: 0, max: 2000 }), mutations: fc.array(mutation, { maxLength: 12 }) })
      .map(({ seed, start, length, mutations }) => {
        const source = seeds[seed]!;
        const from = start % Math.max(1, source.length);
        let text = source.slice(from, from + length);
        for (const m of mutations) {
          const at = text.length === 0 ? 0 : m.at % (text.length + 1);
          if (m.op === 'insert') text = text.slice(0, at) + m.what + text.slice(at);
          else if (m.op === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.op === 'duplicate') text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
          else text = text.slice(0, at) + m.what + text.slice(at + m.what.length);
        }
        return text;
      });
    fc.assert(fc.property(excerpt, (text) => assertClean(text)), params(15_000));
  });

  test('truncation at every position of a seed excerpt (prefixes and suffixes)', () => {
    const source = seeds[1]!;
    const at = Math.max(0, source.indexOf('全力推进“五个三”') - 300);
    const excerpt = source.slice(at, at + 2500);
    assert.ok(excerpt.includes('五个三'), 'the excerpt holds the 五个三 definition');
    for (let i = 0; i <= excerpt.length; i++) {
      assertClean(excerpt.slice(0, i));
      assertClean(excerpt.slice(i));
    }
  });

  test('deep nesting of brackets and quotes, closed, unclosed and mismatched', () => {
    const nesting = fc
      .record({
        depth: fc.integer({ min: 1, max: 3000 }),
        pairs: fc.array(fc.constantFrom(['“', '”'], ['（', '）'], ['(', ')'], ['《', '》'], ['【', '】'], ['「', '」'], ['"', '"'], ['‘', '’'], ['[', ']']), { minLength: 1, maxLength: 4 }),
        inner: fc.constantFrom('五个三', '确保到2025年完成100%以上。', '“一城”即江苏淮海科技城', '1+8', '', '。', '\n', '要；将'),
        close: fc.constantFrom('all', 'none', 'half', 'swapped'),
        tail: fc.constantFrom('', '。到2025年达到9%以上。', '\n“四个意识”'),
      })
      .map(({ depth, pairs, inner, close, tail }) => {
        const openers: string[] = [];
        const closers: string[] = [];
        for (let i = 0; i < depth; i++) {
          const [open, shut] = pairs[i % pairs.length]!;
          openers.push(open);
          closers.unshift(shut);
        }
        const closing = close === 'all' ? closers : close === 'none' ? [] : close === 'half' ? closers.slice(0, depth >> 1) : [...closers].reverse();
        return openers.join('') + inner + closing.join('') + tail;
      });
    fc.assert(fc.property(nesting, (text) => assertClean(text)), params(3_000));
  });
});

describe('fuzz: decoding never throws', () => {
  const bomPrefix = fc.constantFrom<number[]>([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);

  test('random bytes, with and without a byte-order mark', () => {
    fc.assert(
      fc.property(bomPrefix, fc.uint8Array({ maxLength: 400 }), (prefix, body) => {
        const bytes = new Uint8Array([...prefix, ...body]);
        const decoded = decodeBytes(bytes);
        assert.equal(typeof decoded.text, 'string');
        looksBinary(bytes);
        assertClean(decoded.text);
      }),
      params(20_000),
    );
  });

  test('UTF-8 round trip of well-formed strings', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        inputs++;
        fc.pre(!text.startsWith('\ufeff'));
        const decoded = decodeBytes(encoder.encode(text));
        assert.equal(decoded.encoding, 'utf-8');
        assert.equal(decoded.text, text);
      }),
      params(10_000),
    );
  });

  test('UTF-16 LE and BE round trip with a BOM (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 200 }), fc.boolean(), (text, littleEndian) => {
        inputs++;
        const bytes = new Uint8Array(2 + 2 * text.length);
        bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          bytes[2 + 2 * i] = littleEndian ? code & 0xff : code >> 8;
          bytes[3 + 2 * i] = littleEndian ? code >> 8 : code & 0xff;
        }
        const decoded = decodeBytes(bytes);
        assert.equal(decoded.encoding, littleEndian ? 'utf-16le' : 'utf-16be');
        assert.equal(decoded.bom, true);
        // Lone surrogates become U+FFFD; everything else survives.
        assert.equal(decoded.text, wellFormed(text));
      }),
      params(10_000),
    );
  });
});

describe('fuzz: the ledger and glossary parsers never throw', () => {
  const YAML_TOKENS = [
    'items:', '\n', '\n  ', '\n    ', '\r\n', '\t', ' ', '- ', '? ', ': ', ':', 'status: done', 'status: 进行中', 'due: 2026-06-30', 'due: 2026-13-45', 'owner: ', 'note: |', 'note: >',
    'file:///a.txt#t1', 'terms:', 'term: 五个三', 'components: [三大目标, 三大攻坚]', 'explanation: ', 'aliases:', '- term: ', '"', "'", '[', ']', '{', '}', ',', '#', '&a ', '*a', '&b [*a, *a, *a]', '<<: *a', '!!str ', '!!binary ', '!tag ', '%YAML 1.2\n', '---\n', '...\n', '~', 'null', 'true', '0x1F', '1e400', '\u0000', '\ufeff', '😀', '\ud800',
  ];
  test('random YAML-like text (anchors, aliases, tags, directives, duplicate keys)', () => {
    const text = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (yamlText) => {
        inputs++;
        const parsed = parseLedger(yamlText);
        assert.ok(Array.isArray(parsed.items));
        if (parsed.error) assert.equal(parsed.items.length, 0);
      }),
      params(10_000),
    );
  });

  test('random YAML-like text as a user glossary', () => {
    const text = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (yamlText) => {
        inputs++;
        const parsed = parseGlossary(yamlText, 'user');
        assert.ok(Array.isArray(parsed.entries) && Array.isArray(parsed.errors));
        if (parsed.broken) assert.equal(parsed.entries.length, 0);
      }),
      params(5_000),
    );
  });
});

// ---------------------------------------------------------------- the same document in every encoding

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'encodings', name)));
const reference = decodeBytes(fixture('policy.utf8.txt'));
const URI = 'mem:///policy.txt';
const referenceFacts = extractDocument(reference.text, { uri: URI });

/** The fields of a target that must not depend on how its document was encoded. */
function targetKey(t: Target): unknown {
  return { anchor: t.anchor, start: t.start, end: t.end, line: t.line, value: t.value, unit: t.unit, comparator: t.comparator, deadline: t.deadline };
}

describe('encodings: the same document yields the same facts', () => {
  test('the UTF-8 reference decodes as UTF-8 without BOM and keeps its spans valid', () => {
    assert.equal(reference.encoding, 'utf-8');
    assert.equal(reference.bom, false);
    assert.deepEqual(spanProblems(reference.text, referenceFacts), []);
    // The comparisons below mean something only if the excerpt yields facts (it holds ~24 gold targets).
    assert.ok(referenceFacts.targets.length >= 5, `only ${referenceFacts.targets.length} targets in the reference excerpt`);
  });

  for (const [name, encoding, bom] of [
    ['policy.utf8-bom.txt', 'utf-8', true],
    ['policy.gb18030.txt', 'gb18030', false],
    ['policy.utf16le-bom.txt', 'utf-16le', true],
    ['policy.utf16be-bom.txt', 'utf-16be', true],
  ] as const) {
    test(`${name}: detected as ${encoding}${bom ? ' with BOM' : ''}, same text, same facts`, () => {
      const decoded = decodeBytes(fixture(name));
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.bom, bom);
      assert.equal(decoded.text, reference.text);
      const facts = extractDocument(decoded.text, { uri: URI });
      assert.deepEqual(facts.targets.map(targetKey), referenceFacts.targets.map(targetKey));
      assert.deepEqual(facts, referenceFacts);
    });
  }

  test('CRLF line ends: same targets on the same lines, offsets shifted by one per line', () => {
    const text = reference.text.replace(/\n/g, '\r\n');
    const facts = extractDocument(text, { uri: URI });
    assert.deepEqual(spanProblems(text, facts), []);
    const starts = lineStarts(reference.text);
    const lineOf = (offset: number): number => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      return line;
    };
    const shifted = referenceFacts.targets.map((t) => targetKey({ ...t, start: t.start + lineOf(t.start), end: t.end + lineOf(t.end) }));
    assert.deepEqual(facts.targets.map(targetKey), shifted);
    assert.equal(facts.commitments.length, referenceFacts.commitments.length);
    assert.deepEqual(facts.slogans.map((s) => [s.term, s.count]), referenceFacts.slogans.map((s) => [s.term, s.count]));
  });

  test('lone CR line ends: the same facts at the same offsets and lines', () => {
    const text = reference.text.replace(/\n/g, '\r');
    const facts = extractDocument(text, { uri: URI });
    assert.deepEqual(spanProblems(text, facts), []);
    assert.deepEqual(facts.targets.map(targetKey), referenceFacts.targets.map(targetKey));
    assert.deepEqual(facts.commitments.map((c) => [c.start, c.end, c.line, c.deadline]), referenceFacts.commitments.map((c) => [c.start, c.end, c.line, c.deadline]));
    assert.deepEqual(facts.slogans.map((s) => [s.term, s.count]), referenceFacts.slogans.map((s) => [s.term, s.count]));
  });

  test('traditional script: the same targets at the same offsets', () => {
    const decoded = decodeBytes(fixture('policy.traditional.utf8.txt'));
    assert.equal(decoded.text.length, reference.text.length);
    const facts = extractDocument(decoded.text, { uri: URI });
    assert.deepEqual(spanProblems(decoded.text, facts), []);
    // `unit` is as written, so in traditional script here (億元): compare it converted back to simplified.
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const key = (t: Target): unknown => ({ start: t.start, end: t.end, line: t.line, value: t.value, unit: t.unit === null ? null : toSimplified(t.unit), comparator: t.comparator, deadline: t.deadline });
    assert.deepEqual(facts.targets.map(key), referenceFacts.targets.map(key));
  });

  test('invalid bytes are replaced with U+FFFD, not a crash', () => {
    const decoded = decodeBytes(fixture('invalid-bytes.utf8.txt'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.ok(decoded.text.includes('\ufffd'));
    assertClean(decoded.text);
  });

  test('randomly corrupted GB18030 and UTF-8 fixture bytes never crash', () => {
    const sources = [fixture('policy.gb18030.txt'), fixture('policy.utf8.txt'), fixture('policy.utf16le-bom.txt')];
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }), fc.nat(), (which, edits, cut) => {
        const bytes = sources[which]!.slice(0, 1 + (cut % sources[which]!.length));
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        assertClean(decodeBytes(bytes).text);
      }),
      params(300),
    );
  });
});
