// policy-tracker command line. Filled in by the scanner work.
process.stderr.write('policy-tracker: not implemented yet\n');
process.exitCode = 2;
