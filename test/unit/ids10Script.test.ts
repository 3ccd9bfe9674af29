// fastTw2s makes the first conversion dictionary's replacements during the segmentation pass: a replacement must
// end where the next segmentation phrase starts, as when each run is converted on its own (opencc-js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { fastTw2s } from '../../src/core/script';

const reference = OpenCC.Converter({ from: 'tw', to: 'cn' });
type Config = { segmentation: DictLike | DictGroup; conversionChain: readonly DictGroup[] };
const config = (OpenCC.Locale.configs as Record<string, Config | undefined>).tw2s!;

function keysOf(group: readonly DictLike[]): string[] {
  const keys: string[] = [];
  for (const dict of group) {
    if (typeof dict === 'string') for (const entry of dict.split('|')) keys.push(entry.split(' ')[0]!);
    else for (const [key] of dict) keys.push(key);
  }
  return keys.filter((key) => key.length > 0);
}

test('a first-dictionary key with a segmentation phrase starting inside it converts as opencc-js does', () => {
  const firstKeys = keysOf(config.conversionChain[0]!).filter((key) => key.length > 1);
  const phrases = keysOf(([] as DictLike[]).concat(config.segmentation as DictLike));
  let cases = 0;
  for (const key of firstKeys) {
    for (let k = 1; k < key.length; k++) {
      const suffix = key.slice(k);
      for (const phrase of phrases) {
        if (!phrase.startsWith(suffix) && !suffix.startsWith(phrase)) continue;
        const text = `前${key.slice(0, k)}${phrase.startsWith(suffix) ? phrase : suffix}後，${key}。`;
        assert.equal(fastTw2s(text), reference(text), text);
        cases++;
      }
    }
  }
  assert.ok(cases > 0);
});

test('normalisation found past first-dictionary replacements still applies', () => {
  for (const text of ['為人民服務\uf900', '參與\uf900核心', '台灣\u2ff0木木']) assert.equal(fastTw2s(text) ?? reference(text), reference(text), text);
});
