// Entry point: wires the core to the VS Code adapters. No logic of its own.
import * as vscode from 'vscode';
import { WorkspaceIndex } from './core/workspaceIndex';
import { createScanExtractor } from './node/scanExtractor';
import { SloganDiagnostics } from './vscode/diagnostics';
import { GlossaryStore } from './vscode/glossaryStore';
import { Indexer } from './vscode/indexer';
import { registerLanguageFeatures } from './vscode/languageFeatures';
import { registerLedgerCommands } from './vscode/ledgerCommands';
import { LedgerStore } from './vscode/ledgerStore';
import { registerOpenLocation } from './vscode/openLocation';
import { OverdueDiagnostics } from './vscode/overdueDiagnostics';
import { PolicyStatusBar } from './vscode/statusBar';
import { PolicyWorkspaceSymbols } from './vscode/symbols';
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
  /** The slogan glossary in use (built-in merged with the user's YAML). */
  glossary: GlossaryStore;
  /** The ledger (台账) file: statuses joined with the index. */
  ledger: LedgerStore;
  /** Resolves when the first workspace scan is over. */
  ready: Promise<void>;
  /** How long activate() took (ms), read by the activation-time test for `npm run bench`. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PolicyTrackerApi {
  const activationStarted = performance.now();
  const log = vscode.window.createOutputChannel('Policy Tracker', { log: true });
  const index = new WorkspaceIndex();
  // Scans extract in worker threads on the Node host (started at the first scan), in-thread on the web.
  const indexer = new Indexer(index, log, undefined, createScanExtractor((message) => log.warn(message)));
  const tree = new PolicyTreeProvider(index);
  const treeView = new PolicyTreeView(tree, context.workspaceState);
  const statusBar = new PolicyStatusBar(index, () => tree.overdueCount(), tree.onDidRefresh);
  const diagnostics = new SloganDiagnostics(index, indexer);
  const ledger = new LedgerStore(index, log);
  tree.setStatusSource(ledger);
  const glossary = new GlossaryStore(log);
  context.subscriptions.push(
    log,
    indexer,
    tree,
    treeView,
    statusBar,
    diagnostics,
    registerOpenLocation(),
    ledger,
    registerLedgerCommands(ledger, index),
    new OverdueDiagnostics(index, ledger),
    vscode.commands.registerCommand('policyTracker.refresh', () => indexer.rescan(true)),
    glossary,
    registerLanguageFeatures(index, indexer, glossary, ledger),
    vscode.languages.registerWorkspaceSymbolProvider(new PolicyWorkspaceSymbols(index, indexer)),
  );
  // Activation stays cheap: the first scan starts after activate() has returned.
  const ready = new Promise<void>((resolve) => setTimeout(() => void Promise.all([ledger.start(), glossary.start(), indexer.start()]).then(() => resolve(), (error) => {
    log.error('First index failed', error);
    resolve();
  }), 0));
  return { index, indexer, tree, treeView, statusBar, diagnostics, glossary, ledger, ready, activationMs: performance.now() - activationStarted };
}

export function deactivate(): void {}
