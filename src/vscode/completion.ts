// Completion of slogans: every known slogan (glossary entries and definitions found in the
// workspace) is offered; accepting inserts its full expansion as a snippet, with a choice
// placeholder where definitions differ. The replaced range is whatever the user already typed of
// the term (Chinese has no word breaks, so the editor's word range cannot be used).
import * as vscode from 'vscode';
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

function sameComponents(a: DefinitionComponent[], b: DefinitionComponent[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every slogan with at least one definition: workspace definitions, then glossary entries. */
export function knownSlogans(index: WorkspaceIndex, glossary: GlossaryStore['glossary'], extra: { term: string; components: DefinitionComponent[] }[] = []): KnownSlogan[] {
  const byTerm = new Map<string, KnownSlogan>();
  const add = (term: string, components: DefinitionComponent[], source: KnownSlogan['source'], explanation = ''): void => {
    let known = byTerm.get(term);
    if (!known) {
      known = { term, variants: [], explanation, source };
      byTerm.set(term, known);
    }
    if (!known.explanation && explanation) known.explanation = explanation;
    if (components.length && !known.variants.some((v) => sameComponents(v, components))) known.variants.push(components);
  };
  for (const { term, components } of extra) add(term, components, 'workspace');
  for (const { value } of index.slogans()) for (const definition of value.definitions) add(value.term, definition.components, 'workspace');
  for (const entry of glossary.entries) {
    add(entry.term, entry.components, byTerm.has(entry.term) ? byTerm.get(entry.term)!.source : 'glossary', entry.explanation);
  }
  return [...byTerm.values()].filter((k) => k.variants.length > 0 || k.explanation);
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
