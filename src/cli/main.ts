// policy-tracker command line: `scan` (extraction) and `status` (ledger). Only results go to stdout.
import { runScanCommand, type CommandIo } from './scanCommand';
import { runStatusCommand } from './statusCommand';

const HELP = `policy-tracker <command> [options]

Commands:
  scan <files or folders…> [--format json|csv|md] [--output FILE] [--year YYYY]
       [--ledger FILE] [--due-before DATE] [--status S]
                 extract targets, commitments and slogans (with --ledger: their statuses)
  status <id> <status> [--owner …] [--note …] [--due …] [--ledger FILE]
                 set an item's status in the ledger (台账)

Run "policy-tracker <command> --help" for a command's options.
`;

function main(argv: readonly string[]): number {
  const io: CommandIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  const [command, ...rest] = argv;
  if (command === 'scan') return runScanCommand(rest, io);
  if (command === 'status') return runStatusCommand(rest, io);
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`policy-tracker: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
