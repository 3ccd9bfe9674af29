// What the tree (and hovers, diagnostics) need from the ledger: each item's status, and a change event.
// Kept apart from the store so views depend on this small interface only.
import * as vscode from 'vscode';
import type { ItemStatus, LedgerEntry } from '../core/types';
import { plainMarkdown } from './markdownText';

export interface ItemStatusSource {
  /** The ledger entry that applies to an item (by the extractor's item id), re-anchored entries included. */
  statusOf(itemId: string): LedgerEntry | undefined;
  /** Fires when statuses may have changed (the ledger file changed or was re-read). */
  readonly onDidChange: vscode.Event<void>;
}

export function statusLabel(status: ItemStatus): string {
  switch (status) {
    case 'todo':
      return vscode.l10n.t('Not started');
    case 'doing':
      return vscode.l10n.t('In progress');
    case 'done':
      return vscode.l10n.t('Done');
    case 'dropped':
      return vscode.l10n.t('Dropped');
  }
}

export function statusIcon(status: ItemStatus): vscode.ThemeIcon {
  switch (status) {
    case 'todo':
      return new vscode.ThemeIcon('circle-large-outline');
    case 'doing':
      return new vscode.ThemeIcon('sync', new vscode.ThemeColor('charts.blue'));
    case 'done':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'dropped':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  }
}

/** `已完成 · 市发改委` — status and owner for a tree item's description; '' when the entry has neither. */
export function statusDescription(entry: LedgerEntry | undefined): string {
  if (!entry) return '';
  return [entry.status ? statusLabel(entry.status) : '', entry.owner ?? ''].filter(Boolean).join(' · ');
}

/** Markdown lines for a tooltip or hover: status, owner, due, note. */
export function statusMarkdown(entry: LedgerEntry | undefined): vscode.MarkdownString | undefined {
  if (!entry || !(entry.status || entry.owner || entry.note || entry.due)) return undefined;
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  const line = (label: string, value: string | undefined): void => {
    if (value) md.appendMarkdown(`**${label}:** `).appendMarkdown(plainMarkdown(value)).appendMarkdown('  \n');
  };
  line(vscode.l10n.t('Status'), entry.status ? statusLabel(entry.status) : undefined);
  line(vscode.l10n.t('Owner'), entry.owner);
  line(vscode.l10n.t('Due'), entry.due);
  line(vscode.l10n.t('Note'), entry.note);
  return md;
}
