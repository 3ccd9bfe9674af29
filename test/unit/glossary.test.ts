// Glossary: the built-in national glossary, merging the user's YAML, errors with lines, alias bombs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInGlossary, builtInSloganTerms, glossaryKey, loadUserGlossary, MAX_GLOSSARY_BYTES, parseGlossary } from '../../src/core/glossary';

test('the built-in glossary has at least 40 entries, each with an explanation', () => {
  const glossary = builtInGlossary();
  assert.ok(glossary.entries.length >= 40, `${glossary.entries.length} entries`);
  for (const entry of glossary.entries) assert.ok(entry.explanation.length > 0, entry.term);
  assert.deepEqual(glossary.lookup('四个意识')!.components.map((c) => c.text), ['政治意识', '大局意识', '核心意识', '看齐意识']);
});

test('lookup ignores quotes, spaces, 、 and script; aliases resolve', () => {
  const glossary = builtInGlossary();
  assert.equal(glossary.lookup('“两不愁、三保障”')!.term, '两不愁三保障');
  assert.equal(glossary.lookup('四個意識')!.term, '四个意识');
  assert.equal(glossary.lookup('三大攻坚')!.term, '三大攻坚战');
  assert.equal(glossaryKey(' 六稳、六保 '), '六稳六保');
});

test('nested components are read from "name: [items]"', () => {
  const entry = builtInGlossary().lookup('两不愁三保障')!;
  assert.deepEqual(entry.components.map((c) => c.text), ['两不愁', '三保障']);
  assert.deepEqual(entry.components[1]!.components!.map((c) => c.text), ['义务教育有保障', '基本医疗有保障', '住房安全有保障']);
});

test('user entries add to and override built-in ones', () => {
  const yaml = '四个意识:\n  components: [甲, 乙, 丙, 丁]\n  explanation: 自定义说明\n五子联动:\n  components: [一, 二, 三, 四, 五]\n  explanation: 本地提法\n';
  const { glossary, errors } = loadUserGlossary(yaml);
  assert.deepEqual(errors, []);
  assert.equal(glossary!.lookup('四个意识')!.explanation, '自定义说明');
  assert.equal(glossary!.lookup('四个意识')!.origin, 'user');
  assert.equal(glossary!.lookup('五子联动')!.components.length, 5);
  assert.equal(glossary!.lookup('四个自信')!.origin, 'builtin');
  assert.equal(glossary!.entries.filter((e) => e.term === '四个意识').length, 1);
});

test('broken YAML: no glossary (keep the last good one) and an error at the offending line', () => {
  const { glossary, errors } = loadUserGlossary('四个意识:\n  components: [甲, 乙\n  explanation: x\n');
  assert.equal(glossary, null);
  assert.ok(errors.length > 0);
  assert.ok(errors[0]!.line >= 1, `line ${errors[0]!.line}`);
});

test('a bad entry is reported at its line and skipped; the rest loads', () => {
  const { glossary, errors } = loadUserGlossary('好条目: 说明\n坏条目:\n  components: 不是列表\n');
  assert.ok(glossary);
  assert.equal(glossary.lookup('好条目')!.explanation, '说明');
  assert.equal(glossary.lookup('坏条目'), undefined);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, 1);
});

test('alias bombs and huge files are refused without expanding them', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  const started = Date.now();
  const parsed = parseGlossary(bomb.join('\n'), 'user');
  assert.ok(Date.now() - started < 2000);
  assert.equal(parsed.broken, true);
  assert.ok(parsed.errors.length > 0);
  const huge = parseGlossary('a: ' + 'x'.repeat(MAX_GLOSSARY_BYTES + 1), 'user');
  assert.equal(huge.broken, true);
});

test('duplicate keys are an error, not a silent override', () => {
  const { glossary, errors } = loadUserGlossary('甲: 一\n甲: 二\n');
  assert.equal(glossary, null);
  assert.ok(errors.length > 0);
});

test('detection terms are the numbered ones', () => {
  const terms = builtInSloganTerms();
  assert.ok(terms.includes('四个意识'));
  assert.ok(terms.includes('十五五'));
  assert.ok(!terms.includes('新发展理念'));
});
