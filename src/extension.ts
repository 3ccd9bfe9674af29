// Entry point: wires the core to the VS Code adapters. No logic of its own.
import * as vscode from 'vscode';
import { WorkspaceIndex } from './core/workspaceIndex';
import { documentSelector, readConfig } from './vscode/config';
import { SloganDiagnostics } from './vscode/diagnostics';
import { Indexer } from './vscode/indexer';
import { registerOpenLocation } from './vscode/openLocation';
import { PolicyStatusBar } from './vscode/statusBar';
import { PolicyDocumentSymbols, PolicyWorkspaceSymbols } from './vscode/symbols';
import { PolicyTreeProvider } from './vscode/tree';
import { PolicyTreeView } from './vscode/treeView';

/** What activate() returns: handles for the extension-host tests. */
export interface PolicyTrackerApi {
  index: WorkspaceIndex;
  indexer: Indexer;
  tree: PolicyTreeProvider;
  treeView: PolicyTreeView;
  statusBar: PolicyStatusBar;
  diagnostics: SloganDiagnostics;
  /** Resolves when the first workspace scan is over. */
  ready: Promise<void>;
  /** How long activate() took (ms), read by the activation-time test for `npm run bench`. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PolicyTrackerApi {
  const activationStarted = performance.now();
  const log = vscode.window.createOutputChannel('Policy Tracker', { log: true });
  const index = new WorkspaceIndex();
  const indexer = new Indexer(index, log);
  const tree = new PolicyTreeProvider(index);
  const treeView = new PolicyTreeView(tree, context.workspaceState);
  const statusBar = new PolicyStatusBar(index, () => tree.overdueCount());
  const diagnostics = new SloganDiagnostics(index, indexer);
  const selector = documentSelector(readConfig());
  context.subscriptions.push(
    log,
    indexer,
    tree,
    treeView,
    statusBar,
    diagnostics,
    registerOpenLocation(),
    vscode.commands.registerCommand('policyTracker.refresh', () => indexer.rescan()),
    vscode.languages.registerDocumentSymbolProvider(selector, new PolicyDocumentSymbols(indexer), { label: 'Policy Tracker' }),
    vscode.languages.registerWorkspaceSymbolProvider(new PolicyWorkspaceSymbols(index, indexer)),
  );
  // Activation stays cheap: the first scan starts after activate() has returned.
  const ready = new Promise<void>((resolve) => setTimeout(() => void indexer.start().then(resolve, (error) => {
    log.error('First index failed', error);
    resolve();
  }), 0));
  return { index, indexer, tree, treeView, statusBar, diagnostics, ready, activationMs: performance.now() - activationStarted };
}

export function deactivate(): void {}
