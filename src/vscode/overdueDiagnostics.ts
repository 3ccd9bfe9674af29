// Optional diagnostics (setting `policyTracker.diagnostics.overdue`, off by default) on targets and commitments
// whose deadline (or the ledger's `due`) has passed and whose status is neither done nor dropped.
import * as vscode from 'vscode';
import { calendarDate, dueBucket, effectiveDeadline, type CalendarDate } from '../core/due';
import type { DocumentFacts, TrackedItem } from '../core/types';
import type { IndexChange, WorkspaceIndex } from '../core/workspaceIndex';
import { SECTION } from './config';
import type { ItemStatusSource } from './itemStatusSource';
import { statusLabel } from './itemStatusSource';

export const OVERDUE_SETTING = 'diagnostics.overdue';
const DELAY_MS = 300;

export function overdueEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(OVERDUE_SETTING, false) === true;
}

export class OverdueDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policyTracker.overdue');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly unsubscribe: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Documents to update at the next run; `all` after a change that may touch every document. */
  private pending: Set<string> | 'all' = 'all';

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly statuses: ItemStatusSource,
    private readonly today: () => CalendarDate = () => calendarDate(new Date()),
  ) {
    this.unsubscribe = index.onDidChange((change) => this.onIndexChange(change));
    this.disposables.push(
      statuses.onDidChange(() => this.schedule()),
      vscode.workspace.onDidOpenTextDocument(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.${OVERDUE_SETTING}`)) this.schedule();
      }),
    );
    this.schedule();
  }

  /** A re-indexed, deleted or renamed document: only that document's diagnostics change. */
  private onIndexChange(change: IndexChange): void {
    if (change.type === 'clear') return this.schedule();
    if (change.type === 'rename') this.schedule(change.oldUri);
    this.schedule(change.uri);
  }

  private schedule(uri?: string): void {
    if (uri === undefined) this.pending = 'all';
    else if (this.pending !== 'all') this.pending.add(uri);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const pending = this.pending;
      this.pending = new Set();
      this.update(pending === 'all' ? undefined : pending);
    }, DELAY_MS);
  }

  /** Recomputes the diagnostics of some documents, or of all (no argument). */
  update(uris?: Iterable<string>): void {
    if (!uris || !overdueEnabled()) this.collection.clear();
    if (!overdueEnabled()) return;
    const today = this.today();
    const open = new Map(vscode.workspace.textDocuments.map((doc) => [doc.uri.toString(), doc]));
    if (!uris) {
      for (const facts of this.index.documents()) this.updateDocument(facts, today, open);
      return;
    }
    for (const uri of uris) {
      const facts = this.index.get(uri);
      if (facts) this.updateDocument(facts, today, open);
      else this.collection.delete(vscode.Uri.parse(uri));
    }
  }

  private updateDocument(facts: DocumentFacts, today: CalendarDate, open: Map<string, vscode.TextDocument>): void {
    const diagnostics: vscode.Diagnostic[] = [];
    for (const item of [...facts.targets, ...facts.commitments]) {
      const entry = this.statuses.statusOf(item.id);
      if (entry?.status === 'done' || entry?.status === 'dropped') continue;
      if (dueBucket(item.deadline, today, { due: entry?.due }) !== 'overdue') continue;
      const deadline = effectiveDeadline(item.deadline, entry?.due) ?? '';
      const message = entry?.status
        ? vscode.l10n.t('Overdue: due {0}, status {1}', deadline, statusLabel(entry.status))
        : vscode.l10n.t('Overdue: due {0}, no status in the ledger', deadline);
      const diagnostic = new vscode.Diagnostic(rangeOf(item, open.get(facts.uri)), message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'policy-tracker';
      diagnostic.code = 'overdue';
      diagnostics.push(diagnostic);
    }
    if (diagnostics.length) this.collection.set(vscode.Uri.parse(facts.uri), diagnostics);
    else this.collection.delete(vscode.Uri.parse(facts.uri));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    for (const d of this.disposables) d.dispose();
  }
}

/** Exact range when the document is open; otherwise the item's line (columns are not known without the text). */
function rangeOf(item: TrackedItem, document: vscode.TextDocument | undefined): vscode.Range {
  if (document) return new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
  return new vscode.Range(item.line, 0, item.line, Number.MAX_SAFE_INTEGER);
}
