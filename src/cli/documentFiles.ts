// Finds and reads the documents a scan covers: files as given, folders walked for .txt and .md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeBytes, looksBinary } from '../core/decode';

export interface DocumentFile {
  /** Path to read. */
  path: string;
  /** Path as given on the command line, or the folder given joined with the path relative to it. */
  display: string;
}

export interface Collected {
  files: DocumentFile[];
  errors: string[];
}

const DOCUMENT_EXTENSION = /\.(?:txt|md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', '.vscode-test']);

export function collectDocumentFiles(paths: readonly string[]): Collected {
  const files: DocumentFile[] = [];
  const errors: string[] = [];
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch (error) {
      errors.push(`cannot read ${given}: ${describe(error)}`);
      continue;
    }
    if (stats.isDirectory()) walk(given, given, files, errors);
    else files.push({ path: given, display: toSlashes(given) });
  }
  return { files, errors };
}

function walk(root: string, dir: string, files: DocumentFile[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push(`cannot read folder ${dir}: ${describe(error)}`);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(root, path, files, errors);
    } else if (entry.isFile() && DOCUMENT_EXTENSION.test(entry.name)) {
      files.push({ path, display: toSlashes(join(root, relative(root, path))) });
    }
  }
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'binary' } | { kind: 'error'; message: string };

export function readDocument(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { kind: 'error', message: `cannot read ${path}: ${describe(error)}` };
  }
  if (looksBinary(bytes)) return { kind: 'binary' };
  return { kind: 'text', text: decodeBytes(bytes).text };
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(error);
}
