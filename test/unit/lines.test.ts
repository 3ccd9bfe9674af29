import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LineIndex } from '../../src/core/lines';

test('lineAtFrom, moving forward from the line of an earlier offset, agrees with lineAt', () => {
  const text = fc.array(fc.constantFrom('a', '中', '\n', '\r\n', '\r', ''), { maxLength: 60 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (sample, picks) => {
      const lines = new LineIndex(sample);
      const offsets = picks.map((p) => p % (sample.length + 1)).sort((a, b) => a - b);
      let line = 0;
      for (const offset of offsets) {
        line = lines.lineAtFrom(offset, line);
        assert.equal(line, lines.lineAt(offset), JSON.stringify([sample, offset]));
      }
    }),
    { numRuns: 5_000 },
  );
});
