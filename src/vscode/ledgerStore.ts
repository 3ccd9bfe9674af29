// The ledger file in the workspace: read through workspace.fs, watched so external edits (git pull, a
// colleague's change) show up live, joined with the index for the views, and written atomically.
// A ledger that does not parse gives a diagnostic at its line; the last good statuses stay and nothing is
// written until it parses again.
import * as vscode from 'vscode';
import { parseLedger, type LedgerItem, type LedgerParseError, type ParsedLedger } from '../core/ledger';
import { ledgerSyntaxError, MAX_LEDGER_SIZE } from '../core/ledger';
import type { LedgerPatch } from '../core/ledgerEdit';
import { joinStatuses, ledgerKeys, writeItemEntry, type LedgerStatuses } from '../core/ledgerView';
import type { DocumentFacts, LedgerEntry } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { SECTION } from './config';
import type { ItemStatusSource } from './itemStatusSource';

export const LEDGER_PATH_SETTING = 'ledgerPath';
export const DEFAULT_LEDGER_PATH = '.policy/ledger.yaml';
const RELOAD_DELAY_MS = 100;
const READ_RETRY_MS = 1000;
const MAX_READ_RETRIES = 4;

/** The ledger file: the setting, relative to the first workspace folder unless absolute. */
export function resolveLedgerUri(): vscode.Uri | undefined {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>(LEDGER_PATH_SETTING, DEFAULT_LEDGER_PATH).trim() || DEFAULT_LEDGER_PATH;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(setting)) return vscode.Uri.parse(setting);
  if (setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting)) return vscode.Uri.file(setting);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]+/).filter(Boolean)) : undefined;
}

/** Thrown when the ledger cannot be written (it does not parse, or the item is unknown). */
export class LedgerWriteError extends Error {}

