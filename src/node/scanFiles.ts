// The files of a scan, several at a time: stat → size check → read → extract (by an Extractor: the
// worker pool, or the calling thread). One code path for the Indexer's workspace scans and the bench's
// cold index; the caller says how to stat and read a file (workspace.fs, node:fs) and stores the results.
// No vscode and no Node built-ins: the web build runs it with the in-thread extractor.
import { compactFacts } from '../core/compactFacts';
import type { ExtractResult, Extractor } from './extractJob';

/** The event loop gets a turn at least this often (ms) while a scan runs. */
const YIELD_EVERY_MS = 15;

export interface FileInfo {
  size: number;
  mtime: number;
  directory: boolean;
}

/** How a scan reaches files of type F (a vscode.Uri, a path). */
export interface FileSource<F> {
  stat(file: F): Promise<FileInfo>;
  read(file: F): Promise<Uint8Array>;
}

export interface LoadOptions<F> {
  source: FileSource<F>;
  extractor: Extractor;
  /** Larger files are not read (policyTracker.maxFileSizeKB). */
  maxBytes: number;
  /** The policyTracker.documentYear override, or null. */
  year: number | null;
  /** Whether the version with this `mtime:size` stamp is indexed already: then it is not read again. */
  unchanged?: (stamp: string) => boolean;
}

/** What became of one file. `stamp` is the `mtime:size` of the version that was read. */
export type FileOutcome =
  | { kind: 'directory' | 'too-large' | 'unchanged' }
  | { kind: 'unreadable'; error: unknown }
  | (ExtractResult & { stamp: string });

/** Reads and extracts one file, known as `key` in the index. Never throws: a failed read is an outcome. */
export async function loadFile<F>(file: F, key: string, options: LoadOptions<F>): Promise<FileOutcome> {
  let stamp: string;
  let bytes: Uint8Array;
  try {
    const info = await options.source.stat(file);
    if (info.directory) return { kind: 'directory' };
    if (info.size > options.maxBytes) return { kind: 'too-large' };
    stamp = `${info.mtime}:${info.size}`;
    if (options.unchanged?.(stamp)) return { kind: 'unchanged' };
    bytes = await options.source.read(file);
  } catch (error) {
    return { kind: 'unreadable', error };
  }
  const result = await options.extractor.extract({ uri: key, bytes, year: options.year });
  // The index keeps these facts until the file changes: compact them for the thousands of files of a workspace.
  if (result.kind === 'facts') compactFacts(result.facts, { copyStrings: !options.extractor.inWorkers });
  return { ...result, stamp };
}

export interface ScanOptions<F> {
  /** Files handled at the same time (Extractor.concurrency). */
  concurrency: number;
  /** Asked before each file: true stops the scan (a newer scan started, or the caller went away). */
  cancelled(): boolean;
  /** Handles one file, typically loadFile and then storing the outcome; `n` is its place in the list. */
  each(file: F, n: number): Promise<void>;
}

/** Runs `each` over the files in order, `concurrency` at a time. Resolves false when cancelled. */
export async function scanFiles<F>(files: readonly F[], options: ScanOptions<F>): Promise<boolean> {
  let next = 0;
  let stopped = false;
  let lastYield = Date.now();
  const lane = async (): Promise<void> => {
    while (next < files.length && !stopped) {
      if (options.cancelled()) {
        stopped = true;
        return;
      }
      const n = next++;
      await options.each(files[n]!, n);
      if (Date.now() - lastYield > YIELD_EVERY_MS) {
        lastYield = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency, files.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return !stopped;
}
