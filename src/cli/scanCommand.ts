// `policy-tracker scan`: files and folders → targets, commitments and slogans as JSON, CSV or Markdown.
import { writeFileSync } from 'node:fs';
import { extractDocument } from '../core/extract';
import { collectDocumentFiles, DEFAULT_MAX_FILE_BYTES, readDocument, type FileAccess } from './documentFiles';
import { formatCsv, formatJson, formatMarkdown, toScanDocument, type ScanDocument, type ScanResult } from './scanOutput';
import { parseScanArgs, SCAN_HELP, type ScanArgs } from './scanArgs';
import { applyScanLedger } from './scanLedger';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface ScanRun {
  result: ScanResult;
  /** Messages for stderr (unreadable paths, skipped binary files). */
  notes: string[];
  /** True when some path could not be read. */
  failed: boolean;
}

export interface ScanOptions {
  /** Files larger than this are skipped with a note (default 64 MB). */
  maxBytes?: number;
  /** For tests: how files are read. */
  files?: FileAccess;
}

/** Scans the given paths in-process (the evaluation uses this same path). */
export function scanPaths(paths: readonly string[], year: number | null = null, options: ScanOptions = {}): ScanRun {
  const { files, errors } = collectDocumentFiles(paths);
  const notes = [...errors];
  let failed = errors.length > 0;
  const documents: ScanDocument[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const file of files) {
    const read = readDocument(file.path, maxBytes, options.files);
    if (read.kind === 'error') {
      notes.push(read.message);
      failed = true;
      continue;
    }
    if (read.kind === 'gone') {
      // Deleted between the listing and the read: a folder's file is just no longer there; a file named
      // on the command line is a path that cannot be read.
      notes.push(file.walked ? `skipped ${file.display}: deleted during the scan` : `cannot read ${file.display}: no such file or folder`);
      if (!file.walked) failed = true;
      continue;
    }
    if (read.kind === 'too-large') {
      notes.push(`skipped ${file.display}: ${formatMegabytes(read.size)} is over the size limit of ${formatMegabytes(maxBytes)} (--max-size)`);
      continue;
    }
    if (read.kind === 'binary') {
      notes.push(`skipped ${file.display}: binary file`);
      continue;
    }
    const facts = extractDocument(read.text, { uri: file.display, year });
    documents.push(toScanDocument(file.display, facts));
  }
  return { result: { documents }, notes, failed };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

export function render(result: ScanResult, format: ScanArgs['format']): string {
  if (format === 'csv') return formatCsv(result);
  if (format === 'md') return formatMarkdown(result);
  return formatJson(result);
}

/** Runs the subcommand; returns the exit code. */
export function runScanCommand(argv: readonly string[], io: CommandIo): number {
  const args = parseScanArgs(argv);
  if ('help' in args) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  if ('error' in args) {
    io.stderr(`policy-tracker scan: ${args.error}\n\n${SCAN_HELP}`);
    return 2;
  }
  const run = scanPaths(args.paths, args.year, { maxBytes: args.maxBytes });
  for (const note of run.notes) io.stderr(`policy-tracker scan: ${note}\n`);
  const merged = applyScanLedger(run.result, args.extra);
  if (!merged.ok) {
    io.stderr(`policy-tracker scan: ${merged.message}\n`);
    return merged.code;
  }
  let output: string;
  try {
    output = render(merged.result, args.format);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const items = merged.result.documents.reduce((n, d) => n + d.targets.length + d.commitments.length, 0);
    io.stderr(`policy-tracker scan: the result (${items} items) is too large to build in memory; scan fewer or smaller files at a time (--max-size)\n`);
    return 1;
  }
  if (args.output) {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      io.stderr(`policy-tracker scan: cannot write ${args.output}: ${(error as Error).message}\n`);
      return 1;
    }
  } else {
    io.stdout(output);
  }
  return run.failed ? 1 : 0;
}
