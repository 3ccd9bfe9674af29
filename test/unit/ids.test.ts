import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';
import { hashString, IdAllocator } from '../../src/core/ids';

test('hash: deterministic, 14 characters, sensitive to content', () => {
  assert.equal(hashString('abc'), hashString('abc'));
  assert.equal(hashString('abc').length, 14);
  assert.notEqual(hashString('abc'), hashString('abd'));
});

test('identical items get an occurrence counter', () => {
  const ids = new IdAllocator('doc');
  const a = ids.next('target', '年底前完成。', '年底前');
  const b = ids.next('target', '年底前完成。', '年底前');
  assert.notEqual(a, b);
  assert.equal(b, `${a}-2`);
});

test('ids survive edits elsewhere in the document', () => {
  const body = '今年要完成老旧小区改造120个。\n力争年底前建成5G基站3万个。';
  const before = extractDocument(body, { uri: 'a.txt', year: 2026 });
  const after = extractDocument(`新增的前言段落。\n\n${body}\n附记。`, { uri: 'a.txt', year: 2026 });
  assert.ok(before.targets.length >= 2);
  assert.deepEqual(after.targets.map((t) => t.id), before.targets.map((t) => t.id));
  const other = extractDocument(body, { uri: 'b.txt', year: 2026 });
  assert.notEqual(other.targets[0]!.id, before.targets[0]!.id);
});

test('a sentence key read in place equals the key of the sentence text', () => {
  const ids = new IdAllocator('doc');
  const text = '前言。\n今年要完成 老旧小区\u3000改造120个，\r\n力争年底前\ufeff建成。后记';
  for (const [start, end] of [[0, 3], [4, 31], [3, text.length], [0, text.length]] as const) {
    assert.equal(ids.sentenceKeyIn(text, start, end), ids.sentenceKey(text.slice(start, end)));
  }
  assert.equal(ids.sentenceKey(' a\tb '), ids.sentenceKey('ab'));
});

test('ids of a started sentence equal those from its key, the anchor read in place', () => {
  const text = '前言。\n今年要完成 老旧小区\u3000改造120个，\r\n力争年底前\ufeff建成。后记';
  const anchors = [[10, 13], [20, 26], [26, 26], [4, 31], [10, 13]] as const;
  for (const [start, end] of [[0, 3], [4, 31], [3, text.length]] as const) {
    const byKey = new IdAllocator('doc');
    const inPlace = new IdAllocator('doc');
    inPlace.startSentenceIn(text, start, end);
    const key = byKey.sentenceKey(text.slice(start, end));
    for (const kind of ['target', 'commitment'] as const) {
      for (const [from, to] of anchors) {
        assert.equal(inPlace.nextIn(kind, text, from, to), byKey.next(kind, key, text.slice(from, to)));
      }
    }
    const ofString = new IdAllocator('doc');
    ofString.startSentence(text.slice(start, end));
    assert.equal(ofString.nextIn('commitment', '', 0, 0), new IdAllocator('doc').next('commitment', key, ''));
  }
});
