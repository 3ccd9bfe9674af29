// The user's slogan glossary (YAML; path in settings): loaded through workspace.fs, watched, and
// merged over the built-in glossary. A parse error becomes a diagnostic at its line and the last
// good glossary stays in use. The file is never written.
import * as vscode from 'vscode';
import { builtInGlossary, loadUserGlossary, MAX_GLOSSARY_BYTES, type Glossary, type GlossaryError } from '../core/glossary';
import { decodeBytes } from '../core/decode';
import { readConfig } from './config';

const RELOAD_DELAY_MS = 250;

/** Where the glossary lives: absolute paths as they are, relative ones under the first workspace folder. */
export function resolveGlossaryUri(setting: string = readConfig().glossaryPath): vscode.Uri | undefined {
  const path = setting.trim();
  if (!path) return undefined;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) return vscode.Uri.parse(path);
  if (path.startsWith('/') || /^[a-z]:[\\/]/i.test(path)) return vscode.Uri.file(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]+/).filter(Boolean)) : undefined;
}

export class GlossaryStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the glossary in use changed. */
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('policyTracker.glossary');
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Null until first needed: parsing the built-in YAML costs ~50 ms, which must not land on activation. */
  private current: Glossary | null = null;
  private uriValue: vscode.Uri | undefined;
  private generation = 0;

  constructor(private readonly log?: vscode.LogOutputChannel) {
    this.disposables.push(
      this.changed,
      this.diagnostics,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyTracker.glossary.path')) void this.start();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
      // Unsaved edits in the glossary's own editor count too (diagnostics while typing).
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uriValue && e.document.uri.toString() === this.uriValue.toString()) this.schedule();
      }),
    );
  }

  /** The glossary in use: built-in entries with the user's merged over them. */
  get glossary(): Glossary {
    this.current ??= builtInGlossary();
    return this.current;
  }

  get uri(): vscode.Uri | undefined {
    return this.uriValue;
  }

  /** Resolves the file from the settings, watches it and reads it. Safe to call again. */
  start(): Promise<void> {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.diagnostics.clear();
    this.uriValue = resolveGlossaryUri();
    const uri = this.uriValue;
    if (uri) {
      const slash = uri.path.lastIndexOf('/');
      const folder = uri.with({ path: uri.path.slice(0, slash) || '/' });
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.slice(slash + 1)));
      const schedule = (): void => this.schedule();
      this.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(schedule), watcher.onDidChange(schedule), watcher.onDidDelete(schedule));
    }
    return this.reload();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_GLOSSARY_BYTES) return 'x'.repeat(MAX_GLOSSARY_BYTES + 1); // parseGlossary refuses it with a message
      return decodeBytes(await vscode.workspace.fs.readFile(uri)).text;
    } catch {
      return undefined; // no glossary file: the built-in one alone
    }
  }

  /** Reads the file again; returns when the glossary in use is settled. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.uriValue;
    const text = uri ? await this.readText(uri) : undefined;
    if (generation !== this.generation) return;
    if (!uri || text === undefined) {
      this.diagnostics.clear();
      this.use(builtInGlossary());
      return;
    }
    const { glossary, errors } = loadUserGlossary(text);
    this.report(uri, errors, glossary === null);
    if (glossary) this.use(glossary);
    else this.log?.warn(`Glossary ${uri.toString()} does not parse; the last good glossary stays in use`);
  }

  private use(glossary: Glossary): void {
    if (glossary === this.glossary) return;
    this.current = glossary;
    this.changed.fire();
  }

  private report(uri: vscode.Uri, errors: GlossaryError[], broken: boolean): void {
    const severity = broken ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
    const suffix = broken ? ' ' + vscode.l10n.t('(the last good glossary stays in use)') : '';
    this.diagnostics.set(
      uri,
      errors.map((error) => {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(error.line, 0, error.line, Number.MAX_SAFE_INTEGER), error.message + suffix, severity);
        diagnostic.source = 'policy-tracker';
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
