// Snippet bodies: expansion format, choices for variants, escaping of $, }, \ (and , | inside choices).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expansionText, snippetBody } from '../../src/core/snippetContent';

test('one definition expands in full, nested groups in their own parentheses', () => {
  const body = snippetBody('五个三', [[
    { text: '三大目标', components: [{ text: '先行区' }, { text: '领跑者' }, { text: '桥头堡' }] },
    { text: '三条底线', components: [{ text: '安全生产' }, { text: '社会稳控' }, { text: '反腐倡廉' }] },
  ]]);
  assert.equal(body, '五个三（三大目标（先行区、领跑者、桥头堡）、三条底线（安全生产、社会稳控、反腐倡廉））');
});

test('no definition: just the term', () => {
  assert.equal(snippetBody('十四五', []), '十四五');
  assert.equal(expansionText('十四五', []), '十四五');
});

test('several distinct definitions become a choice placeholder, duplicates collapse', () => {
  const body = snippetBody('三件大事', [
    [{ text: '老城改造' }, { text: '新区建设' }],
    [{ text: '老城改造' }, { text: '新区建设' }],
    [{ text: '老城改造' }, { text: '新城建设' }],
  ]);
  assert.equal(body, '三件大事（${1|老城改造、新区建设,老城改造、新城建设|}）');
});

test('snippet syntax characters in document text are escaped', () => {
  assert.equal(snippetBody('a$b', [[{ text: '${1:x}' }, { text: 'c\\d' }]]), 'a\\$b（\\${1:x\\}、c\\\\d）');
  assert.equal(snippetBody('t', [[{ text: 'a,b|c' }], [{ text: '$}' }]]), 't（${1|a\\,b\\|c,\\$\\}|}）');
});
