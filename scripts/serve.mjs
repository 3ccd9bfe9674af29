#!/usr/bin/env node
// Serves a real VS Code (code-server 4.100.3 = VS Code 1.100.3) on 127.0.0.1 with this
// extension loaded in development mode and a folder open; prints the URL; runs until Ctrl+C.
// Used by scripts/start.sh (`npm start`).
//   PORT       port (default 8080)
//   WORKSPACE  folder to open (default: seeds/)
//   LOCALE     code-server --locale (optional)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, startCodeServer, workbenchUrl } from '../test/codeServer.mjs';

const port = Number(process.env.PORT || 8080);
const folder = resolve(process.env.WORKSPACE || join(ROOT, 'seeds'));
// Settings and UI state persist between runs in .cache/start/.
const state = join(ROOT, '.cache', 'start');
mkdirSync(state, { recursive: true });

const server = await startCodeServer({
  port,
  locale: process.env.LOCALE || undefined,
  userDataDir: join(state, 'user-data'),
  extensionsDir: join(state, 'extensions'),
  log: (line) => console.log(`[code-server] ${line}`),
});
const url = workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT });
console.log('');
console.log('  政策追踪 / Policy Tracker is running in VS Code 1.100.3 (code-server).');
console.log('  在浏览器中打开 / Open in a browser:');
console.log('');
console.log(`  ${url}`);
console.log('');
console.log(`  (${server.origin}/ alone opens VS Code without the development extension.)`);
console.log('  按 Ctrl+C 停止 / Press Ctrl+C to stop.');
console.log('');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server…');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
server.process.on('exit', (code) => {
  if (!stopping) {
    console.log(`code-server exited (${code})`);
    process.exit(code ?? 1);
  }
});
