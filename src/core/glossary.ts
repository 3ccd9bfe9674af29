// The glossary of formulations: the built-in national glossary (glossary/national.yaml) merged with the user's
// workspace glossary (same YAML format; user entries add to and override built-in ones).
//
//   builtInGlossary()                       → Glossary (parsed once)
//   loadUserGlossary(yamlText, base?)       → { glossary: Glossary | null, errors }
//       glossary is null when the YAML itself is broken: keep using the last good one, never rewrite the file.
//       Entry-level problems (a component that is not text…) skip that entry and are reported; the rest loads.
//   glossary.lookup(term)                   → GlossaryEntry | undefined  (quotes, spaces, 、 and script ignored)
//   builtInSloganTerms()                    → numbered terms and aliases, used by slogan detection
//
// Format:
//   四个意识:
//     components: [政治意识, 大局意识, 核心意识, 看齐意识]   # a component is text or {名称: [子项…]}
//     explanation: 一句话说明
//     aliases: [别名]                                        # optional
import { LineCounter, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { DefinitionComponent } from './types';
import * as OpenCC from 'opencc-js/t2cn';
import { toMatchingScript } from './script';
import { isCountNumeral } from './sloganLexicon';
import nationalGlossary from './glossary/national.yaml';

export interface GlossaryEntry {
  term: string;
  components: DefinitionComponent[];
  explanation: string;
  aliases: string[];
  origin: 'builtin' | 'user';
}

/** A problem in a glossary file; `line` is 0-based. */
export interface GlossaryError {
  message: string;
  line: number;
}

/** Files larger than this are refused (a glossary is a few hundred entries). */
export const MAX_GLOSSARY_BYTES = 1_000_000;
/** YAML aliases allowed in one file (guards against "billion laughs" alias bombs). */
const MAX_ALIASES = 100;
const MAX_DEPTH = 4;

let toSimplified: ((text: string) => string) | null = null;
const keyCache = new Map<string, string>();

/** The key a term is looked up by: simplified script (even for a short term), no spaces, quotes or 、. */
export function glossaryKey(term: string): string {
  let key = keyCache.get(term);
  if (key === undefined) {
    toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
    key = toSimplified(term).replace(/[\s“”"‘’「」『』、]/g, '');
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(term, key);
  }
  return key;
}

export class Glossary {
  private readonly byKey = new Map<string, GlossaryEntry>();

  constructor(readonly entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.term, ...entry.aliases]) this.byKey.set(glossaryKey(name), entry);
    }
  }

  lookup(term: string): GlossaryEntry | undefined {
    return this.byKey.get(glossaryKey(term));
  }

  /** Every term and alias. */
  terms(): string[] {
    return termsOf(this.entries);
  }

  /** A new glossary with `overrides` added; an override replaces the entry it shares a term or alias with. */
  merge(overrides: readonly GlossaryEntry[]): Glossary {
    const replaced = new Set<GlossaryEntry>();
    for (const entry of overrides) {
      for (const name of [entry.term, ...entry.aliases]) {
        const old = this.lookup(name);
        if (old) replaced.add(old);
      }
    }
    return new Glossary([...this.entries.filter((e) => !replaced.has(e)), ...overrides]);
  }
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  errors: GlossaryError[];
  /** True when the YAML could not be read at all (entries is then empty). */
  broken: boolean;
}

/** Parses glossary YAML. Never throws. */
export function parseGlossary(text: string, origin: GlossaryEntry['origin']): ParsedGlossary {
  if (text.length > MAX_GLOSSARY_BYTES) {
    return { entries: [], errors: [{ message: `词典文件过大（超过 ${MAX_GLOSSARY_BYTES} 字节）/ Glossary file too large`, line: 0 }], broken: true };
  }
  const lineCounter = new LineCounter();
  const lineOf = (offset: number): number => Math.max(0, lineCounter.linePos(offset).line - 1);
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { entries: [], errors: [{ message: String(error), line: 0 }], broken: true };
  }
  if (doc.errors.length > 0) {
    return {
      entries: [],
      errors: doc.errors.map((e) => ({ message: `YAML 语法错误 / YAML error: ${e.message.split('\n')[0]}`, line: lineOf(e.pos[0]) })),
      broken: true,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { entries: [], errors: [{ message: `YAML 别名过多或无效 / Too many or invalid YAML aliases: ${(error as Error).message}`, line: 0 }], broken: true };
  }
  if (data === null || data === undefined) return { entries: [], errors: [], broken: false };
  if (!isMap(doc.contents)) {
    return { entries: [], errors: [{ message: '词典应为“术语: 条目”的映射 / The glossary must be a mapping of term → entry', line: 0 }], broken: true };
  }
  const entries: GlossaryEntry[] = [];
  const errors: GlossaryError[] = [];
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const line = keyNode?.range ? lineOf(keyNode.range[0]) : 0;
    const term = isScalar(keyNode) ? String(keyNode.value ?? '').trim() : '';
    if (term.length === 0) {
      errors.push({ message: '术语不能为空 / Empty term', line });
      continue;
    }
    const value = (data as Record<string, unknown>)[term];
    const entry = toEntry(term, value, origin);
    if (typeof entry === 'string') errors.push({ message: `“${term}”：${entry}`, line });
    else entries.push(entry);
  }
  return { entries, errors, broken: false };
}

