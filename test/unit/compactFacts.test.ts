import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { compactFacts } from '../../src/core/compactFacts';
import { detachedCopy } from '../../src/core/detach';
import { decodeBytes } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seedTexts = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: decodeBytes(readFileSync(join(SEEDS, name))).text }));

test('compacted facts equal the extracted ones, copied or not, as a worker sends them or not', () => {
  for (const { name, text } of seedTexts) {
    const expected = extractDocument(text, { uri: name });
    assert.deepStrictEqual(compactFacts(extractDocument(text, { uri: name }), { copyStrings: true }), expected, name);
    const cloned = deserialize(serialize(extractDocument(text, { uri: name })));
    assert.deepStrictEqual(compactFacts(cloned, { copyStrings: false }), expected, name);
  }
});

test('items of one sentence share one sentence span object', () => {
  let shared = 0;
  for (const { name, text } of seedTexts) {
    const facts = compactFacts(deserialize(serialize(extractDocument(text, { uri: name }))), { copyStrings: false });
    const items = [...facts.targets, ...facts.commitments];
    for (const a of items) {
      for (const b of items) {
        if (a === b || a.sentence.start !== b.sentence.start || a.sentence.end !== b.sentence.end) continue;
        assert.equal(a.sentence, b.sentence, `${a.id} and ${b.id}`);
        shared++;
      }
    }
  }
  assert.ok(shared > 0, 'the seeds have sentences with several items');
});

test('a detached copy equals its source', () => {
  const text = '到2025年完成老旧小区改造120个，新建保障性住房3000套。'.repeat(3);
  for (const [from, to] of [[0, 5], [3, 40], [0, text.length]]) {
    const slice = text.slice(from, to);
    assert.equal(detachedCopy(slice), slice);
  }
  assert.equal(detachedCopy('"\\\n\u2028'.repeat(5)), '"\\\n\u2028'.repeat(5), 'characters JSON escapes');
});
