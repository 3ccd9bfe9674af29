// Commands on the ledger: "Set status" (tree context menu, command palette, editor cursor) and "Export ledger"
// (CSV / Markdown / JSON with a save dialog and progress), plus "Open ledger file".
// Both accept arguments so tests and keybindings can skip the pickers:
//   policyTracker.setStatus(itemIdOrTreeNode?, { status?, owner?, note?, due? }?)
//   policyTracker.exportLedger(targetUri?, format?)
import * as vscode from 'vscode';
import { ITEM_STATUSES, parseItemStatus } from '../core/itemStatus';
import type { LedgerPatch } from '../core/ledgerEdit';
import { buildExportRows, exportExtension, formatExport, EXPORT_FORMATS, type ExportFormat, type ExportRow } from '../core/ledgerExport';
import { isValidDueDate } from '../core/ledgerDate';
import { itemLabel } from '../core/itemLabel';
import type { ItemStatus } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { documentName, LedgerWriteError, type LedgerStore } from './ledgerStore';
import { statusIcon, statusLabel } from './itemStatusSource';

export const SET_STATUS = 'policyTracker.setStatus';
export const EXPORT_LEDGER = 'policyTracker.exportLedger';
export const OPEN_LEDGER = 'policyTracker.openLedger';

/** What the command may be given for the item: its id, a tree node ({ item }), or nothing (cursor / pick). */
type ItemArg = string | { item?: { id?: unknown } } | undefined;

/** Fields given directly (tests, keybindings): no pickers are shown. */
export interface SetStatusArgs {
  status?: string;
  owner?: string;
  note?: string;
  due?: string;
}

export function registerLedgerCommands(store: LedgerStore, index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SET_STATUS, (item?: ItemArg, fields?: SetStatusArgs) => setStatus(store, index, item, fields)),
    vscode.commands.registerCommand(EXPORT_LEDGER, (target?: vscode.Uri | string, format?: string) => exportLedger(store, index, target, format)),
    vscode.commands.registerCommand(OPEN_LEDGER, () => openLedger(store)),
  );
}

// ---- Set status ----

async function setStatus(store: LedgerStore, index: WorkspaceIndex, arg: ItemArg, fields?: SetStatusArgs): Promise<boolean> {
  const itemId = await resolveItemId(store, index, arg);
  if (!itemId) return false;
  const patch = fields ? patchFromArgs(fields) : await askPatch(store, itemId);
  if (!patch) return false;
  try {
    await store.setItemStatus(itemId, patch);
    return true;
  } catch (error) {
    const message = error instanceof LedgerWriteError ? error.message : vscode.l10n.t('Could not write the ledger: {0}', String(error));
    void vscode.window.showErrorMessage(message);
    if (fields) throw error;
    return false;
  }
}

function patchFromArgs(fields: SetStatusArgs): LedgerPatch {
  const patch: LedgerPatch = {};
  if (fields.status !== undefined) {
    const status = parseItemStatus(fields.status);
    if (!status) throw new LedgerWriteError(vscode.l10n.t('Unknown status "{0}"', fields.status));
    patch.status = status;
  }
  if (fields.owner !== undefined) patch.owner = fields.owner || null;
  if (fields.note !== undefined) patch.note = fields.note || null;
  if (fields.due !== undefined) patch.due = fields.due || null;
  return patch;
}

async function resolveItemId(store: LedgerStore, index: WorkspaceIndex, arg: ItemArg): Promise<string | undefined> {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof arg.item?.id === 'string') return arg.item.id;
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const item = index.itemAt(editor.document.uri.toString(), editor.document.offsetAt(editor.selection.active));
    if (item) return item.id;
  }
  return pickItem(store, index);
}

interface ItemPick extends vscode.QuickPickItem {
  id: string;
}