function toEntry(term: string, value: unknown, origin: GlossaryEntry['origin']): GlossaryEntry | string {
  if (value === null || value === undefined) return { term, components: [], explanation: '', aliases: [], origin };
  if (typeof value === 'string') return { term, components: [], explanation: value, aliases: [], origin };
  if (typeof value !== 'object' || Array.isArray(value)) return '条目应为映射 / the entry must be a mapping';
  const record = value as Record<string, unknown>;
  const components = record.components === undefined ? [] : toComponents(record.components, 0);
  if (typeof components === 'string') return components;
  const explanation = record.explanation ?? '';
  if (typeof explanation !== 'string') return 'explanation 应为文本 / explanation must be text';
  const aliases = record.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' || typeof a === 'number')) {
    return 'aliases 应为文本列表 / aliases must be a list of text';
  }
  return { term, components, explanation: explanation.trim(), aliases: aliases.map(String), origin };
}

function toComponents(value: unknown, depth: number): DefinitionComponent[] | string {
  if (depth > MAX_DEPTH) return '组成嵌套过深 / components nested too deeply';
  if (!Array.isArray(value)) return 'components 应为列表 / components must be a list';
  const result: DefinitionComponent[] = [];
  for (const item of value) {
    if (typeof item === 'string' || typeof item === 'number') {
      result.push({ text: String(item) });
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      if (typeof record.text === 'string') {
        const nested = record.components === undefined ? [] : toComponents(record.components, depth + 1);
        if (typeof nested === 'string') return nested;
        result.push(nested.length ? { text: record.text, components: nested } : { text: record.text });
        continue;
      }
      const names = Object.keys(record);
      if (names.length !== 1) return '嵌套组成应写作“名称: [子项]” / a nested component is written "name: [items]"';
      const nested = toComponents(record[names[0]!], depth + 1);
      if (typeof nested === 'string') return nested;
      result.push({ text: names[0]!, components: nested });
    } else {
      return '组成应为文本 / a component must be text';
    }
  }
  return result;
}

/** Every term and alias of the entries, in order. */
function termsOf(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((e) => [e.term, ...e.aliases]);
}

let builtInEntries: GlossaryEntry[] | null = null;
let builtIn: Glossary | null = null;

/** The built-in glossary's entries, parsed once. */
function builtInGlossaryEntries(): GlossaryEntry[] {
  builtInEntries ??= parseGlossary(nationalGlossary, 'builtin').entries;
  return builtInEntries;
}

/** The built-in national glossary. */
export function builtInGlossary(): Glossary {
  if (builtIn === null) builtIn = new Glossary(builtInGlossaryEntries());
  return builtIn;
}

/**
 * Built-in glossary merged with the user's YAML. `glossary` is null when the YAML is broken (keep the last
 * good glossary); entry errors are reported alongside a usable glossary.
 */
export function loadUserGlossary(text: string, base: Glossary = builtInGlossary()): { glossary: Glossary | null; errors: GlossaryError[] } {
  const parsed = parseGlossary(text, 'user');
  if (parsed.broken) return { glossary: null, errors: parsed.errors };
  return { glossary: base.merge(parsed.entries), errors: parsed.errors };
}

let sloganTerms: string[] | null = null;

/** Numbered terms and aliases of the built-in glossary (matching script), for detection without quotes. */
export function builtInSloganTerms(): string[] {
  if (sloganTerms === null) {
    // From the entries, not a Glossary: its look-up keys load a script converter that extraction never uses.
    sloganTerms = termsOf(builtInGlossaryEntries()).map((t) => toMatchingScript(t)).filter((t) => [...t].some((ch) => isCountNumeral(ch)));
  }
  return sloganTerms;
}
