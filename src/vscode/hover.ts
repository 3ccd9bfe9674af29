// Hover over a slogan or a prose-defined term in a policy document: components (nested), the
// glossary explanation, where it is defined (links that open the place), how many documents use
// it, and warnings. The Markdown comes from core/hoverContent (escaped); only our open command is enabled.
import * as vscode from 'vscode';
import { hoverMarkdown, type HoverInput } from '../core/hoverContent';
import { hoverInput as coreHoverInput, termAt } from '../core/hoverLookup';
import type { DocumentFacts } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { GlossaryStore } from './glossaryStore';
import type { Indexer } from './indexer';
import { OPEN_LOCATION } from './tree';

function basename(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Everything the hover shows for a term (core/hoverLookup, with file names as link labels). */
export function hoverInput(term: string, index: WorkspaceIndex, facts: DocumentFacts, glossary: GlossaryStore['glossary']): HoverInput {
  return coreHoverInput(term, index, facts, glossary, basename);
}

export { termAt };

/** Wraps the core Markdown: trusted for our open-location command only, no HTML. */
export function hoverMarkdownString(input: HoverInput): vscode.MarkdownString {
  const md = new vscode.MarkdownString(hoverMarkdown(input, OPEN_LOCATION));
  md.isTrusted = { enabledCommands: [OPEN_LOCATION] };
  md.supportHtml = false;
  return md;
}

export class SloganHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly indexer: Indexer,
    private readonly glossary: GlossaryStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const facts = this.indexer.factsFor(document);
    const found = termAt(facts, document.offsetAt(position));
    if (!found) return undefined;
    const range = new vscode.Range(document.positionAt(found.span.start), document.positionAt(found.span.end));
    return new vscode.Hover(hoverMarkdownString(hoverInput(found.term, this.index, facts, this.glossary.glossary)), range);
  }
}
