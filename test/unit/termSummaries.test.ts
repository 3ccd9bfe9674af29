import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex, type TermPlace, type TermSummary } from '../../src/core/workspaceIndex';
import { hoverInput, MAX_HOVER_DEFINITIONS, termAt } from '../../src/core/hoverLookup';
import { hoverMarkdown } from '../../src/core/hoverContent';
import { builtInGlossary } from '../../src/core/glossary';
import type { DocumentFacts, ProseTerm, Slogan } from '../../src/core/types';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = ['十四五', '五个三', '四个意识', '两个确保', '碳达峰', '双碳'];
const URIS = ['file:///w/a.txt', 'file:///w/b.txt', 'file:///w/c.txt', 'file:///w/d.txt', 'file:///w/e.txt'];

function randomFacts(uri: string, random: () => number): DocumentFacts {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const slogans: Slogan[] = [];
  for (const term of TERMS) {
    if (random() < 0.5) continue;
    const occurrences = Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * 500)).sort((x, y) => x - y);
    const definitions = random() < 0.5
      ? [{ start: Math.floor(random() * 500), end: 510, line: 3, components: [{ text: pick(['甲', '乙', '丙']) }, { text: '丁' }], source: 's' }]
      : [];
    const findings = random() < 0.3 ? [{ kind: 'count-mismatch' as const, message: pick(['m1', 'm2']), span: { start: 1, end: 2, line: 0 } }] : [];
    slogans.push({ term, count: occurrences.length, occurrences: occurrences.map((start) => ({ start, end: start + term.length, line: 0 })), definitions, findings });
  }
  const terms: ProseTerm[] = random() < 0.4 ? [{ term: pick(TERMS), explanation: '是指…', start: Math.floor(random() * 500), end: 520, line: 1 }] : [];
  return { uri, year: null, targets: [], commitments: [], slogans, terms, headings: [] };
}

/** The summary computed from scratch over every document (the way the index did it before it was incremental). */
function fromScratch(index: WorkspaceIndex, term: string): TermSummary {
  const summary: TermSummary = { term, places: [], documentCount: 0, definitions: [], proseDefinitions: [], findings: [], variants: [], warnings: [] };
  const variantKeys = new Set<string>();
  for (const doc of index.documents()) {
    const places: TermPlace[] = [];
    for (const slogan of doc.slogans.filter((s) => s.term === term)) {
      for (const span of slogan.occurrences) places.push({ uri: doc.uri, span, role: 'use' });
      for (const definition of slogan.definitions) {
        places.push({ uri: doc.uri, span: definition, role: 'definition', definition });
        summary.definitions.push({ uri: doc.uri, value: definition });
        const key = JSON.stringify(definition.components);
        if (!variantKeys.has(key)) {
          variantKeys.add(key);
          summary.variants.push({ uri: doc.uri, value: definition });
        }
      }
      for (const finding of slogan.findings) {
        summary.findings.push({ uri: doc.uri, value: finding });
        if (!summary.warnings.includes(finding.message)) summary.warnings.push(finding.message);
      }
    }
    for (const prose of doc.terms.filter((t) => t.term === term)) {
      places.push({ uri: doc.uri, span: prose, role: 'definition', explanation: prose.explanation });
      summary.proseDefinitions.push({ uri: doc.uri, value: prose });
    }
    if (places.length === 0) continue;
    summary.documentCount++;
    summary.places.push(...places.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end));
  }
  return summary;
}

function checkAll(index: WorkspaceIndex, step: string): void {
  for (const term of [...TERMS, '没有']) assert.deepEqual(index.term(term), fromScratch(index, term), `${term} after ${step}`);
  const defined = TERMS.filter((t) => index.slogans().some((s) => s.value.term === t && s.value.definitions.length > 0)).sort();
  assert.deepEqual(index.definedSloganTerms(), defined, `defined terms after ${step}`);
}

