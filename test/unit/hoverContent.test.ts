// Hover Markdown: structure, links to the open command, and escaping of everything a document contributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandLink, escapeMarkdown, hoverMarkdown, type HoverInput } from '../../src/core/hoverContent';

const COMMAND = 'policyTracker.openLocation';

function base(overrides: Partial<HoverInput> = {}): HoverInput {
  return { term: '五个三', definitions: [], documentCount: 1, warnings: [], ...overrides };
}

/** Every `](…)` link target in the Markdown. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!);
}

test('nested components, location link, document count and warnings', () => {
  const md = hoverMarkdown(base({
    definitions: [{
      components: [{ text: '三大目标', components: [{ text: '先行区' }, { text: '领跑者' }, { text: '桥头堡' }] }, { text: '三大攻坚' }],
      location: { uri: 'file:///w/a.txt', label: 'a.txt', line: 115 },
    }],
    documentCount: 3,
    warnings: ['定义前后不一'],
  }), COMMAND);
  assert.match(md, /\*\*五个三\*\*/);
  assert.match(md, /^- 三大目标$/m);
  assert.match(md, /^ {2}- 先行区$/m);
  assert.match(md, /a\\\.txt:116\]\(command:policyTracker\.openLocation\?/);
  assert.match(md, /3 个文档使用/);
  assert.match(md, /⚠ 定义前后不一/);
  const target = linkTargets(md)[0]!;
  assert.deepEqual(JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))), ['file:///w/a.txt', 115]);
});

test('document text cannot inject links, commands or HTML', () => {
  const evil = '[x](command:workbench.action.terminal.new) <script>alert(1)</script> <img src=x onerror=alert(1)> **b** `c` ![i](http://e/x.png) https://evil.example/ <command:workbench.action.terminal.new>';
  const md = hoverMarkdown(base({
    term: evil,
    definitions: [{ components: [{ text: evil }], location: { uri: 'file:///w/(evil).txt', label: evil, line: 0 } }],
    glossary: { components: [{ text: evil }], explanation: evil, origin: 'user' },
    prose: { explanation: evil },
    warnings: [evil],
  }), COMMAND);
  assert.ok(!md.includes('<script'), 'no raw <script>');
  assert.ok(!md.includes('<img'), 'no raw <img>');
  assert.ok(!/(^|[^\\])\[x\]\(/.test(md), 'no live [x](…) link');
  assert.ok(!md.includes('command:workbench'), 'no command: text that could be linked');
  for (const target of linkTargets(md)) assert.ok(target.startsWith(`command:${COMMAND}?`), `only our command: ${target}`);
  assert.equal(linkTargets(md).length, 1);
});

test('escapeMarkdown leaves Chinese alone and escapes every Markdown and HTML special character', () => {
  assert.equal(escapeMarkdown('四个意识'), '四个意识');
  assert.equal(escapeMarkdown('a*b_c[d](e)<f>&'), 'a\\*b\\_c\\[d\\]\\(e\\)&lt;f&gt;&amp;');
  assert.equal(escapeMarkdown('一\n二'), '一 二');
});

test('command links encode parentheses and quotes so the Markdown link cannot be broken', () => {
  const link = commandLink(COMMAND, { uri: "file:///a/b (1)'x'.txt", label: 'x', line: 2 });
  assert.ok(!/[()'\s]/.test(link));
  assert.deepEqual(JSON.parse(decodeURIComponent(link.split('?')[1]!)), ["file:///a/b (1)'x'.txt", 2]);
});

test('distinct definitions are shown as numbered variants', () => {
  const md = hoverMarkdown(base({
    definitions: [
      { components: [{ text: '甲' }] },
      { components: [{ text: '甲' }] },
      { components: [{ text: '乙' }] },
    ],
  }), COMMAND);
  assert.match(md, /定义 1/);
  assert.match(md, /定义 2/);
  assert.doesNotMatch(md, /定义 3/);
});
