// Arguments of `policy-tracker scan`. Kept apart from the command so more options (--ledger, --due-before,
// --status) can be added in one place.
import { DEFAULT_MAX_FILE_BYTES } from './documentFiles';
import { SCAN_LEDGER_HELP } from './scanLedger';

export type ScanFormat = 'json' | 'csv' | 'md';

export interface ScanArgs {
  paths: string[];
  format: ScanFormat;
  output: string | null;
  year: number | null;
  /** Files larger than this many bytes are skipped with a note (--max-size, in MB). */
  maxBytes: number;
  /** Options this parser does not know, by name, for extensions such as the ledger join. */
  extra: Record<string, string>;
}

export const SCAN_HELP = `policy-tracker scan <files or folders…> [options]

  Extracts targets (目标), commitments and slogans (数字提法) from policy documents (.txt, .md; UTF-8,
  UTF-16 with BOM or GB18030/GBK; simplified or traditional Chinese). Folders are walked for .txt and .md
  files. The result goes to stdout (or --output); messages go to stderr.

Options:
  --format json|csv|md   output format (default json; JSON as in the extraction spec §4)
  --output FILE          write the result to FILE instead of stdout
  --year YYYY            document year for relative deadlines (今年, 年底前, 6月底前), overriding what
                         is inferred from the text and any policy-year marker
  --max-size MB          skip files larger than this (default 64; a note names each one)
  -h, --help             this help

${SCAN_LEDGER_HELP}
A document can state its own year on its first line, <!-- policy-year: 2026 --> (or policy-year: 2026),
or in YAML front matter (year: 2026).

Exit status: 0 done, 1 a path could not be read (the others are still scanned) or the ledger does not
parse, 2 bad arguments.
`;

/** Options that take a value and belong to other features (accepted and passed through in \`extra\`). */
const PASS_THROUGH = new Set(['--ledger', '--due-before', '--status']);

export function parseScanArgs(argv: readonly string[]): ScanArgs | { help: true } | { error: string } {
  const args: ScanArgs = { paths: [], format: 'json', output: null, year: null, maxBytes: DEFAULT_MAX_FILE_BYTES, extra: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      args.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) return { error: `${name} needs a value` };
    if (name === '--format') {
      if (value !== 'json' && value !== 'csv' && value !== 'md') return { error: `unknown format "${value}" (json, csv, md)` };
      args.format = value;
    } else if (name === '--output') {
      args.output = value;
    } else if (name === '--year') {
      if (!/^\d{4}$/.test(value)) return { error: `--year wants a four-digit year, got "${value}"` };
      args.year = Number(value);
    } else if (name === '--max-size') {
      const megabytes = Number(value);
      if (!/^\d+(?:\.\d+)?$/.test(value) || !(megabytes > 0)) return { error: `--max-size wants a size in MB, got "${value}"` };
      args.maxBytes = Math.round(megabytes * 1024 * 1024);
    } else if (PASS_THROUGH.has(name)) {
      args.extra[name.slice(2)] = value;
    } else {
      return { error: `unknown option ${name}` };
    }
  }
  if (args.paths.length === 0) return { error: 'no files or folders given' };
  return args;
}
