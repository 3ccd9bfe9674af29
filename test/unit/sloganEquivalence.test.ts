// Fast paths of slogan extraction against the straightforward forms they replace: the same result on random
// text built from the characters and words the rules look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { abbreviationLeadBefore } from '../../src/core/definitions';

function randomText(pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
}

const ABBREVIATION_PIECES = ['以下', '简称', '统称', '合称', '以', '下', '简', '统', '合', '称', '“', '（', '(', '三', '个', '城市'];

test('abbreviationLeadBefore: the length /(以下简称|简称|统称|合称|以下统称)$/ matches before an offset', () => {
  fc.assert(
    fc.property(randomText(ABBREVIATION_PIECES), fc.nat(), (text, at) => {
      const end = at % (text.length + 1);
      const lead = /(以下简称|简称|统称|合称|以下统称)$/.exec(text.slice(Math.max(0, end - 4), end));
      assert.equal(abbreviationLeadBefore(text, end), lead === null ? 0 : lead[0].length);
    }),
    { numRuns: 3000 },
  );
});
