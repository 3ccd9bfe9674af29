import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex, type IndexChange } from '../../src/core/workspaceIndex';
import type { Commitment, DocumentFacts, Slogan, Target } from '../../src/core/types';

function facts(uri: string, parts: Partial<DocumentFacts> = {}): DocumentFacts {
  return { uri, year: 2021, targets: [], commitments: [], slogans: [], terms: [], headings: [], ...parts };
}

function target(uri: string, start: number, end: number, sentence = { start: start - 5, end: end + 5, line: 0 }): Target {
  return { id: `${uri}#t${start}`, kind: 'target', anchor: 'x', text: 's', sentence, start, end, line: 0, value: 1, unit: '%', comparator: '=', deadline: '2025', actor: null };
}

function commitment(uri: string, start: number, end: number): Commitment {
  return { id: `${uri}#c${start}`, kind: 'commitment', text: 'c', sentence: { start, end, line: 0 }, start, end, line: 0, deadline: null, actor: null };
}

function slogan(term: string, occurrences: number[], definedAt?: number, components: string[] = []): Slogan {
  return {
    term, count: occurrences.length,
    occurrences: occurrences.map((start) => ({ start, end: start + term.length, line: 0 })),
    definitions: definedAt === undefined ? [] : [{ start: definedAt, end: definedAt + 10, line: 0, components: components.map((text) => ({ text })), source: 'src' }],
    findings: [],
  };
}

test('set replaces one document only and notifies', () => {
  const index = new WorkspaceIndex();
  const changes: IndexChange[] = [];
  index.onDidChange((c) => changes.push(c));
  index.set(facts('file:///a.txt', { targets: [target('file:///a.txt', 10, 14)] }));
  index.set(facts('file:///b.txt', { targets: [target('file:///b.txt', 1, 3), target('file:///b.txt', 20, 23)] }));
  const bBefore = index.get('file:///b.txt');
  index.set(facts('file:///a.txt', { targets: [] }));
  assert.equal(index.get('file:///b.txt'), bBefore);
  assert.equal(index.targets().length, 2);
  assert.deepEqual(changes, [{ type: 'set', uri: 'file:///a.txt' }, { type: 'set', uri: 'file:///b.txt' }, { type: 'set', uri: 'file:///a.txt' }]);
});

test('delete, deleteUnder, rename and clear', () => {
  const index = new WorkspaceIndex();
  index.set(facts('file:///w/a.txt', { targets: [target('file:///w/a.txt', 10, 14)] }));
  index.set(facts('file:///w/sub/b.txt'));
  index.set(facts('file:///w/sub2.txt'));
  assert.deepEqual(index.deleteUnder('file:///w/sub'), ['file:///w/sub/b.txt']);
  assert.ok(index.has('file:///w/sub2.txt'));
  assert.equal(index.delete('file:///nope'), false);
  assert.ok(index.rename('file:///w/a.txt', 'file:///w/c.txt'));
  assert.equal(index.has('file:///w/a.txt'), false);
  const renamed = index.get('file:///w/c.txt')!;
  assert.equal(renamed.uri, 'file:///w/c.txt');
  assert.equal(renamed.targets[0]!.id, 'file:///w/c.txt#t10');
  assert.deepEqual(index.uris(), ['file:///w/c.txt', 'file:///w/sub2.txt']);
  index.clear();
  assert.deepEqual(index.totals(), { documents: 0, targets: 0, commitments: 0, slogans: 0 });
});

test('listeners can unsubscribe and a failing listener does not break others', () => {
  const index = new WorkspaceIndex();
  let calls = 0;
  index.onDidChange(() => { throw new Error('boom'); });
  const off = index.onDidChange(() => calls++);
  index.set(facts('a'));
  off();
  index.set(facts('b'));
  assert.equal(calls, 1);
});

test('items by kind, ordered by offset', () => {
  const index = new WorkspaceIndex();
  index.set(facts('a', { targets: [target('a', 50, 55)], commitments: [commitment('a', 10, 20)] }));
  assert.deepEqual(index.items().map((i) => i.value.kind), ['commitment', 'target']);
  assert.equal(index.items('target').length, 1);
  assert.equal(index.items('commitment').length, 1);
  assert.deepEqual(index.totals(), { documents: 1, targets: 1, commitments: 1, slogans: 0 });
});

test('term places across documents', () => {
  const index = new WorkspaceIndex();
  index.set(facts('a', { slogans: [slogan('五个三', [5, 40], 40, ['三大目标', '三大攻坚'])] }));
  index.set(facts('b', { slogans: [slogan('五个三', [7]), slogan('四个意识', [1])] }));
  index.set(facts('c', { terms: [{ term: '碳达峰', explanation: '"碳达峰"是指…', start: 3, end: 6, line: 0 }] }));
  const summary = index.term('五个三');
  assert.equal(summary.documentCount, 2);
  assert.equal(summary.places.filter((p) => p.role === 'use').length, 3);
  assert.equal(summary.definitions.length, 1);
  assert.deepEqual(summary.definitions[0]!.value.components.map((c) => c.text), ['三大目标', '三大攻坚']);
  assert.deepEqual(index.sloganTerms(), ['五个三', '四个意识']);
  assert.deepEqual(index.allTerms(), ['五个三', '四个意识', '碳达峰']);
  assert.equal(index.term('碳达峰').proseDefinitions.length, 1);
  assert.equal(index.term('没有').documentCount, 0);
});

test('what stands at an offset', () => {
  const index = new WorkspaceIndex();
  index.set(facts('a', { targets: [target('a', 30, 36, { start: 20, end: 60, line: 0 })], commitments: [commitment('a', 100, 120)], slogans: [slogan('十四五', [22])] }));
  assert.equal(index.itemAt('a', 32)?.start, 30);
  assert.equal(index.itemAt('a', 45)?.start, 30, 'inside the sentence');
  assert.equal(index.itemAt('a', 110)?.kind, 'commitment');
  assert.equal(index.itemAt('a', 80), undefined);
  assert.equal(index.itemAt('zzz', 1), undefined);
  assert.deepEqual(index.at('a', 23), { type: 'slogan', uri: 'a', term: '十四五', span: { start: 22, end: 25, line: 0 } });
  assert.equal(index.at('a', 32)?.type, 'item');
});

test('term summaries follow every change (no stale cache)', () => {
  const index = new WorkspaceIndex();
  index.set(facts('a', { slogans: [slogan('十四五', [1])] }));
  assert.equal(index.term('十四五').documentCount, 1);
  index.set(facts('b', { slogans: [slogan('十四五', [2, 9])] }));
  assert.equal(index.term('十四五').documentCount, 2);
  assert.equal(index.term('十四五').places.length, 3);
  index.rename('b', 'c');
  assert.deepEqual([...new Set(index.term('十四五').places.map((p) => p.uri))], ['a', 'c']);
  index.delete('a');
  assert.equal(index.term('十四五').documentCount, 1);
  index.clear();
  assert.equal(index.term('十四五').documentCount, 0);
});
