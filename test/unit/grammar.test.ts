// The injection grammar and the static snippets: valid, registered, and their patterns match what they claim.
// Oniguruma syntax is close enough to JavaScript's for these patterns once \p{Han} is spelled \p{Script=Han}.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const read = (path: string): any => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

interface Rule { name?: string; match?: string; patterns?: Rule[]; captures?: Record<string, { name: string }> }

function rules(grammar: any): Rule[] {
  const out: Rule[] = [];
  const walk = (rule: Rule): void => {
    if (rule.match) out.push(rule);
    for (const child of rule.patterns ?? []) walk(child);
  };
  for (const rule of Object.values(grammar.repository) as Rule[]) walk(rule);
  return out;
}

function toJs(pattern: string): RegExp {
  return new RegExp(pattern.replace(/\\p\{Han\}/g, '\\p{Script=Han}'), 'gu');
}

/** Every (text, scope) the grammar's rules would produce on `line` (rule by rule, not the real tokenizer). */
function tokens(line: string): [string, string][] {
  const grammar = read('syntaxes/policy.injection.tmLanguage.json');
  const found: [string, string][] = [];
  for (const rule of rules(grammar)) {
    for (const match of line.matchAll(toJs(rule.match!))) {
      if (match[0] === '') continue;
      if (rule.name) found.push([match[0], rule.name]);
      for (const [group, capture] of Object.entries(rule.captures ?? {})) {
        const text = match[Number(group)];
        if (text) found.push([text, capture.name]);
      }
    }
  }
  return found;
}

test('the grammar is registered for plaintext and markdown', () => {
  const manifest = read('package.json');
  const grammars = manifest.contributes.grammars as { scopeName: string; path: string; injectTo?: string[]; language?: string }[];
  const injection = grammars.find((g) => g.scopeName === 'text.policy.injection');
  assert.ok(injection);
  assert.deepEqual(injection.injectTo, ['text.plain', 'text.html.markdown']);
  assert.equal(read(injection.path).scopeName, 'text.policy.injection');
  const plain = grammars.find((g) => g.language === 'plaintext');
  assert.equal(plain && read(plain.path).scopeName, 'text.plain');
});

test('slogans, quantities with comparators and deadlines get theme-friendly scopes', () => {
  const found = tokens('确保“十四五”时期增速达9%以上，推进“五个三”和三大攻坚，到2025年建成，7月31日前完成，控制在3个百分点以内。');
  const has = (text: string, scope: string): boolean => found.some(([t, s]) => t === text && s.startsWith(scope));
  assert.ok(has('十四五', 'entity.name.tag'));
  assert.ok(has('五个三', 'entity.name.tag'));
  assert.ok(has('三大攻坚', 'entity.name.tag'));
  assert.ok(has('9', 'constant.numeric'));
  assert.ok(has('以上', 'keyword.operator'));
  assert.ok(has('达', 'keyword.operator'));
  assert.ok(has('到2025年', 'string.other.deadline'));
  assert.ok(has('7月31日前', 'string.other.deadline'));
  assert.ok(has('以内', 'keyword.operator'));
  assert.ok(!found.some(([t, s]) => s.startsWith('entity.name.tag') && t.includes('时期')));
});

test('static snippets are valid, registered for plaintext and markdown, with numbered tab stops', () => {
  const manifest = read('package.json');
  const languages = (manifest.contributes.snippets as { language: string; path: string }[]).map((s) => s.language).sort();
  assert.deepEqual(languages, ['markdown', 'plaintext']);
  const snippets = read('snippets/policy.code-snippets') as Record<string, { prefix: string[]; body: string; description: string }>;
  assert.ok(Object.keys(snippets).length >= 5);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(snippet.prefix.length > 0 && snippet.description.length > 0, name);
    const stops = [...snippet.body.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
    assert.deepEqual(stops, stops.map((_, i) => i + 1), `${name}: tab stops 1…n in order`);
    assert.equal((snippet.body.match(/\$\{/g) ?? []).length, (snippet.body.match(/\}/g) ?? []).length, `${name}: balanced`);
  }
  assert.match(snippets[Object.keys(snippets)[0]!]!.body, /三大目标.*三大攻坚.*三大短板.*三件大事.*三条底线/);
});
