// Keeps the WorkspaceIndex in step with the workspace: the first scan (with progress; several files at a
// time through the scan extractor, a worker pool on the Node host, or in small steps that yield to the event
// loop), open editors (debounced), the file system watcher, renames, folder changes and settings. Reads
// through workspace.fs so it also runs in the browser.
import * as vscode from 'vscode';
import { extractDocument } from '../core/extract';
import { combineGlobs } from '../core/globs';
import { LineIndex } from '../core/lines';
import type { DocumentFacts, Span } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { emptyFacts, inThreadExtractor, type Extractor } from '../node/extractJob';
import { loadFile, scanFiles, type FileOutcome, type FileSource } from '../node/scanFiles';
import { affectsIndex, filesExcludeGlobs, readConfig } from './config';

export const VIEW_ID = 'policyTracker.items';

/** Folders never indexed (see excludeGlob): what git or npm create there needs no search for new documents. */
const ALWAYS_EXCLUDED_PATH = /\/(?:\.git|node_modules)(?:\/|$)/;

/** Bursts of created/renamed files are checked against the globs together. */
const CHECK_DELAY_MS = 150;

export type Extract = (text: string, uri: string, lines?: LineIndex) => DocumentFacts;

const defaultExtract: Extract = (text, uri, lines) => extractDocument(text, { uri, year: readConfig(vscode.Uri.parse(uri)).documentYear, lines });

/** Files as a scan reads them: through workspace.fs. */
const workspaceFiles: FileSource<vscode.Uri> = {
  stat: async (uri) => {
    const stat = await vscode.workspace.fs.stat(uri);
    return { size: stat.size, mtime: stat.mtime, directory: (stat.type & vscode.FileType.Directory) !== 0 };
  },
  read: async (uri) => vscode.workspace.fs.readFile(uri),
};

/** Whether an open document is over policyTracker.maxFileSizeKB (counted in UTF-16 code units, without copying the text). */
function tooLarge(document: vscode.TextDocument): boolean {
  const limit = readConfig(document.uri).maxFileSizeKB * 1024;
  if (document.lineCount === 0) return false;
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > limit;
}