export class LedgerStore implements ItemStatusSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyTracker.ledger');
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Reads that failed in a row (not counting a missing file, which reads as an empty ledger). */
  private failedReads = 0;
  private bufferTimer: ReturnType<typeof setTimeout> | undefined;
  private uriValue: vscode.Uri | undefined;
  private good: ParsedLedger = parseLedger('');
  private lastText: string | undefined;
  private errorValue: LedgerParseError | null = null;
  private statuses: LedgerStatuses | undefined;
  /** Ledger keys per extracted document (facts objects are replaced when a document is re-indexed). */
  private readonly keyCache = new WeakMap<DocumentFacts, { name: string; keys: Map<string, string> }>();
  private writes: Promise<unknown> = Promise.resolve();
  private loading: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    this.unsubscribe = index.onDidChange(() => {
      this.statuses = undefined;
    });
    this.disposables.push(
      this.changed,
      this.diagnostics,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.${LEDGER_PATH_SETTING}`)) void this.start();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
      // Typing in the ledger file: diagnostics follow the buffer; statuses change only when it is saved.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.uriValue && event.document.uri.toString() === this.uriValue.toString()) this.scheduleBufferCheck(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.uriValue && document.uri.toString() === this.uriValue.toString() && document.isDirty) this.updateDiagnostics(parseLedger(this.lastText ?? ''));
      }),
    );
  }

  /** Resolves the ledger file, watches it and reads it. Safe to call again (setting or folders changed). */
  start(): Promise<void> {
    this.uriValue = resolveLedgerUri();
    this.watcher?.dispose();
    this.watcher = undefined;
    this.lastText = undefined;
    const uri = this.uriValue;
    if (uri) {
      this.watcher = vscode.workspace.createFileSystemWatcher(watchPattern(uri));
      const schedule = (): void => this.scheduleReload();
      this.watcher.onDidChange(schedule);
      this.watcher.onDidCreate(schedule);
      this.watcher.onDidDelete(schedule);
    }
    return this.reload();
  }

  /** The ledger file, or undefined without a workspace folder. */
  get uri(): vscode.Uri | undefined {
    return this.uriValue;
  }

  /** The last ledger that parsed. */
  get ledger(): ParsedLedger {
    return this.good;
  }

  /** Why the file on disk is not being used (it does not parse), or null. */
  get error(): LedgerParseError | null {
    return this.errorValue;
  }

  /** Resolves when pending reads are done. */
  get settled(): Promise<void> {
    return this.writes.then(() => this.loading);
  }

  statusOf(itemId: string): LedgerEntry | undefined {
    return this.join().recordOf(itemId);
  }

  /** Entries matching no current item. */
  orphans(): readonly LedgerItem[] {
    return this.join().orphans;
  }

  /** The join of the last good ledger with the current index (cached until either changes). */
  join(): LedgerStatuses {
    if (!this.statuses) {
      const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      const documents = this.index.documents().map((facts) => {
        const name = documentName(facts.uri, multiRoot);
        const items = [...facts.targets, ...facts.commitments];
        let cached = this.keyCache.get(facts);
        if (!cached || cached.name !== name) this.keyCache.set(facts, (cached = { name, keys: ledgerKeys(items, name) }));
        return { name, items, keys: cached.keys };
      });
      this.statuses = joinStatuses(this.good, documents);
    }
    return this.statuses;
  }

  private scheduleBufferCheck(document: vscode.TextDocument): void {
    if (this.bufferTimer) clearTimeout(this.bufferTimer);
    this.bufferTimer = setTimeout(() => {
      this.bufferTimer = undefined;
      // A buffer without unsaved changes shows the file, which the store reads itself: its text may lag behind the
      // disk (a file replaced or deleted outside while open) and would bring back a diagnostic the file no longer has.
      if (!document.isClosed) this.updateDiagnostics(parseLedger(document.isDirty ? document.getText() : (this.lastText ?? '')));
    }, RELOAD_DELAY_MS * 2);
  }

  private scheduleReload(delayMs = RELOAD_DELAY_MS): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, delayMs);
  }

  /** Reads the file again now. */
  reload(): Promise<void> {
    this.loading = this.loading
      .then(() => this.read())
      .then(
        () => {
          this.failedReads = 0;
        },
        (error) => {
          this.log?.error(`ledger: ${String(error)}`);
          // A read can fail for a moment (a busy file, a remote connection that drops): without another
          // watcher event the views would keep a stale state, so it is tried again a few times, ever later.
          if (this.failedReads < MAX_READ_RETRIES) this.scheduleReload(READ_RETRY_MS * 2 ** this.failedReads++);
        },
      );
    return this.loading;
  }

  private async read(): Promise<void> {
    const uri = this.uriValue;
    const text = uri ? await readText(uri) : '';
    this.accept(text ?? '');
  }

  /** Takes a new file text: parses it, updates diagnostics, and (when it parses) the statuses. */
  private accept(text: string): void {
    if (text === this.lastText) return;
    this.lastText = text;
    const parsed = parseLedger(text);
    this.errorValue = parsed.error;
    this.updateDiagnostics(parsed);
    if (parsed.error) {
      this.log?.warn(`ledger: ${this.uriValue?.toString() ?? ''}:${parsed.error.line + 1}: ${parsed.error.message} (keeping the last good statuses)`);
      return;
    }
    this.good = parsed;
    this.statuses = undefined;
    this.changed.fire();
  }

  private updateDiagnostics(parsed: ParsedLedger): void {
    const uri = this.uriValue;
    if (!uri) return;
    const diagnostics: vscode.Diagnostic[] = [];
    const at = (line: number): vscode.Range => new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER);
    if (parsed.error) {
      const d = new vscode.Diagnostic(at(parsed.error.line), vscode.l10n.t('Ledger not read: {0}. The last good statuses stay and nothing is written until it is fixed.', parsed.error.message), vscode.DiagnosticSeverity.Error);
      d.source = 'policy-tracker';
      diagnostics.push(d);
    }
    for (const item of parsed.items) {
      for (const problem of item.problems) {
        const message =
          problem.code === 'unknown-status'
            ? vscode.l10n.t('Unknown status "{0}": use todo, doing, done, dropped (未开始, 进行中, 已完成, 已取消)', problem.value ?? '')
            : problem.code === 'bad-date'
              ? vscode.l10n.t('Bad date "{0}": use YYYY, YYYY-MM or YYYY-MM-DD', problem.value ?? '')
              : problem.message;
        const d = new vscode.Diagnostic(at(problem.line), message, vscode.DiagnosticSeverity.Warning);
        d.source = 'policy-tracker';
        d.code = problem.code;
        diagnostics.push(d);
      }
    }
    this.diagnostics.set(uri, diagnostics);
  }

  /**
   * Sets fields of the entry for an item (by the extractor's id). Reads the file fresh, so edits made
   * outside meanwhile are kept; refuses when it does not parse. Writes are queued one after another.
   */
  setItemStatus(itemId: string, patch: LedgerPatch): Promise<void> {
    const write = this.writes.then(async () => {
      const uri = this.uriValue;
      if (!uri) throw new LedgerWriteError(vscode.l10n.t('Open a folder to keep a ledger.'));
      await this.loading;
      const state = this.join().stateOf(itemId);
      if (!state) throw new LedgerWriteError(vscode.l10n.t('This item is no longer in the index.'));
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (open?.isDirty) throw new LedgerWriteError(vscode.l10n.t('The ledger {0} has unsaved changes; save or revert it first.', vscode.workspace.asRelativePath(uri)));
      const current = (await readText(uri)) ?? '';
      const broken = ledgerSyntaxError(current);
      if (broken) {
        this.accept(current);
        throw new LedgerWriteError(vscode.l10n.t('The ledger {0} does not parse (line {1}: {2}); fix it first.', vscode.workspace.asRelativePath(uri), broken.line + 1, broken.message));
      }
      const result = writeItemEntry(current, state, patch);
      if (!result.ok) throw new LedgerWriteError(result.error.message);
      if (result.changed) await writeAtomic(uri, result.text);
      this.accept(result.text);
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    if (this.bufferTimer) clearTimeout(this.bufferTimer);
    this.unsubscribe();
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Inside the first folder, a pattern relative to it (watched even before `.policy/` exists); else the file's folder. */
function watchPattern(uri: vscode.Uri): vscode.RelativePattern {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && uri.scheme === folder.uri.scheme && uri.path.startsWith(folder.uri.path.replace(/\/$/, '') + '/')) {
    return new vscode.RelativePattern(folder, uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1));
  }
  const slash = uri.path.lastIndexOf('/');
  return new vscode.RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1));
}

/** How the ledger names a document: workspace-relative, `/` separators (with the folder name in multi-root). */
export function documentName(uri: string, multiRoot: boolean): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), multiRoot).replace(/\\/g, '/');
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit: a file over this cannot be under MAX_LEDGER_SIZE. */
const MAX_LEDGER_BYTES = MAX_LEDGER_SIZE * 3;

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    // A huge file is refused without reading it into memory: parseLedger reports "too large" for this stand-in.
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_LEDGER_BYTES) return ' '.repeat(MAX_LEDGER_SIZE + 1);
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    if ((error as { code?: string }).code === 'FileNotFound' || (error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const slash = uri.path.lastIndexOf('/');
  const folder = uri.with({ path: uri.path.slice(0, slash) || '/' });
  const temp = vscode.Uri.joinPath(folder, `.${uri.path.slice(slash + 1)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw error;
  }
}