test('incremental term summaries equal a from-scratch computation after set, replace, delete, rename and clear', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const random = prng(seed);
    const index = new WorkspaceIndex();
    for (let step = 0; step < 60; step++) {
      const r = random();
      const uri = URIS[Math.floor(random() * URIS.length)]!;
      let what: string;
      if (r < 0.55) {
        index.set(randomFacts(uri, random));
        what = `set ${uri}`;
      } else if (r < 0.7) {
        index.delete(uri);
        what = `delete ${uri}`;
      } else if (r < 0.95) {
        const to = URIS[Math.floor(random() * URIS.length)]!;
        index.rename(uri, to);
        what = `rename ${uri} → ${to}`;
      } else {
        index.clear();
        what = 'clear';
      }
      // Read some summaries (filling the cache) before checking all, so stale cache entries would show.
      if (random() < 0.5) index.term(TERMS[Math.floor(random() * TERMS.length)]!);
      checkAll(index, `seed ${seed} step ${step}: ${what}`);
    }
  }
});

test('a summary is cached until one of its documents changes', () => {
  const index = new WorkspaceIndex();
  const random = prng(7);
  index.set({ ...randomFacts('a', random), slogans: [{ term: '十四五', count: 1, occurrences: [{ start: 1, end: 4, line: 0 }], definitions: [], findings: [] }] });
  index.set({ ...randomFacts('b', random), slogans: [{ term: '双碳', count: 1, occurrences: [{ start: 1, end: 3, line: 0 }], definitions: [], findings: [] }], terms: [] });
  const first = index.term('十四五');
  index.set({ ...index.get('b')! });
  assert.equal(index.term('十四五'), first, 'another term’s document changed: same object');
  index.set({ ...index.get('a')! });
  assert.notEqual(index.term('十四五'), first);
  assert.deepEqual(index.term('十四五'), first);
  // A summary read before a change keeps describing the index as it was (its lists are built lazily from a snapshot).
  const before = index.term('十四五');
  index.delete('a');
  assert.deepEqual(before.places.map((p) => p.uri), ['a']);
  assert.equal(index.term('十四五').places.length, 0);
});

test('hover lookup: term at an offset, bounded definitions with "and N more", deduplicated warnings', () => {
  const index = new WorkspaceIndex();
  const term = '五个三';
  for (let i = 0; i < 30; i++) {
    const uri = `file:///w/${String(i).padStart(2, '0')}.txt`;
    index.set({
      uri, year: null, targets: [], commitments: [], terms: [], headings: [],
      slogans: [{
        term, count: 1, occurrences: [{ start: 0, end: 3, line: 0 }],
        // 12 distinct definitions, each repeated in several documents
        definitions: [{ start: 10, end: 20, line: 2, components: [{ text: `部分${i % 12}` }], source: 's' }],
        findings: [{ kind: 'count-mismatch', message: 'same warning', span: { start: 0, end: 3, line: 0 } }],
      }],
    });
  }
  const facts = index.get('file:///w/00.txt')!;
  assert.deepEqual(termAt(facts, 1), { term, span: { start: 0, end: 3, line: 0 } });
  assert.equal(termAt(facts, 5), undefined);
  const input = hoverInput(term, index, facts, builtInGlossary(), (u) => u.slice(u.lastIndexOf('/') + 1));
  assert.equal(input.definitions.length, MAX_HOVER_DEFINITIONS);
  assert.equal(input.moreDefinitions, 12 - MAX_HOVER_DEFINITIONS);
  assert.equal(input.documentCount, 30);
  assert.deepEqual(input.warnings, ['same warning']);
  assert.equal(input.definitions[0]!.location!.label, '00.txt');
  const md = hoverMarkdown(input, 'x.open');
  assert.match(md, new RegExp(`and ${12 - MAX_HOVER_DEFINITIONS} more definitions`));
  // A document outside the index counts too, and its own definition comes first.
  const loose = { ...facts, uri: 'untitled:1', slogans: [{ ...facts.slogans[0]!, definitions: [{ start: 5, end: 9, line: 0, components: [{ text: '本地' }], source: 's' }] }] };
  const looseInput = hoverInput(term, index, loose, builtInGlossary(), () => 'here');
  assert.equal(looseInput.documentCount, 31);
  assert.deepEqual(looseInput.definitions[0]!.components, [{ text: '本地' }]);
  assert.equal(looseInput.moreDefinitions, 13 - MAX_HOVER_DEFINITIONS);
});
