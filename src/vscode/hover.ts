// Hover over a slogan or a prose-defined term in a policy document: components (nested), the
// glossary explanation, where it is defined (links that open the place), how many documents use
// it, and warnings. The Markdown comes from core/hoverContent (escaped); only our open command is enabled.
import * as vscode from 'vscode';
import { hoverMarkdown, type HoverDefinition, type HoverInput, type HoverLocation } from '../core/hoverContent';
import type { DocumentFacts, Span } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { GlossaryStore } from './glossaryStore';
import type { Indexer } from './indexer';
import { OPEN_LOCATION } from './tree';

function basename(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

function location(uri: string, span: Span): HoverLocation {
  return { uri, label: basename(uri), line: span.line };
}

/** The slogan occurrence or prose term at an offset of one document's facts. */
export function termAt(facts: DocumentFacts, offset: number): { term: string; span: Span } | undefined {
  for (const slogan of facts.slogans) {
    const span = slogan.occurrences.find((s) => s.start <= offset && offset < s.end);
    if (span) return { term: slogan.term, span };
  }
  for (const prose of facts.terms) {
    if (prose.start <= offset && offset < prose.end) return { term: prose.term, span: prose };
  }
  return undefined;
}

/** Everything the hover shows for a term: the workspace index, this document (if it is not indexed) and the glossary. */
export function hoverInput(term: string, index: WorkspaceIndex, facts: DocumentFacts, glossary: GlossaryStore['glossary']): HoverInput {
  const summary = index.term(term);
  const indexed = index.has(facts.uri);
  const definitions: HoverDefinition[] = summary.definitions.map((d) => ({ components: d.value.components, location: location(d.uri, d.value) }));
  const prose = summary.proseDefinitions.map((p) => ({ explanation: p.value.explanation, location: location(p.uri, p.value) }));
  const warnings = summary.findings.map((f) => f.value.message);
  let documentCount = summary.documentCount;
  if (!indexed) {
    const slogan = facts.slogans.find((s) => s.term === term);
    for (const d of slogan?.definitions ?? []) definitions.unshift({ components: d.components, location: location(facts.uri, d) });
    for (const p of facts.terms.filter((t) => t.term === term)) prose.unshift({ explanation: p.explanation, location: location(facts.uri, p) });
    warnings.unshift(...(slogan?.findings.map((f) => f.message) ?? []));
    if (slogan || facts.terms.some((t) => t.term === term)) documentCount++;
  }
  const entry = glossary.lookup(term);
  return {
    term,
    definitions,
    ...(entry ? { glossary: { components: entry.components, explanation: entry.explanation, origin: entry.origin } } : {}),
    ...(prose[0] ? { prose: prose[0] } : {}),
    documentCount,
    warnings: [...new Set(warnings)],
  };
}

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
