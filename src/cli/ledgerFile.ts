// Reading and writing the ledger file from the command line: a missing file reads as empty, writes are
// atomic (temporary file in the same folder, then rename) so a crash never leaves half a ledger.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseLedger, type ParsedLedger } from '../core/ledger';

/** The ledger file's text; '' when it does not exist yet. A UTF-8 BOM is dropped. */
export function readLedgerText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export function loadLedgerFile(path: string): ParsedLedger {
  return parseLedger(readLedgerText(path));
}

export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
