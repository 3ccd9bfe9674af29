#!/usr/bin/env node
// Runs every UI scenario test/ui/*.ui.mjs (or the ones named on the command line), each in its
// own Node process with a time limit, and prints `N passed, N failed` last.
// A scenario is a plain script: it exits 0 when it passes (see harness.mjs and activityBar.ui.mjs).
//   node test/ui/run.mjs [name.ui.mjs ...] [--timeout SEC] [--result-file F]
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let timeoutSec = 240;
let resultFile;
const named = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--timeout') timeoutSec = Number(args[++i]);
  else if (args[i] === '--result-file') resultFile = args[++i];
  else named.push(args[i]);
}
const scenarios = (named.length ? named.map((n) => resolve(here, basename(n))) : readdirSync(here).filter((n) => n.endsWith('.ui.mjs')).sort().map((n) => join(here, n)));

function runOne(file) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [file], { stdio: 'inherit', detached: true });
    const timer = setTimeout(() => {
      console.log(`[ui] ${basename(file)}: timed out after ${timeoutSec} s / 超时`);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutSec * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ name: basename(file), ok: code === 0, code: code ?? signal, seconds: Math.round((Date.now() - started) / 100) / 10 });
    });
  });
}

const results = [];
for (const file of scenarios) {
  console.log(`[ui] ▶ ${basename(file)}`);
  const result = await runOne(file);
  console.log(`[ui] ${result.ok ? '✔' : '✘'} ${result.name} (${result.seconds} s${result.ok ? '' : `, exit ${result.code}`})`);
  results.push(result);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (resultFile) writeFileSync(resultFile, JSON.stringify({ passed, failed, results }));
console.log(`[ui] ${results.length} scenario(s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
