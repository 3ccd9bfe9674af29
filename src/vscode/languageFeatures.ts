// Registers the per-document language features (outline, hover, completion) for the languages
// in `policyTracker.languages`, and registers them again when that setting changes.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { SloganCompletionProvider } from './completion';
import { documentSelector, readConfig } from './config';
import type { GlossaryStore } from './glossaryStore';
import { SloganHoverProvider } from './hover';
import type { Indexer } from './indexer';
import { ItemStatusHoverProvider } from './itemHover';
import type { ItemStatusSource } from './itemStatusSource';
import { PolicyDocumentSymbols } from './symbols';

export function registerLanguageFeatures(index: WorkspaceIndex, indexer: Indexer, glossary: GlossaryStore, statuses?: ItemStatusSource): vscode.Disposable {
  let registrations: vscode.Disposable | undefined;
  const register = (): void => {
    registrations?.dispose();
    const selector = documentSelector(readConfig());
    registrations = vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(selector, new PolicyDocumentSymbols(indexer), { label: vscode.l10n.t('Policy Tracker') }),
      vscode.languages.registerHoverProvider(selector, new SloganHoverProvider(index, indexer, glossary)),
      vscode.languages.registerCompletionItemProvider(selector, new SloganCompletionProvider(index, indexer, glossary)),
      ...(statuses ? [vscode.languages.registerHoverProvider(selector, new ItemStatusHoverProvider(indexer, statuses))] : []),
    );
  };
  register();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('policyTracker.languages')) register();
  });
  return { dispose: () => (listener.dispose(), registrations?.dispose()) };
}
