// Shared plumbing for running the extension in a real VS Code offline:
// code-server 4.100.3 (= VS Code 1.100.3) driven by Debian's Chromium through playwright-core.
// Used by test/runCodeServer.mjs (extension-host suite), test/ui/* (UI scenarios) and scripts/start.sh.
// Facts: ../shared/recipes/vscode-offline-testing.md
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Runs scripts/ensure-code-server.sh (installs on first use) and returns code-server's entry script. */
export function ensureCodeServer() {
  const result = spawnSync('bash', [join(ROOT, 'scripts/ensure-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scripts/ensure-code-server.sh failed (exit ${result.status})`);
  const entry = result.stdout.trim().split('\n').pop();
  if (!entry || !existsSync(entry)) throw new Error(`code-server entry not found: ${entry}`);
  return entry;
}

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `policy-tracker-${prefix}-`));
}

/** Copies a folder (default: seeds/) into a fresh writable temp folder, so tests may create and delete files. */
export function makeWorkspace(source = join(ROOT, 'seeds')) {
  const dir = join(tempDir('ws'), 'workspace');
  cpSync(source, dir, { recursive: true });
  const makeWritable = (path) => {
    const isDir = statSync(path).isDirectory();
    chmodSync(path, isDir ? 0o755 : 0o644);
    if (isDir) for (const name of readdirSync(path)) makeWritable(join(path, name));
  };
  makeWritable(dir);
  return dir;
}

/** Quiet user settings: no welcome page, no trust prompt, no telemetry or update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

/**
 * Starts code-server on 127.0.0.1 and waits until it answers.
 * @param {{ port?: number, locale?: string, userDataDir?: string, extensionsDir?: string, log?: (line: string) => void, settings?: object }} [options]
 */
export async function startCodeServer(options = {}) {
  const entry = ensureCodeServer();
  const port = options.port ?? (await freePort());
  const scratch = tempDir('cs');
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(options.settings ?? {}) }, null, 2));
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const args = [
    entry,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (options.locale) args.push('--locale', options.locale);
  if (process.env.POLICY_TRACKER_CODE_SERVER_TRACE) args.push('--log', 'trace');
  const log = options.log ?? (() => {});
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'xdg-config'), XDG_DATA_HOME: join(scratch, 'xdg-data'), PORT: '' },
    detached: true, // own process group, so stop() also ends its extension hosts
  });
  const lines = [];
  const onData = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      log(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up:\n${lines.slice(-30).join('\n')}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`code-server did not answer on ${origin} within 60 s:\n${lines.slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    port,
    origin,
    authority: `127.0.0.1:${port}`,
    process: child,
    userDataDir,
    /** Last lines code-server printed (for error messages). */
    output: lines,
    async stop() {
      await killGroup(child);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Ends a detached child and its whole process group: SIGTERM, then SIGKILL after 3 s. */
export async function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  const signal = (sig) => { try { process.kill(-child.pid, sig); } catch { try { child.kill(sig); } catch { /* gone */ } } };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3000);
  await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
  clearTimeout(timer);
  signal('SIGKILL');
}

/**
 * The URL that opens the workbench with a folder and, optionally, a development extension and a test module.
 * @param {{ origin: string, authority: string }} server
 * @param {{ folder?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} target
 */
export function workbenchUrl(server, target) {
  const remote = (path) => `vscode-remote://${server.authority}${resolve(path)}`;
  const payload = [];
  if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
  if (target.extensionTestsPath) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams();
  if (target.folder) query.set('folder', resolve(target.folder));
  query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

/**
 * Launches Debian's Chromium through playwright-core.
 * @param {{ headless?: boolean, locale?: string }} [options]
 */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (run scripts/ensure-code-server.sh as root, or set CHROMIUM_PATH)`);
  const { chromium } = await import('playwright-core');
  const locale = options.locale ?? 'en-US';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  return { browser, context, page };
}
