// Slogan findings (count mismatch, conflicting definitions) as diagnostics, at the configured
// severity, with the other definition as related information. One collection for the workspace.
import * as vscode from 'vscode';
import type { SloganFinding } from '../core/types';
import type { IndexChange, WorkspaceIndex } from '../core/workspaceIndex';
import { readConfig, toSeverity } from './config';
import type { Indexer } from './indexer';

export const DIAGNOSTIC_SOURCE = 'policy-tracker';

export class SloganDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('policyTracker.slogans');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly indexer: Indexer,
  ) {
    this.unsubscribe = index.onDidChange((change) => this.onIndexChange(change));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyTracker.diagnostics.severity')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private onIndexChange(change: IndexChange): void {
    if (change.type === 'clear') this.collection.clear();
    else if (change.type === 'delete') this.collection.delete(vscode.Uri.parse(change.uri));
    else {
      if (change.type === 'rename') this.collection.delete(vscode.Uri.parse(change.oldUri));
      this.update(change.uri);
    }
  }

  refreshAll(): void {
    this.collection.clear();
    for (const uri of this.index.uris()) this.update(uri);
  }

  /** Diagnostics for one document, from its findings. */
  diagnosticsFor(uri: string): vscode.Diagnostic[] {
    const severity = toSeverity(readConfig(vscode.Uri.parse(uri)).diagnosticsSeverity);
    const facts = this.index.get(uri);
    if (severity === undefined || !facts) return [];
    return facts.slogans.flatMap((slogan) => slogan.findings.map((finding) => this.toDiagnostic(uri, slogan.term, finding, severity)));
  }

  private toDiagnostic(uri: string, term: string, finding: SloganFinding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(this.indexer.rangeOf(uri, finding.span), finding.message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.kind;
    if (finding.related) {
      const message =
        finding.kind === 'conflicting-definitions'
          ? vscode.l10n.t('Other definition of {0}', term)
          : vscode.l10n.t('Related: {0}', term);
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(uri), this.indexer.rangeOf(uri, finding.related)), message)];
    }
    return diagnostic;
  }

  private update(uri: string): void {
    this.collection.set(vscode.Uri.parse(uri), this.diagnosticsFor(uri));
  }

  dispose(): void {
    this.unsubscribe();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}
