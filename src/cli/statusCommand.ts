// `policy-tracker status <id> <status> [--owner …] [--note …] [--due …] [--ledger FILE]`:
// sets one ledger entry with the same comment-preserving write the extension uses.
import { setEntry, type LedgerPatch } from '../core/ledgerEdit';
import { parseItemStatus } from '../core/itemStatus';
import { ledgerSyntaxError } from '../core/ledger';
import { ledgerKeys } from '../core/ledgerView';
import { readLedgerText, writeFileAtomic } from './ledgerFile';
import { scanPaths } from './scanCommand';
import { ledgerDocumentName } from './scanLedger';

export const DEFAULT_LEDGER_PATH = '.policy/ledger.yaml';

export const STATUS_HELP = `policy-tracker status <id> <status> [options]

  Sets the status of one target or commitment in the ledger (台账) YAML file. Comments, order and
  formatting of everything else in the file are kept; the file is written atomically and never
  written when it does not parse (fix the reported line first).

  <id>        the item's ledger id: "ledgerId" in \`policy-tracker scan … --ledger FILE --format json\`
              (equal to "id" when the scan runs at the workspace root)
  <status>    todo | doing | done | dropped   (or 未开始 | 进行中 | 已完成 | 已取消)
              "-" leaves the status as it is (to change only owner, note or due)

Options:
  --ledger FILE   the ledger file (default ${DEFAULT_LEDGER_PATH}; created when missing)
  --owner TEXT    who is responsible (责任单位); "" removes it
  --note TEXT     a free note (备注); "" removes it
  --due DATE      a due date overriding the extracted deadline: YYYY, YYYY-MM or YYYY-MM-DD; "" removes it
  --doc PATH      the document the item stands in, kept so the status can follow the item when its id changes
  --text TEXT     the item's sentence, kept for the same reason
  --in PATH       a document or folder to find the item in: fills in --doc, --text (and the anchor)
                  so the status follows the item when its sentence is reworded; <id> may then also
                  be the "id" printed by a scan run from another folder
  -h, --help      this help

Exit status: 0 written (or nothing to change), 1 the ledger does not parse, 2 bad arguments.
`;

export interface StatusArgs {
  id: string;
  patch: LedgerPatch;
  ledger: string;
  /** --in: where to find the item for its re-anchoring snapshot. */
  in?: string;
}

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const VALUE_OPTIONS: Record<string, 'owner' | 'note' | 'due' | 'doc' | 'text' | 'ledger' | 'in'> = {
  '--owner': 'owner',
  '--note': 'note',
  '--due': 'due',
  '--doc': 'doc',
  '--text': 'text',
  '--in': 'in',
  '--ledger': 'ledger',
};

/** Parses the arguments after `status`; returns an error message for bad ones. */
export function parseStatusArgs(argv: readonly string[]): StatusArgs | { help: true } | { error: string } {
  const positional: string[] = [];
  const values: Partial<Record<'owner' | 'note' | 'due' | 'doc' | 'text' | 'ledger' | 'in', string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { help: true };
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const option = VALUE_OPTIONS[name];
    if (option) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `${name} needs a value` };
      values[option] = value;
    } else if (arg.startsWith('--') && arg !== '--') {
      return { error: `unknown option ${arg}` };
    } else if (arg !== '--') {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) return { error: 'expected <id> <status>' };
  const [id, statusText] = positional as [string, string];
  if (!id.trim()) return { error: 'the id is empty' };
  const patch: LedgerPatch = {};
  if (statusText !== '-') {
    const status = parseItemStatus(statusText);
    if (!status) return { error: `unknown status "${statusText}" (todo, doing, done, dropped / 未开始, 进行中, 已完成, 已取消)` };
    patch.status = status;
  }
  for (const field of ['owner', 'note', 'due', 'doc', 'text'] as const) {
    const value = values[field];
    if (value !== undefined) patch[field] = value === '' ? null : value;
  }
  return { id, patch, ledger: values.ledger ?? DEFAULT_LEDGER_PATH, ...(values.in !== undefined ? { in: values.in } : {}) };
}

/** Runs the subcommand; returns the exit code. */
export function runStatusCommand(argv: readonly string[], io: CommandIo): number {
  const args = parseStatusArgs(argv);
  if ('help' in args) {
    io.stdout(STATUS_HELP);
    return 0;
  }
  if ('error' in args) {
    io.stderr(`policy-tracker status: ${args.error}\n\n${STATUS_HELP}`);
    return 2;
  }
  let source: string;
  try {
    source = readLedgerText(args.ledger);
  } catch (error) {
    io.stderr(`policy-tracker status: cannot read ${args.ledger}: ${(error as Error).message}\n`);
    return 1;
  }
  if (args.in !== undefined) {
    const found = findItem(args.in, args.id, args.ledger);
    if ('error' in found) {
      io.stderr(`policy-tracker status: ${found.error}\n`);
      return 2;
    }
    args.id = found.key;
    args.patch = { doc: found.doc, text: found.text, anchor: found.anchor, ...args.patch };
  }
  const broken = ledgerSyntaxError(source);
  if (broken) {
    io.stderr(`policy-tracker status: ${args.ledger}:${broken.line + 1}: ${broken.message} (not written)\n`);
    return 1;
  }
  const result = setEntry(source, args.id, args.patch);
  if (!result.ok) {
    io.stderr(`policy-tracker status: ${result.error.message}\n`);
    return 2;
  }
  if (result.changed) {
    try {
      writeFileAtomic(args.ledger, result.text);
    } catch (error) {
      io.stderr(`policy-tracker status: cannot write ${args.ledger}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  io.stdout(`${args.id}: ${args.patch.status ?? '-'}${result.changed ? '' : ' (unchanged)'} → ${args.ledger}\n`);
  return 0;
}

/** The item with this ledger id (or scan id) in the documents under `path`, with its ledger key and snapshot. */
function findItem(path: string, id: string, ledger: string): { key: string; doc: string; text: string; anchor: string | null } | { error: string } {
  const run = scanPaths([path]);
  for (const doc of run.result.documents) {
    const name = ledgerDocumentName(ledger, doc.file);
    const items = [...doc.targets, ...doc.commitments];
    const keys = ledgerKeys(items, name);
    const item = items.find((candidate) => candidate.id === id || keys.get(candidate.id) === id);
    if (item) return { key: keys.get(item.id) ?? item.id, doc: name, text: item.text, anchor: item.kind === 'target' ? item.anchor : null };
  }
  return { error: run.failed ? `cannot read ${path}: ${run.notes.join('; ')}` : `no target or commitment "${id}" in ${path}` };
}
