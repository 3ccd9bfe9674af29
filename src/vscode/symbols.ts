// Outline and Ctrl+T: a DocumentSymbolProvider (headings, with the targets under them) and a
// WorkspaceSymbolProvider (targets and slogans of every indexed document).
import * as vscode from 'vscode';
import { formatDeadline, itemLabel, itemSummary } from '../core/itemLabel';
import type { DocumentFacts, Heading, Span, Target } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { Indexer } from './indexer';

/** Most symbols Ctrl+T gets per query. */
const MAX_WORKSPACE_SYMBOLS = 1000;

function basename(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function targetSymbol(document: vscode.TextDocument, target: Target): vscode.DocumentSymbol {
  const range = spanRange(document, { start: Math.min(target.sentence.start, target.start), end: Math.max(target.sentence.end, target.end) });
  return new vscode.DocumentSymbol(
    itemLabel(target),
    itemSummary(target),
    target.value === null ? vscode.SymbolKind.Event : vscode.SymbolKind.Number,
    range,
    spanRange(document, target),
  );
}

/** Headings nest by level; each target goes under the last heading before it. */
export function documentSymbols(document: vscode.TextDocument, facts: DocumentFacts): vscode.DocumentSymbol[] {
  const roots: vscode.DocumentSymbol[] = [];
  const stack: { level: number; symbol: vscode.DocumentSymbol; heading: Heading }[] = [];
  const headings = [...facts.headings].sort((a, b) => a.start - b.start);
  const targets = [...facts.targets].sort((a, b) => a.start - b.start);
  const end = document.positionAt(document.getText().length);
  let t = 0;
  const addTargetsBefore = (offset: number): void => {
    while (t < targets.length && targets[t]!.start < offset) {
      const symbol = targetSymbol(document, targets[t++]!);
      const parent = stack[stack.length - 1]?.symbol;
      if (parent) parent.children.push(symbol);
      else roots.push(symbol);
    }
  };
  for (const [i, heading] of headings.entries()) {
    addTargetsBefore(heading.start);
    while (stack.length && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    // A heading's range runs to the next heading of the same or a higher level.
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    const stop = next ? document.positionAt(next.start) : end;
    const start = document.positionAt(heading.start);
    const symbol = new vscode.DocumentSymbol(heading.text || '…', '', vscode.SymbolKind.Module, new vscode.Range(start, stop.isBefore(start) ? start : stop), spanRange(document, heading));
    const parent = stack[stack.length - 1]?.symbol;
    if (parent) parent.children.push(symbol);
    else roots.push(symbol);
    stack.push({ level: heading.level, symbol, heading });
  }
  addTargetsBefore(Infinity);
  // A parent's range must hold its children.
  const widen = (symbol: vscode.DocumentSymbol): void => {
    for (const child of symbol.children) {
      widen(child);
      symbol.range = symbol.range.union(child.range);
    }
  };
  roots.forEach(widen);
  return roots;
}

export class PolicyDocumentSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly indexer: Indexer) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    return documentSymbols(document, this.indexer.factsFor(document));
  }
}

/** Does `name` contain the query's characters in order (what Ctrl+T expects), ignoring case? */
export function fuzzyMatches(query: string, name: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase();
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export class PolicyWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly indexer: Indexer,
  ) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const found: vscode.SymbolInformation[] = [];
    const location = (uri: string, span: Span): vscode.Location => new vscode.Location(vscode.Uri.parse(uri), this.indexer.rangeOf(uri, span));
    for (const doc of this.index.documents()) {
      if (token.isCancellationRequested || found.length >= MAX_WORKSPACE_SYMBOLS) break;
      const container = basename(doc.uri);
      for (const target of doc.targets) {
        const name = itemLabel(target);
        if (!fuzzyMatches(query, name) && !fuzzyMatches(query, target.text)) continue;
        const deadline = formatDeadline(target.deadline);
        found.push(new vscode.SymbolInformation(name, target.value === null ? vscode.SymbolKind.Event : vscode.SymbolKind.Number, deadline ? `${container} · ${deadline}` : container, location(doc.uri, target)));
      }
      for (const slogan of doc.slogans) {
        if (!fuzzyMatches(query, slogan.term)) continue;
        const span = slogan.definitions[0] ?? slogan.occurrences[0];
        if (span) found.push(new vscode.SymbolInformation(slogan.term, vscode.SymbolKind.Constant, container, location(doc.uri, span)));
      }
    }
    return found.slice(0, MAX_WORKSPACE_SYMBOLS);
  }
}
