// The tight loop of the sentence scan counts brackets itself; one it meets just where a run reaches the soft limit
// (1000 characters) is counted when the scan goes on as a long run. A terminator after it is protected (or not)
// as anywhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/sentences';

function pieces(text: string): number[] {
  return splitSentences(text).map((s) => s.end - s.start);
}

test('an opener at the soft limit protects the terminator after it', () => {
  for (const before of [998, 999, 1000, 1001, 1002]) {
    const text = `${'发'.repeat(before)}（${'展'.repeat(10)}。${'展'.repeat(10)}）。`;
    assert.deepEqual(pieces(text), [text.length], `opener after ${before}`);
  }
});

test('a closer at the soft limit ends the protection of its opener', () => {
  for (const inside of [197, 198, 199, 200, 201]) {
    const text = `${'发'.repeat(800)}（${'展'.repeat(inside)}）。${'展'.repeat(5)}。`;
    assert.deepEqual(pieces(text), [803 + inside, 6], `closer after ${801 + inside}`);
  }
});

test('a straight quote and a full-width quote at the soft limit count as anywhere else', () => {
  for (const mark of ['"', '“', '「']) {
    const text = `${'发'.repeat(1000)}${mark}${'展'.repeat(10)}。${'展'.repeat(10)}`;
    assert.deepEqual(pieces(text), [text.length], mark);
  }
});
