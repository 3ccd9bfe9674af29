import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdAllocator } from '../../src/core/ids';

/** The first lane of an id (its first seven digits after `kind-`). */
function firstLane(id: string): number {
  return parseInt(id.slice(2, 9), 36);
}

/** Two anchors whose ids share the low 29 bits of the first lane but differ: the occurrence counter's slot key. */
function anchorsSharingSlot(sentenceKey: string): [string, string] {
  const probe = new IdAllocator('doc');
  const bySlot = new Map<number, string>();
  for (let i = 0; ; i++) {
    const anchor = `a${i}`;
    const slot = firstLane(probe.next('target', sentenceKey, anchor)) % 2 ** 29;
    const earlier = bySlot.get(slot);
    if (earlier !== undefined) return [earlier, anchor];
    bySlot.set(slot, anchor);
  }
}

test('occurrence counters stay apart for ids that share a slot key', () => {
  const [a, b] = anchorsSharingSlot('key');
  const fresh = new IdAllocator('doc');
  const idA = fresh.next('target', 'key', a);
  const idB = fresh.next('target', 'key', b);
  assert.notEqual(idA, idB);
  assert.equal(firstLane(idA) % 2 ** 29, firstLane(idB) % 2 ** 29);

  const ids = new IdAllocator('doc');
  const got = ['a', 'b', 'b', 'a', 'b', 'a', 'a'].map((which) => ids.next('target', 'key', which === 'a' ? a : b));
  assert.deepEqual(got, [idA, idB, `${idB}-2`, `${idA}-2`, `${idB}-3`, `${idA}-3`, `${idA}-4`]);
});

test('a target and a commitment with the same hash are counted apart', () => {
  const ids = new IdAllocator('doc');
  const target = ids.next('target', 'key', '');
  const commitment = ids.next('commitment', 'key', '');
  assert.equal(target.slice(1), commitment.slice(1));
  assert.equal(ids.next('commitment', 'key', ''), `${commitment}-2`);
  assert.equal(ids.next('target', 'key', ''), `${target}-2`);
});
