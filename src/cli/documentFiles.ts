// Finds and reads the documents a scan covers: files as given, folders walked for .txt and .md.
// Untrusted input: symbolic links are followed once (a link back up the tree is not walked again),
// files larger than the size limit are not read, binary files (a NUL byte) are skipped, and a file that
// disappears between the walk and the read is noted, not fatal.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeBytes, looksBinary } from '../core/decode';

export interface DocumentFile {
  /** Path to read. */
  path: string;
  /** Path as given on the command line, or the folder given joined with the path relative to it. */
  display: string;
  /** Found by walking a folder (rather than named on the command line). */
  walked?: boolean;
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
    if (stats.isDirectory()) walk(given, given, files, errors, new Set([realPath(given)]));
    else files.push({ path: given, display: toSlashes(given) });
  }
  return { files, errors };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `visited`: real paths of the folders on the way down and already walked, so symlink loops end. */
function walk(root: string, dir: string, files: DocumentFile[], errors: string[], visited: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push(`cannot read folder ${dir}: ${describe(error)}`);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow the link to see what it names; a dangling link is skipped quietly.
      try {
        const target = statSync(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory) {
      if (SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
      const real = realPath(path);
      if (visited.has(real)) continue; // a symlink loop, or a folder reached twice
      visited.add(real);
      walk(root, path, files, errors, visited);
    } else if (isFile && DOCUMENT_EXTENSION.test(entry.name)) {
      files.push({ path, display: toSlashes(join(root, relative(root, path))), walked: true });
    }
  }
}

/** Default for --max-size: files above it are not read (64 MB; a 50 MB one-line file takes about 12 s). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'too-large'; size: number }
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

/** How files are read; tests replace it to simulate unreadable files (chmod does not stop root). */
export interface FileAccess {
  size(path: string): number;
  read(path: string): Uint8Array;
}

const nodeFiles: FileAccess = { size: (path) => statSync(path).size, read: (path) => readFileSync(path) };

export function readDocument(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES, files: FileAccess = nodeFiles): ReadResult {
  let bytes: Uint8Array;
  try {
    const size = files.size(path);
    if (size > maxBytes) return { kind: 'too-large', size };
    bytes = files.read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    return { kind: 'error', message: `cannot read ${path}: ${describe(error)}` };
  }
  // The file may have grown between the size check and the read.
  if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length };
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