export class Indexer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped on every request for a document, so a slow read never overwrites a newer result. */
  private readonly versions = new Map<string, number>();
  /** Skipped files already reported to the user (reported once). */
  private readonly reportedSkips = new Set<string>();
  private readonly pendingChecks = new Map<string, vscode.Uri>();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Something was created since the last check (see queueSweep). */
  private sweepPending = false;
  private scanGeneration = 0;
  /** Line starts of every indexed text, to turn spans into ranges without opening documents. */
  private readonly lineIndexes = new Map<string, LineIndex>();
  /** The editor version an index entry was made from (absent: made from the file on disk). */
  private readonly editorVersions = new Map<string, number>();
  /** `mtime:size` of the file version each index entry was read from. */
  private readonly diskStamps = new Map<string, string>();
  /** Facts of documents outside the index (untitled, not matching the globs), per version. */
  private readonly looseFacts = new Map<string, { version: number; facts: DocumentFacts; lines: LineIndex }>();
  private firstScan: Promise<void> | undefined;
  private latestScan: Promise<void> | undefined;
  private disposed = false;
  /** Extracts on this thread: single files (edits, watcher events), and scans without a scan extractor. */
  private readonly inThread: Extractor;
  /** Extracts the files of workspace scans (a worker pool on the Node host); the Indexer disposes it. */
  private readonly scanExtractor: Extractor;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log: vscode.LogOutputChannel,
    private readonly extract: Extract = defaultExtract,
    scanExtractor?: Extractor,
  ) {
    this.inThread = inThreadExtractor((text, uri, _year, lines) => this.extract(text, uri, lines));
    this.scanExtractor = scanExtractor ?? this.inThread;
  }

  /** Starts listening and runs the first scan with a progress indicator in the view. */
  start(): Promise<void> {
    if (this.firstScan) return this.firstScan;
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdited(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)),
      vscode.workspace.onDidRenameFiles((e) => this.onRenamed(e)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsIndex(e)) void this.rescan(e.affectsConfiguration('policyTracker.documentYear'));
      }),
    );
    this.createWatchers();
    this.firstScan = Promise.resolve(
      vscode.window.withProgress(
        { location: { viewId: VIEW_ID }, title: vscode.l10n.t('Indexing policy documents…') },
        (progress) => this.scanAll(progress),
      ),
    );
    return this.firstScan;
  }

  /** Whether workspace scans extract in worker threads (the Node host, unless the workers failed). */
  get scansInWorkers(): boolean {
    return this.scanExtractor.inWorkers;
  }

  /** Resolves when the first scan is over. */
  get ready(): Promise<void> {
    return this.firstScan ?? Promise.resolve();
  }

  /** Resolves when the latest scan (first or re-scan) is over. */
  get scanned(): Promise<void> {
    return this.latestScan ?? this.ready;
  }

  /** Scans every workspace folder again; documents no longer found leave the index. `force` re-reads unchanged files too. */
  rescan(force = false): Promise<void> {
    this.createWatchers();
    this.latestScan = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: VIEW_ID } }, (progress) => this.scanAll(progress, force)),
    );
    return this.latestScan;
  }

  private createWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    const { include } = readConfig();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => this.onDiskChange(uri)),
        watcher.onDidChange((uri) => this.onDiskChange(uri)),
        watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      );
      // A deleted folder reports only itself, and a folder created or copied in may report only itself
      // (its files can appear before the watcher sees the folder): catch both with a watcher on everything.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      this.watchers.push(
        folders,
        folders.onDidCreate((uri) => {
          if (!ALWAYS_EXCLUDED_PATH.test(uri.path)) this.queueSweep();
        }),
        folders.onDidDelete((uri) => this.onDiskDelete(uri)),
      );
    }
  }

  private excludeGlob(folder: vscode.WorkspaceFolder): string | undefined {
    const config = readConfig(folder);
    // The two hard-coded folders are also ALWAYS_EXCLUDED_PATH.
    return combineGlobs([...config.exclude, '**/node_modules/**', '**/.git/**', ...filesExcludeGlobs(folder)]);
  }

  /** Every candidate file in the workspace, per the include and exclude settings. */
  async findDocuments(): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const include = new vscode.RelativePattern(folder, readConfig(folder).include);
      found.push(...(await vscode.workspace.findFiles(include, this.excludeGlob(folder))));
    }
    return found;
  }

  /** Checks new and renamed files against the include/exclude settings in one search per burst. */
  private queueCheck(uri: vscode.Uri): void {
    this.pendingChecks.set(uri.toString(), uri);
    this.scheduleChecks();
  }

  /** Something was created: the next check also indexes included files the index lacks (those of a new folder). */
  private queueSweep(): void {
    this.sweepPending = true;
    this.scheduleChecks();
  }

  private scheduleChecks(): void {
    if (this.checkTimer) return;
    this.checkTimer = setTimeout(() => void this.flushChecks(), CHECK_DELAY_MS);
  }

  /** Found documents that are neither indexed nor already reported as skipped. */
  private unindexed(found: vscode.Uri[]): vscode.Uri[] {
    return found.filter((uri) => !this.index.has(uri.toString()) && !this.reportedSkips.has(uri.toString()));
  }

  private async flushChecks(): Promise<void> {
    this.checkTimer = undefined;
    const sweep = this.sweepPending;
    this.sweepPending = false;
    if ((this.pendingChecks.size === 0 && !sweep) || this.disposed) return;
    // A scan in progress reads every file it found; a sweep looks for what it did not.
    if (sweep) await this.scanned.catch(() => undefined);
    let found: vscode.Uri[];
    try {
      found = await this.findDocuments();
    } catch (error) {
      this.log.error('Finding documents failed', error);
      return;
    }
    const included = new Set(found.map((u) => u.toString()));
    if (sweep) for (const uri of this.unindexed(found)) this.pendingChecks.set(uri.toString(), uri);
    const pending = [...this.pendingChecks.values()];
    this.pendingChecks.clear();
    const skipped: string[] = [];
    for (const uri of pending) {
      const key = uri.toString();
      if (!included.has(key)) {
        if (this.index.has(key)) this.forget(key);
        continue;
      }
      if (this.index.has(key) && this.dirtyText(key) !== undefined) continue;
      if ((await this.indexUri(uri)) === 'too-large') skipped.push(key);
    }
    this.reportSkipped(skipped);
  }

  private async scanAll(progress: vscode.Progress<{ message?: string; increment?: number }>, force = false): Promise<void> {
    const generation = ++this.scanGeneration;
    void vscode.commands.executeCommand('setContext', 'policyTracker.indexing', true);
    try {
      await this.scanFolders(progress, generation, force);
    } finally {
      if (generation === this.scanGeneration) void vscode.commands.executeCommand('setContext', 'policyTracker.indexing', false);
    }
  }

  private async scanFolders(progress: vscode.Progress<{ message?: string; increment?: number }>, generation: number, force: boolean): Promise<void> {
    let uris: vscode.Uri[];
    try {
      uris = await this.findDocuments();
    } catch (error) {
      this.log.error('Finding documents failed', error);
      return;
    }
    if (generation !== this.scanGeneration || this.disposed) return;
    const wanted = new Set(uris.map((u) => u.toString()));
    for (const known of this.index.uris()) if (!wanted.has(known)) this.forget(known);
    const skipped: string[] = [];
    const extractor = this.scanExtractor;
    const finished = await scanFiles(uris, {
      concurrency: extractor.concurrency,
      cancelled: () => generation !== this.scanGeneration || this.disposed,
      each: async (uri, n) => {
        progress.report({ message: `${n + 1}/${uris.length}`, increment: 100 / uris.length });
        if ((await this.indexUri(uri, force, extractor)) === 'too-large') skipped.push(uri.toString());
      },
    });
    if (!finished) return;
    this.log.info(`Indexed ${this.index.uris().length} of ${uris.length} documents${extractor.inWorkers ? ' (extracted in worker threads)' : ''}`);
    this.reportSkipped(skipped);
  }

  private reportSkipped(skipped: string[]): void {
    const fresh = skipped.filter((uri) => !this.reportedSkips.has(uri));
    if (fresh.length === 0) return;
    for (const uri of fresh) this.reportedSkips.add(uri);
    const limit = readConfig().maxFileSizeKB;
    for (const uri of fresh) this.log.warn(`Skipped (larger than ${limit} KB): ${uri}`);
    const names = fresh.map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))).slice(0, 3).join(', ');
    const openSettings = vscode.l10n.t('Open Settings');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Policy Tracker skipped {0} file(s) larger than {1} KB: {2}', fresh.length, limit, names), openSettings)
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'policyTracker.maxFileSizeKB');
      });
  }

  private bump(key: string): number {
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    return version;
  }

  private forget(key: string): void {
    this.bump(key);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.index.delete(key);
    this.lineIndexes.delete(key);
    this.editorVersions.delete(key);
    this.diskStamps.delete(key);
  }

  /** An open editor with unsaved changes: its text wins over the file on disk. */
  private dirtyDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty);
  }

  private dirtyText(key: string): string | undefined {
    return this.dirtyDocument(key)?.getText();
  }

  /**
   * Reads, decodes and extracts one file (on this thread unless a scan passes its extractor), then stores
   * it (unless a newer request overtook it). The text of an editor with unsaved changes wins over the disk.
   */
  async indexUri(uri: vscode.Uri, force = false, extractor = this.inThread): Promise<'indexed' | 'too-large' | 'skipped' | 'stale'> {
    const key = uri.toString();
    const version = this.bump(key);
    const config = readConfig(uri);
    const dirty = this.dirtyDocument(key);
    if (dirty) {
      const text = dirty.getText();
      if (text.length > config.maxFileSizeKB * 1024) return this.dropIfCurrent(key, version, 'too-large');
      if (this.disposed) return 'stale';
      this.store(key, text, dirty.version);
      return 'indexed';
    }
    const outcome = await loadFile(uri, key, {
      source: workspaceFiles,
      extractor,
      maxBytes: config.maxFileSizeKB * 1024,
      year: config.documentYear,
      // A re-scan (settings, folders, refresh) skips files whose disk version is already indexed.
      unchanged: (stamp) => !force && this.index.has(key) && !this.editorVersions.has(key) && this.diskStamps.get(key) === stamp,
    });
    return this.settle(key, version, outcome);
  }

  /** Stores what loadFile found, unless a newer request for the document overtook it. */
  private settle(key: string, version: number, outcome: FileOutcome): 'indexed' | 'too-large' | 'skipped' | 'stale' {
    switch (outcome.kind) {
      case 'directory':
        return 'skipped';
      case 'unchanged':
        return 'indexed';
      case 'too-large':
        return this.dropIfCurrent(key, version, 'too-large');
      case 'unreadable':
        this.log.warn(`Cannot read ${key}: ${String(outcome.error)}`);
        return this.dropIfCurrent(key, version, 'skipped');
      case 'cancelled':
        return 'stale';
    }
    this.diskStamps.set(key, outcome.stamp);
    if (outcome.kind === 'binary') return this.dropIfCurrent(key, version, 'skipped');
    if (this.versions.get(key) !== version || this.disposed) return 'stale';
    if (outcome.failure !== undefined) this.log.error(`Extraction failed for ${key}`, outcome.failure);
    this.storeFacts(key, outcome.facts, LineIndex.fromLineStarts(outcome.lineStarts), undefined);
    return 'indexed';
  }

  /** Takes the document out of the index when no newer request came meanwhile; returns `outcome`. */
  private dropIfCurrent<T extends string>(key: string, version: number, outcome: T): T {
    if (this.versions.get(key) === version) this.index.delete(key);
    return outcome;
  }

  /** Indexes text the caller already has (an editor buffer at `editorVersion`). */
  indexText(key: string, text: string, editorVersion?: number): void {
    this.bump(key);
    this.store(key, text, editorVersion);
  }

  private store(key: string, text: string, editorVersion: number | undefined): void {
    const lines = new LineIndex(text);
    this.storeFacts(key, this.safeExtract(text, key, lines), lines, editorVersion);
  }

  private storeFacts(key: string, facts: DocumentFacts, lines: LineIndex, editorVersion: number | undefined): void {
    this.lineIndexes.set(key, lines);
    if (editorVersion === undefined) this.editorVersions.delete(key);
    else this.editorVersions.set(key, editorVersion);
    this.looseFacts.delete(key);
    this.index.set(facts);
  }

  /**
   * Facts that match the document's current text: the index entry when it is up to date,
   * otherwise extracted now (and stored, when the document belongs to the index).
   */
  factsFor(document: vscode.TextDocument): DocumentFacts {
    const key = document.uri.toString();
    const indexed = this.index.get(key);
    if (indexed) {
      const version = this.editorVersions.get(key);
      if (version === document.version || (version === undefined && !document.isDirty)) return indexed;
      if (tooLarge(document)) return indexed; // edited past the size limit: the last indexed facts stay
      const timer = this.timers.get(key);
      if (timer) clearTimeout(timer);
      this.timers.delete(key);
      this.indexText(key, document.getText(), document.version);
      return this.index.get(key)!;
    }
    const loose = this.looseFacts.get(key);
    if (loose && loose.version === document.version) return loose.facts;
    // An open document over the size limit (a huge log or dump opened by hand) is not extracted on the
    // extension host's thread for every hover or completion: it gets no facts, like a skipped file.
    const text = tooLarge(document) ? '' : document.getText();
    const lines = new LineIndex(text);
    const facts = text ? this.safeExtract(text, key, lines) : emptyFacts(key);
    this.looseFacts.set(key, { version: document.version, facts, lines });
    return facts;
  }

  /** A core span as a vscode.Range in an indexed (or recently seen) document. */
  rangeOf(key: string, span: Span): vscode.Range {
    const lines = this.lineIndexes.get(key) ?? this.looseFacts.get(key)?.lines;
    if (!lines) return new vscode.Range(span.line, 0, span.line, 0);
    const start = lines.position(span.start);
    const end = lines.position(span.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }

  private safeExtract(text: string, key: string, lines: LineIndex): DocumentFacts {
    try {
      return this.extract(text, key, lines);
    } catch (error) {
      this.log.error(`Extraction failed for ${key}`, error);
      return emptyFacts(key);
    }
  }

  private onEdited(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.index.has(key)) return;
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    this.bump(key); // a read still in flight is now stale
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!this.disposed && !doc.isClosed && !tooLarge(doc)) this.indexText(key, doc.getText(), doc.version);
      }, readConfig(doc.uri).indexDelayMs),
    );
  }

  /** An editor closed without saving: the file on disk is the truth again. */
  private onClosed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.looseFacts.delete(key);
    if (this.index.has(key) && doc.uri.scheme !== 'untitled') void this.indexUri(doc.uri);
  }

  private onDiskChange(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.index.has(key)) return this.queueCheck(uri);
    if (this.dirtyText(key) !== undefined) return; // the editor's text wins
    void this.indexUri(uri).then((outcome) => {
      if (outcome === 'too-large') this.reportSkipped([key]);
    });
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.index.has(key)) this.forget(key);
    for (const gone of this.index.uris().filter((u) => u.startsWith(key.endsWith('/') ? key : key + '/'))) this.forget(gone);
  }

  private onRenamed(event: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of event.files) {
      const oldKey = oldUri.toString();
      const newKey = newUri.toString();
      const moves: [string, string][] = this.index.has(oldKey)
        ? [[oldKey, newKey]]
        : this.index.uris().filter((u) => u.startsWith(oldKey + '/')).map((u) => [u, newKey + u.slice(oldKey.length)]);
      for (const [from, to] of moves) {
        this.bump(from);
        this.index.rename(from, to);
        const lines = this.lineIndexes.get(from);
        if (lines) this.lineIndexes.set(to, lines);
        this.lineIndexes.delete(from);
        this.editorVersions.delete(from);
        // The new name may fall outside the include/exclude globs.
        this.queueCheck(vscode.Uri.parse(to));
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.scanGeneration++;
    for (const timer of this.timers.values()) clearTimeout(timer);
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.timers.clear();
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.watchers = [];
    this.scanExtractor.dispose();
  }
}
