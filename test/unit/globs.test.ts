import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineGlobs, expandBraces } from '../../src/core/globs';

test('brace groups expand, nested ones too', () => {
  assert.deepEqual(expandBraces('**/*.{js,map}'), ['**/*.js', '**/*.map']);
  assert.deepEqual(expandBraces('{a,b}/{c,d}'), ['a/c', 'a/d', 'b/c', 'b/d']);
  assert.deepEqual(expandBraces('**/.git'), ['**/.git']);
});

test('globs combine into one flat brace group', () => {
  assert.equal(combineGlobs([]), undefined);
  assert.equal(combineGlobs(['**/.git']), '**/.git');
  assert.equal(combineGlobs(['**/node_modules/**', '**/*.{js,map}', '**/node_modules/**']), '{**/node_modules/**,**/*.js,**/*.map}');
});
