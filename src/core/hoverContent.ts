// The hover Markdown for a slogan or defined term. Pure: the VS Code adapter wraps the string in a
// MarkdownString with `isTrusted: { enabledCommands: [openCommand] }`.
//
//   hoverMarkdown(input, openCommand) → string
//
// Every piece of document or glossary text is escaped (Markdown and HTML), so a document containing
// `[x](command:workbench.action.terminal.new)`, `<script>` or raw HTML shows as inert text. The only links are
// the "defined at" locations, built here as `command:<openCommand>?<encoded [uri, line]>`.
import { componentsKey } from './componentsKey';
import type { DefinitionComponent } from './types';

export interface HoverLocation {
  /** The document's URI string (passed back to the open command). */
  uri: string;
  /** What the link shows, usually the file name. */
  label: string;
  /** 0-based line. */
  line: number;
}

export interface HoverDefinition {
  components: DefinitionComponent[];
  location?: HoverLocation;
}

export interface HoverInput {
  term: string;
  /** Definitions the documents give, in order (first = primary); several distinct ones are shown as variants. */
  definitions: HoverDefinition[];
  /** How many more distinct definitions there are than `definitions` lists (the hover shows a bounded number). */
  moreDefinitions?: number;
  /** The glossary entry, when there is one. */
  glossary?: { components: DefinitionComponent[]; explanation: string; origin: 'builtin' | 'user' };
  /** A prose term's defining sentence (`"碳达峰"是指…`), with where it stands. */
  prose?: { explanation: string; location?: HoverLocation };
  /** How many documents use the term. */
  documentCount: number;
  /** Warnings to show (count mismatches, conflicting definitions). */
  warnings: string[];
}

/** Deepest component level rendered. */
const MAX_DEPTH = 4;
/** Longest text shown for one piece of document text. */
const MAX_TEXT = 400;

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&"':]/g;

/** Escapes text for Markdown and HTML: it renders literally, never as a link, HTML or formatting. */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const clipped = flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat;
  return clipped.replace(MARKDOWN_SPECIAL, (ch) => {
    switch (ch) {
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '&': return '&amp;';
      case '"': return '&quot;';
      case "'": return '&#39;';
      case ':': return '&#58;';
      default: return `\\${ch}`;
    }
  });
}

/** A `command:` link target for the open command: arguments `[uri, line]`, fully percent-encoded. */
export function commandLink(openCommand: string, location: HoverLocation): string {
  const args = encodeURIComponent(JSON.stringify([location.uri, location.line]))
    .replace(/[()'!*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${openCommand}?${args}`;
}

function locationLink(openCommand: string, location: HoverLocation): string {
  return `[${escapeMarkdown(location.label)}:${location.line + 1}](${commandLink(openCommand, location)})`;
}

/** Components as a nested Markdown list. */
export function componentList(components: DefinitionComponent[], depth = 0): string[] {
  if (depth >= MAX_DEPTH) return [];
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  for (const component of components) {
    lines.push(`${indent}- ${escapeMarkdown(component.text)}`);
    if (component.components?.length) lines.push(...componentList(component.components, depth + 1));
  }
  return lines;
}

export function hoverMarkdown(input: HoverInput, openCommand: string): string {
  const blocks: string[] = [`**${escapeMarkdown(input.term)}**`];
  const variants: HoverDefinition[] = [];
  const seen = new Set<string>();
  for (const definition of input.definitions) {
    const key = componentsKey(definition.components);
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(definition);
  }
  variants.forEach((definition, index) => {
    const title = variants.length > 1 ? `定义 ${index + 1} / Definition ${index + 1}` : '组成 / Components';
    const where = definition.location ? ` — ${locationLink(openCommand, definition.location)}` : '';
    blocks.push(`${title}${where}\n\n${componentList(definition.components).join('\n')}`);
  });
  const more = input.moreDefinitions ?? 0;
  if (more > 0) blocks.push(`…另有 ${more} 个不同定义 / and ${more} more definition${more === 1 ? '' : 's'}`);
  if (input.glossary) {
    const origin = input.glossary.origin === 'user' ? '工作区词典 / Workspace glossary' : '内置词典 / Built-in glossary';
    const parts = [`*${origin}*`];
    if (input.glossary.explanation) parts.push(escapeMarkdown(input.glossary.explanation));
    if (variants.length === 0 && input.glossary.components.length) parts.push(componentList(input.glossary.components).join('\n'));
    blocks.push(parts.join('\n\n'));
  }
  if (input.prose) {
    const where = input.prose.location ? ` — ${locationLink(openCommand, input.prose.location)}` : '';
    blocks.push(`释义 / Explanation${where}\n\n> ${escapeMarkdown(input.prose.explanation)}`);
  }
  if (input.documentCount > 0) blocks.push(`${input.documentCount} 个文档使用 / Used in ${input.documentCount} document${input.documentCount === 1 ? '' : 's'}`);
  for (const warning of input.warnings) blocks.push(`⚠ ${escapeMarkdown(warning)}`);
  return blocks.join('\n\n');
}
