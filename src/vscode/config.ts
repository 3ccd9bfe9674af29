// Typed access to the `policyTracker.*` settings. Every default here matches package.json.
import * as vscode from 'vscode';

export const SECTION = 'policyTracker';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface PolicyTrackerConfig {
  /** Glob (relative to each workspace folder) of the documents to index. */
  include: string;
  /** Globs to leave out, on top of node_modules, .git and files.exclude. */
  exclude: string[];
  /** Larger files are skipped (and reported once). */
  maxFileSizeKB: number;
  /** "Due soon" window for the deadline grouping. */
  dueSoonDays: number;
  /** Delay before an edited document is re-indexed. */
  indexDelayMs: number;
  /** Languages whose documents get hovers, completions and diagnostics. */
  languages: string[];
  diagnosticsSeverity: SeverityName;
  /** The user glossary (YAML), relative to the first workspace folder unless absolute. */
  glossaryPath: string;
  /** Resolves relative deadlines in every document instead of the inferred year (like the CLI's --year); null = infer. */
  documentYear: number | null;
}

export const DEFAULTS: PolicyTrackerConfig = {
  include: '**/*.{txt,md}',
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSizeKB: 2048,
  dueSoonDays: 30,
  indexDelayMs: 300,
  languages: ['plaintext', 'markdown'],
  diagnosticsSeverity: 'information',
  glossaryPath: '.vscode/policy-glossary.yaml',
  documentYear: null,
};

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function yearSetting(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : null;
}

export function readConfig(scope?: vscode.ConfigurationScope): PolicyTrackerConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const severity = c.get<string>('diagnostics.severity', DEFAULTS.diagnosticsSeverity);
  return {
    include: c.get<string>('include', DEFAULTS.include).trim() || DEFAULTS.include,
    exclude: stringList(c.get('exclude'), DEFAULTS.exclude),
    maxFileSizeKB: positive(c.get('maxFileSizeKB'), DEFAULTS.maxFileSizeKB),
    dueSoonDays: positive(c.get('dueSoonDays'), DEFAULTS.dueSoonDays),
    indexDelayMs: positive(c.get('indexDelayMs'), DEFAULTS.indexDelayMs),
    languages: stringList(c.get('languages'), DEFAULTS.languages),
    diagnosticsSeverity: (['error', 'warning', 'information', 'hint', 'off'] as const).find((s) => s === severity) ?? DEFAULTS.diagnosticsSeverity,
    glossaryPath: c.get<string>('glossary.path', DEFAULTS.glossaryPath).trim(),
    documentYear: yearSetting(c.get('documentYear')),
  };
}

/** The user's `files.exclude` globs that are switched on (conditional `when` entries are left out). */
export function filesExcludeGlobs(scope?: vscode.ConfigurationScope): string[] {
  const map = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(map)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** Did a configuration change touch any of our settings (or files.exclude)? */
export function affectsIndex(event: vscode.ConfigurationChangeEvent): boolean {
  return ['include', 'exclude', 'maxFileSizeKB', 'documentYear'].some((key) => event.affectsConfiguration(`${SECTION}.${key}`)) || event.affectsConfiguration('files.exclude');
}

export function toSeverity(name: SeverityName): vscode.DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}

/** A DocumentSelector for the configured languages, file-backed and in-memory alike. */
export function documentSelector(config: PolicyTrackerConfig): vscode.DocumentFilter[] {
  return config.languages.map((language) => ({ language }));
}
