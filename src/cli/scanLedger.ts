// `policy-tracker scan … --ledger FILE [--due-before DATE] [--status S]`: merges the ledger's status, owner,
// note and due into every target and commitment of the scan result (by ledger key, then by content), lists
// orphaned entries, and filters items by due date and status.
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { deadlineRange, dueDate, dayNumber } from '../core/due';
import { parseItemStatus } from '../core/itemStatus';
import { joinStatuses } from '../core/ledgerView';
import type { ItemStatus } from '../core/types';
import { loadLedgerFile } from './ledgerFile';
import type { ScanCommitment, ScanResult, ScanTarget } from './scanOutput';

export const SCAN_LEDGER_HELP = `Ledger (台账) options:
  --ledger FILE          merge each item's status, owner, note and due date from the ledger YAML into
                         every format (JSON fields, CSV columns, Markdown columns); ledger entries that
                         match no item are listed as orphans. Items are matched by ledger id (JSON field
                         "ledgerId": the id for the file's path relative to the workspace root, which is
                         the folder holding .policy/), else by content.
  --due-before DATE      only items due before DATE (YYYY, YYYY-MM or YYYY-MM-DD): the ledger's due
                         date when set, else the extracted deadline; items without one are left out
  --status S[,S…]        only items with one of these statuses: todo, doing, done, dropped (or 未开始,
                         进行中, 已完成, 已取消), and "none" for items the ledger has no status for;
                         needs --ledger
`;

export interface ScanLedgerOptions {
  ledger: string | null;
  dueBefore: string | null;
  statuses: ReadonlySet<ItemStatus | 'none'> | null;
}

/** Reads the pass-through options of the scan arguments. */
export function parseScanLedgerOptions(extra: Readonly<Record<string, string>>): ScanLedgerOptions | { error: string } {
  const ledger = extra['ledger'] ?? null;
  const dueBefore = extra['due-before'] ?? null;
  if (dueBefore !== null && !deadlineRange(dueBefore)) return { error: `--due-before wants YYYY, YYYY-MM or YYYY-MM-DD, got "${dueBefore}"` };
  let statuses: Set<ItemStatus | 'none'> | null = null;
  if (extra['status'] !== undefined) {
    if (ledger === null) return { error: '--status needs --ledger' };
    statuses = new Set();
    for (const part of extra['status'].split(/[,，]/).map((s) => s.trim()).filter(Boolean)) {
      const status = part.toLowerCase() === 'none' ? 'none' : parseItemStatus(part);
      if (!status) return { error: `unknown status "${part}" (todo, doing, done, dropped, none)` };
      statuses.add(status);
    }
    if (statuses.size === 0) return { error: '--status needs a value' };
  }
  return { ledger, dueBefore, statuses };
}

export type ScanLedgerOutcome = { ok: true; result: ScanResult } | { ok: false; message: string; code: number };

/** Applies --ledger, --due-before and --status to a scan result (a new result; the input is left alone). */
export function applyScanLedger(result: ScanResult, extra: Readonly<Record<string, string>>): ScanLedgerOutcome {
  const options = parseScanLedgerOptions(extra);
  if ('error' in options) return { ok: false, message: options.error, code: 2 };
  if (options.ledger === null && options.dueBefore === null) return { ok: true, result };
  let merged = result;
  if (options.ledger !== null) {
    let ledger;
    try {
      ledger = loadLedgerFile(options.ledger);
    } catch (error) {
      return { ok: false, message: `cannot read ${options.ledger}: ${(error as Error).message}`, code: 1 };
    }
    if (ledger.error) return { ok: false, message: `${options.ledger}:${ledger.error.line + 1}: ${ledger.error.message}`, code: 1 };
    const statuses = joinStatuses(
      ledger,
      result.documents.map((doc) => ({ name: ledgerDocumentName(options.ledger!, doc.file), items: [...doc.targets, ...doc.commitments] })),
    );
    const withLedger = <T extends ScanTarget | ScanCommitment>(item: T): T => {
      const record = statuses.recordOf(item.id);
      const ledgerId = statuses.stateOf(item.id)?.key ?? item.id;
      return { ...item, ledgerId, status: record?.status ?? null, owner: record?.owner ?? null, note: record?.note ?? null, due: record?.due ?? null };
    };
    merged = {
      ...result,
      documents: result.documents.map((doc) => ({ ...doc, targets: doc.targets.map(withLedger), commitments: doc.commitments.map(withLedger) })),
      ledger: {
        file: options.ledger,
        orphans: statuses.orphans.map((entry) => ({
          id: entry.id,
          doc: entry.record.doc ?? null,
          text: entry.record.text ?? null,
          status: entry.record.status ?? null,
          owner: entry.record.owner ?? null,
          note: entry.record.note ?? null,
          due: entry.record.due ?? null,
        })),
      },
    };
  }
  const keep = itemFilter(options);
  return {
    ok: true,
    result: { ...merged, documents: merged.documents.map((doc) => ({ ...doc, targets: doc.targets.filter(keep), commitments: doc.commitments.filter(keep) })) },
  };
}

function itemFilter(options: ScanLedgerOptions): (item: ScanTarget | ScanCommitment) => boolean {
  const limit = options.dueBefore ? deadlineRange(options.dueBefore)!.start : null;
  return (item) => {
    if (options.statuses && !options.statuses.has((item.status ?? 'none') as ItemStatus | 'none')) return false;
    if (limit) {
      const end = dueDate(item.deadline, { due: item.due ?? null });
      if (!end || dayNumber(end) >= dayNumber(limit)) return false;
    }
    return true;
  };
}

/**
 * A scanned file's name as the editor writes it in the ledger: relative to the workspace root, taken to be the
 * folder holding the ledger's folder when that folder is hidden (`.policy/ledger.yaml`), else the ledger's folder.
 */
export function ledgerDocumentName(ledgerPath: string, file: string): string {
  const ledgerDir = dirname(resolve(ledgerPath));
  const root = basename(ledgerDir).startsWith('.') ? dirname(ledgerDir) : ledgerDir;
  const name = relative(root, resolve(file));
  return name.startsWith('..') || isAbsolute(name) ? file : name.split(sep).join('/');
}