async function pickItem(store: LedgerStore, index: WorkspaceIndex): Promise<string | undefined> {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const picks: ItemPick[] = index.items().map(({ uri, value }) => {
    const status = store.statusOf(value.id)?.status;
    return {
      id: value.id,
      label: itemLabel(value),
      description: `${documentName(uri, multiRoot)}:${value.line + 1}${status ? ` · ${statusLabel(status)}` : ''}`,
      detail: value.text,
      iconPath: status ? statusIcon(status) : undefined,
    };
  });
  if (!picks.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No targets or commitments are indexed yet.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Set status'),
    placeHolder: vscode.l10n.t('Which target or commitment?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.id;
}

interface StatusPick extends vscode.QuickPickItem {
  status: ItemStatus;
}

/** Status, then owner, then note; Escape anywhere cancels everything. Empty owner/note removes it. */
async function askPatch(store: LedgerStore, itemId: string): Promise<LedgerPatch | undefined> {
  const current = store.statusOf(itemId);
  const picks: StatusPick[] = ITEM_STATUSES.map((status) => ({
    status,
    label: statusLabel(status),
    description: status === current?.status ? vscode.l10n.t('{0} (current)', status) : status,
    iconPath: statusIcon(status),
    picked: status === current?.status,
  }));
  const title = vscode.l10n.t('Set status');
  const status = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Status of this item') });
  if (!status) return undefined;
  const owner = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Owner (责任单位); empty for none'), value: current?.owner ?? '' });
  if (owner === undefined) return undefined;
  const note = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Note (备注); empty for none'), value: current?.note ?? '' });
  if (note === undefined) return undefined;
  const due = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Due date overriding the extracted deadline (YYYY, YYYY-MM or YYYY-MM-DD); empty for none'),
    value: current?.due ?? '',
    validateInput: (value) => (!value.trim() || isValidDueDate(value.trim()) ? undefined : vscode.l10n.t('Use YYYY, YYYY-MM or YYYY-MM-DD')),
  });
  if (due === undefined) return undefined;
  return { status: status.status, owner: owner.trim() || null, note: note.trim() || null, due: due.trim() || null };
}

// ---- Export ----

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', markdown: 'Markdown', json: 'JSON' };

async function exportLedger(store: LedgerStore, index: WorkspaceIndex, target?: vscode.Uri | string, formatArg?: string): Promise<vscode.Uri | undefined> {
  const format = EXPORT_FORMATS.find((f) => f === formatArg) ?? (await pickFormat());
  if (!format) return undefined;
  let uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `ledger.${exportExtension(format)}`;
    uri = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export ledger'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [FORMAT_LABELS[format]]: [exportExtension(format)] },
    });
    if (!uri) return undefined;
  }
  const destination = uri;
  const interactive = target === undefined;
  const written = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting ledger…'), cancellable: true },
    async (progress, token) => {
      await store.settled;
      const rows = await collectRows(store, index, progress, token);
      if (!rows) return false;
      const text = formatExport(format === 'json' ? rows : rows.map(localiseStatus), format);
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
      return true;
    },
  );
  if (!written) return undefined;
  if (interactive) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Ledger exported to {0}.', vscode.workspace.asRelativePath(destination)), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('vscode.open', destination);
    });
  }
  return destination;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picks = EXPORT_FORMATS.map((format) => ({
    format,
    label: FORMAT_LABELS[format],
    description: format === 'csv' ? vscode.l10n.t('UTF-8 with BOM, opens in Excel/WPS') : format === 'markdown' ? vscode.l10n.t('a table for reports') : vscode.l10n.t('for other tools'),
  }));
  const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Export ledger'), placeHolder: vscode.l10n.t('Format') });
  return pick?.format;
}

/** Rows per document, giving the event loop a turn between documents; undefined when cancelled. */
async function collectRows(
  store: LedgerStore,
  index: WorkspaceIndex,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<ExportRow[] | undefined> {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const documents = index.documents().sort((a, b) => documentName(a.uri, multiRoot).localeCompare(documentName(b.uri, multiRoot)));
  const join = store.join();
  const recordOf = (id: string): ReturnType<typeof join.recordOf> => join.recordOf(id);
  const rows: ExportRow[] = [];
  const step = documents.length ? 100 / documents.length : 100;
  let lastYield = Date.now();
  for (const facts of documents) {
    if (token.isCancellationRequested) return undefined;
    rows.push(...buildExportRows([{ name: documentName(facts.uri, multiRoot), facts }], recordOf));
    progress.report({ increment: step, message: documentName(facts.uri, multiRoot) });
    if (Date.now() - lastYield > 15) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  rows.push(...buildExportRows([], recordOf, join.orphans));
  return rows;
}

function localiseStatus(row: ExportRow): ExportRow {
  const status = row.status ? parseItemStatus(row.status) : null;
  return status ? { ...row, status: statusLabel(status) } : row;
}

// ---- Open ----

async function openLedger(store: LedgerStore): Promise<void> {
  const uri = store.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to keep a ledger.'));
    return;
  }
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showInformationMessage(vscode.l10n.t('No ledger yet: set the status of an item to create {0}.', vscode.workspace.asRelativePath(uri)));
    return;
  }
  await vscode.window.showTextDocument(uri);
}
