// A slogan's full expansion as a VS Code snippet string. Pure; the completion adapter wraps it in a SnippetString.
//
//   snippetBody(term, variants) → string
//   expansionText(term, components) → string   (the plain text the snippet produces for one variant)
//
// Format: the term followed by its components in full-width parentheses, nested groups in their own parentheses:
//   五个三（三大目标（先行区、领跑者、桥头堡）、三大攻坚（防范化解重大风险、精准脱贫、污染防治）、…）
// With several distinct definitions, the parenthesis content is a choice placeholder `${1|variant 1,variant 2|}`.
// `$`, `}` and `\` are escaped everywhere; `,` and `|` too inside a choice.
import type { DefinitionComponent } from './types';

/** Deepest nesting written out. */
const MAX_DEPTH = 4;

/** The components as text: 先行区、领跑者、桥头堡 · 三大目标（先行区、…）、三大攻坚（…）. */
export function componentsText(components: DefinitionComponent[], depth = 0): string {
  return components
    .map((c) => (c.components?.length && depth < MAX_DEPTH ? `${c.text}（${componentsText(c.components, depth + 1)}）` : c.text))
    .join('、');
}

/** What one variant expands to, as plain text. */
export function expansionText(term: string, components: DefinitionComponent[]): string {
  return components.length ? `${term}（${componentsText(components)}）` : term;
}

/** Escapes plain text for a snippet body. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** Escapes one option of a choice placeholder. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (ch) => `\\${ch}`);
}

/** The snippet for a term with its distinct definitions (the first is the default). */
export function snippetBody(term: string, variants: DefinitionComponent[][]): string {
  const texts: string[] = [];
  for (const components of variants) {
    if (components.length === 0) continue;
    const text = componentsText(components);
    if (!texts.includes(text)) texts.push(text);
  }
  if (texts.length === 0) return escapeSnippet(term);
  if (texts.length === 1) return escapeSnippet(`${term}（${texts[0]}）`);
  return `${escapeSnippet(term)}（\${1|${texts.map(escapeChoice).join(',')}|}）`;
}
