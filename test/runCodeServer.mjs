#!/usr/bin/env node
// Runs the extension-host test suite inside a real VS Code 1.100.3, offline:
// code-server 4.100.3 + Debian's Chromium driven by playwright-core.
//
//   node test/runCodeServer.mjs [options]
//     --extension DIR    development extension folder (default: the project)
//     --tests FILE       compiled suite entry exporting run() (default: dist/test/suite/index.js)
//     --workspace DIR    folder to open; it is copied to a temp folder first (default: seeds/)
//     --no-copy          open --workspace in place instead of a temp copy
//     --timeout SEC      overall time limit (default 600)
//     --locale LOCALE    VS Code display language passed to code-server (e.g. zh-cn)
//     --label NAME       name used in log lines and the summary (default: extension-host)
//     --result-file F    also write {"passed":N,"failed":N,"exitCode":N} to F
//     --headed           show the browser window (needs a display)
//     --verbose          also print code-server's own output
//     --keep             keep the temp workspace copy afterwards
//
// The extension host's console (mocha's spec reporter) is forwarded to stdout. The last line
// printed is `N passed, N failed`; the exit code is the suite's (0 = all passed).
// Also importable: `import { runSuite } from './runCodeServer.mjs'` (issue 9 reuses it for the
// web-worker extension host with a copy of the extension whose manifest has no `main`).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, launchBrowser, makeWorkspace, startCodeServer, workbenchUrl } from './codeServer.mjs';

const RESULT_MARKER = '[policy-tracker-suite-result]';
/** Workbench messages that are expected offline (no marketplace, no vsda) and only add noise. */
const HARMLESS = [/open-vsx\.org/, /vsda/, /ChatSessionStore/, /^(Resolving connection token|Resolved connection token|Creating a socket)/];

/**
 * @param {{ extensionPath?: string, testsPath?: string, workspace?: string, copyWorkspace?: boolean,
 *   timeoutSec?: number, locale?: string, label?: string, headed?: boolean, verbose?: boolean, keep?: boolean,
 *   out?: (line: string) => void }} [options]
 * @returns {Promise<{ exitCode: number, passed: number, failed: number, pending: number, seconds: number, failures: { title: string, error: string }[] }>}
 */
export async function runSuite(options = {}) {
  const started = Date.now();
  const label = options.label ?? 'extension-host';
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const extensionPath = resolve(options.extensionPath ?? ROOT);
  const testsPath = resolve(options.testsPath ?? join(ROOT, 'dist/test/suite/index.js'));
  const source = resolve(options.workspace ?? join(ROOT, 'seeds'));
  const folder = options.copyWorkspace === false ? source : makeWorkspace(source);
  const timeoutMs = (options.timeoutSec ?? 600) * 1000;

  let server;
  let browser;
  let timer;
  let stats = null;
  let exitCode = 1;
  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    if (folder !== source && !options.keep) rmSync(dirname(folder), { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    out(`[${label}] ${signal}: stopping code-server and Chromium`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    out(`[${label}] extension: ${extensionPath}`);
    out(`[${label}] tests:     ${testsPath}`);
    out(`[${label}] workspace: ${folder}`);
    server = await startCodeServer({ locale: options.locale, log: options.verbose ? (l) => out(`[code-server] ${l}`) : undefined });
    out(`[${label}] code-server (VS Code 1.100.3) listening on ${server.origin}`);
    const launched = await launchBrowser({ headless: !options.headed });
    browser = launched.browser;
    const { page } = launched;

    const handleLine = (text) => {
      for (const line of String(text).split('\n')) {
        const at = line.indexOf(RESULT_MARKER);
        if (at >= 0) {
          try { stats = JSON.parse(line.slice(at + RESULT_MARKER.length)); } catch { /* ignore */ }
        }
      }
    };
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map(String).join(' ') : String(args);
      handleLine(text);
      if (HARMLESS.some((pattern) => pattern.test(text))) return;
      out(type === 'error' ? `[${label}:error] ${text}` : text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('pageerror', (error) => out(`[${label}:page] ${error.message}`));

    const url = workbenchUrl(server, { folder, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath });
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    await page.goto(url);
    const result = await Promise.race([exited, timedOut]);
    if (result === 'timeout') {
      out(`[${label}] timed out after ${timeoutMs / 1000} s / 超时`);
      if (server) out(server.output.slice(-20).map((l) => `[code-server] ${l}`).join('\n'));
      exitCode = 124;
    } else {
      exitCode = result;
    }
  } catch (error) {
    out(`[${label}] runner error / 运行器错误: ${error instanceof Error ? error.stack : error}`);
    exitCode = exitCode || 1;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const passed = stats?.passes ?? 0;
  let failed = stats?.failures ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1; // crashed or timed out before mocha could report
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const failures = Array.isArray(stats?.failed) ? stats.failed : [];
  if (exitCode !== 0 && failures.length === 0) failures.push({ title: label, error: exitCode === 124 ? 'timed out' : `exit code ${exitCode}` });
  return { exitCode, passed, failed, pending: stats?.pending ?? 0, seconds, failures };
}

export function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--extension': options.extensionPath = value(); break;
      case '--tests': options.testsPath = value(); break;
      case '--workspace': options.workspace = value(); break;
      case '--no-copy': options.copyWorkspace = false; break;
      case '--timeout': options.timeoutSec = Number(value()); break;
      case '--locale': options.locale = value(); break;
      case '--label': options.label = value(); break;
      case '--result-file': options.resultFile = value(); break;
      case '--headed': options.headed = true; break;
      case '--verbose': options.verbose = true; break;
      case '--keep': options.keep = true; break;
      default: throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseArgs(process.argv.slice(2));
  const result = await runSuite(options);
  if (options.resultFile) writeFileSync(options.resultFile, JSON.stringify(result));
  const label = options.label ?? 'extension-host';
  console.log(`[${label}] exit code ${result.exitCode}, ${result.pending} pending, ${result.seconds} s`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  process.exit(result.exitCode);
}
