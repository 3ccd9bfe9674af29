// Document text inside hovers and tooltips: escaped so nothing in it becomes a link, HTML, an icon or an entity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainMarkdown } from '../../src/vscode/markdownText';

test('plainMarkdown: links, HTML, autolinks, icons and entities come out as text', () => {
  const evil = '[x](command:workbench.action.terminal.new) <script>alert(1)</script> <img src=x onerror=alert(1)> https://evil.example $(zap) &amp; **b**';
  const md = plainMarkdown(evil);
  assert.ok(!/(^|[^\\])\[x\]\(/.test(md), md);
  assert.ok(!md.includes('<'), md);
  assert.ok(!md.includes('https://'), 'no autolink');
  assert.ok(!/(^|[^\\])\$\(/.test(md), 'no theme icon');
  assert.ok(md.includes('&amp;amp;'), 'an entity stays literal');
  // Unescaping the backslashes and entities gives the text back.
  const shown = md.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.equal(shown, evil);
  assert.equal(plainMarkdown('第一行\n第二行'), '第一行\n\n第二行');
  assert.equal(plainMarkdown('到2025年完成120个'), '到2025年完成120个');
});
