// Status bar entry: totals and overdue count of the index; clicking focuses the sidebar view.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { VIEW_ID } from './indexer';

export class PolicyStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyTracker.status', vscode.StatusBarAlignment.Left, 10);
  private readonly unsubscribe: () => void;
  private readonly subscription: vscode.Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly overdueCount: () => number,
    /** Fires when the overdue count may have changed for reasons other than the index (the ledger). */
    otherChanges?: vscode.Event<unknown>,
  ) {
    this.subscription = otherChanges?.(() => this.schedule());
    this.item.name = vscode.l10n.t('Policy Tracker');
    this.item.command = { command: `${VIEW_ID}.focus`, title: vscode.l10n.t('Show Policy Tracker') };
    this.unsubscribe = index.onDidChange(() => this.schedule());
    this.update();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 100);
  }

  update(): void {
    const totals = this.index.totals();
    if (totals.documents === 0) {
      this.item.hide();
      return;
    }
    const overdue = this.overdueCount();
    this.item.text = `$(target) ${totals.targets}  $(tasklist) ${totals.commitments}  $(quote) ${totals.slogans}` + (overdue ? `  $(error) ${overdue}` : '');
    this.item.tooltip = vscode.l10n.t(
      '{0} documents: {1} targets, {2} commitments, {3} slogans; {4} overdue. Click to show the Policy Tracker view.',
      totals.documents,
      totals.targets,
      totals.commitments,
      totals.slogans,
      overdue,
    );
    this.item.show();
  }

  /** For tests: what the entry shows. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    this.subscription?.dispose();
    this.item.dispose();
  }
}
