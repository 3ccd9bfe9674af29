// Hover over a tracked item in a policy document: what was extracted (kind, value, deadline) and what the
// ledger says (status, owner, due, note), with a link to set the status. Targets answer on their anchor;
// commitments on their sentence, only when the ledger has an entry for them (to keep plain prose quiet).
import * as vscode from 'vscode';
import { effectiveDeadline } from '../core/due';
import { formatDeadline, formatValue } from '../core/itemLabel';
import type { DocumentFacts, TrackedItem } from '../core/types';
import type { Indexer } from './indexer';
import { statusLabel, type ItemStatusSource } from './itemStatusSource';
import { SET_STATUS } from './ledgerCommands';
import { plainMarkdown } from './markdownText';

export function itemAtOffset(facts: DocumentFacts, offset: number): TrackedItem | undefined {
  return (
    facts.targets.find((t) => t.start <= offset && offset < t.end) ??
    facts.commitments.find((c) => c.start <= offset && offset < c.end)
  );
}

export class ItemStatusHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly indexer: Indexer,
    private readonly statuses: ItemStatusSource,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const facts = this.indexer.factsFor(document);
    const item = itemAtOffset(facts, document.offsetAt(position));
    if (!item) return undefined;
    const entry = this.statuses.statusOf(item.id);
    if (item.kind === 'commitment' && !entry) return undefined;
    const md = new vscode.MarkdownString();
    md.isTrusted = { enabledCommands: [SET_STATUS] };
    md.supportHtml = false;
    md.supportThemeIcons = true;
    const kind = item.kind === 'target' ? vscode.l10n.t('Target') : vscode.l10n.t('Commitment');
    const deadline = effectiveDeadline(item.deadline, entry?.due);
    const summary = [formatValue(item), formatDeadline(deadline)].filter(Boolean).join(' · ');
    md.appendMarkdown(`**${kind}**`);
    if (summary) md.appendMarkdown(' · ').appendMarkdown(plainMarkdown(summary));
    md.appendMarkdown('\n\n');
    const line = (label: string, value: string | undefined): void => {
      if (value) md.appendMarkdown(`${label}: `).appendMarkdown(plainMarkdown(value)).appendMarkdown('  \n');
    };
    line(vscode.l10n.t('Status'), entry?.status ? statusLabel(entry.status) : vscode.l10n.t('none'));
    line(vscode.l10n.t('Owner'), entry?.owner);
    line(vscode.l10n.t('Due'), entry?.due);
    line(vscode.l10n.t('Note'), entry?.note);
    const args = encodeURIComponent(JSON.stringify([item.id]));
    md.appendMarkdown(`\n[$(check) ${vscode.l10n.t('Set status')}](command:${SET_STATUS}?${args})`);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(item.start), document.positionAt(item.end)));
  }
}
