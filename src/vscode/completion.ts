// Completion of slogans: every known slogan (glossary entries and definitions found in the
// workspace) is offered; accepting inserts its full expansion as a snippet, with a choice
// placeholder where definitions differ. The replaced range is whatever the user already typed of
// the term (Chinese has no word breaks, so the editor's word range cannot be used).
import * as vscode from 'vscode';
import { componentsKey } from '../core/componentsKey';
import { expansionText, snippetBody } from '../core/snippetContent';
import type { DefinitionComponent } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { GlossaryStore } from './glossaryStore';
import type { Indexer } from './indexer';
import { plainMarkdown } from './markdownText';

export interface KnownSlogan {
  term: string;
  /** Distinct definitions, workspace ones first, then the glossary's. */
  variants: DefinitionComponent[][];
  explanation: string;
  source: 'workspace' | 'glossary';
}

/** The longest prefix of `term` that the text before the cursor ends with (0 when none). */
export function typedPrefixLength(before: string, term: string): number {
  for (let k = Math.min(term.length, before.length); k > 0; k--) {
    if (before.endsWith(term.slice(0, k))) return k;
  }
  return 0;
}

/** The last list built from the index and glossary alone, per index: rebuilt only when either changed. */
const cache = new WeakMap<WorkspaceIndex, { generation: number; glossary: GlossaryStore['glossary']; known: KnownSlogan[] }>();

/**
 * Every slogan with at least one definition: workspace definitions (distinct ones, from the index's
 * cached term summaries), then glossary entries. `extra` (definitions of a document outside the index) come first.
 */
export function knownSlogans(index: WorkspaceIndex, glossary: GlossaryStore['glossary'], extra: { term: string; components: DefinitionComponent[] }[] = []): KnownSlogan[] {
  if (extra.length === 0) {
    const cached = cache.get(index);
    if (cached && cached.generation === index.generation && cached.glossary === glossary) return cached.known;
  }
  const byTerm = new Map<string, { known: KnownSlogan; keys: Set<string> }>();
  const add = (term: string, components: DefinitionComponent[], source: KnownSlogan['source'], explanation = ''): void => {
    let entry = byTerm.get(term);
    if (!entry) {
      entry = { known: { term, variants: [], explanation, source }, keys: new Set() };
      byTerm.set(term, entry);
    }
    if (!entry.known.explanation && explanation) entry.known.explanation = explanation;
    const key = componentsKey(components);
    if (components.length && !entry.keys.has(key)) {
      entry.keys.add(key);
      entry.known.variants.push(components);
    }
  };
  for (const { term, components } of extra) add(term, components, 'workspace');
  for (const term of index.definedSloganTerms()) for (const { value } of index.term(term).variants) add(term, value.components, 'workspace');
  for (const entry of glossary.entries) {
    add(entry.term, entry.components, byTerm.get(entry.term)?.known.source ?? 'glossary', entry.explanation);
  }
  const known = [...byTerm.values()].map((e) => e.known).filter((k) => k.variants.length > 0 || k.explanation);
  if (extra.length === 0) cache.set(index, { generation: index.generation, glossary, known });
  return known;
}

export class SloganCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly indexer: Indexer,
    private readonly glossary: GlossaryStore,
  ) {}

  /**
   * When the text before the cursor ends with the start of some slogans, only those are offered
   * (longest typed part first); otherwise all of them. The list is incomplete, so it is asked
   * again as the user types on (the typed part decides the replaced range of each item).
   */
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList {
    const facts = this.indexer.factsFor(document);
    const local = this.index.has(facts.uri) ? [] : facts.slogans.flatMap((s) => s.definitions.map((d) => ({ term: s.term, components: d.components })));
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const candidates = knownSlogans(this.index, this.glossary.glossary, local).map((known) => ({ known, typed: typedPrefixLength(before, known.term) }));
    const longest = Math.max(0, ...candidates.map((c) => c.typed));
    const offered = candidates.filter((c) => c.typed === longest);
    return new vscode.CompletionList(offered.map(({ known, typed }) => this.toItem(known, typed, position)), true);
  }

  private toItem(known: KnownSlogan, typed: number, position: vscode.Position): vscode.CompletionItem {
    const item = new vscode.CompletionItem(
      { label: known.term, description: known.source === 'workspace' ? vscode.l10n.t('slogan (workspace)') : vscode.l10n.t('slogan (glossary)') },
      vscode.CompletionItemKind.Snippet,
    );
    item.range = new vscode.Range(position.translate(0, -typed), position);
    item.filterText = known.term;
    item.insertText = new vscode.SnippetString(snippetBody(known.term, known.variants));
    const first = known.variants[0] ?? [];
    item.detail = expansionText(known.term, first);
    const documentation = new vscode.MarkdownString();
    documentation.isTrusted = false;
    documentation.supportHtml = false;
    if (known.explanation) documentation.appendMarkdown(plainMarkdown(known.explanation));
    if (known.variants.length > 1) {
      documentation.appendMarkdown('\n\n').appendMarkdown(plainMarkdown(vscode.l10n.t('{0} different definitions: pick one after inserting.', known.variants.length)));
    }
    item.documentation = documentation;
    return item;
  }
}
