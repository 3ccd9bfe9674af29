// Launcher for the extension-host suite in desktop VS Code via @vscode/test-electron
// (`npm run test:electron`). It downloads VS Code unless VSCODE_EXECUTABLE_PATH points at a local
// `code` executable. Offline machines use test/runCodeServer.mjs instead (what `npm test` runs).
//   VSCODE_EXECUTABLE_PATH  local VS Code executable (skips the download)
//   VSCODE_VERSION          version to download (default 1.100.3, the engines floor)
import { cpSync, mkdtempSync, chmodSync, readdirSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { runTests } from '@vscode/test-electron';

function writableCopy(source: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-tracker-ws-')), 'workspace');
  cpSync(source, dir, { recursive: true });
  const walk = (path: string): void => {
    const isDir = statSync(path).isDirectory();
    chmodSync(path, isDir ? 0o755 : 0o644);
    if (isDir) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return dir;
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const extensionDevelopmentPath = process.env.POLICY_TRACKER_EXTENSION_PATH ?? root;
  const extensionTestsPath = process.env.POLICY_TRACKER_TESTS_PATH ?? join(root, 'dist', 'test', 'suite', 'index.js');
  const workspace = writableCopy(process.env.POLICY_TRACKER_WORKSPACE ?? join(root, 'seeds'));
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  const exitCode = await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.VSCODE_VERSION ?? '1.100.3' }),
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  process.exitCode = exitCode;
}

main().catch((error: unknown) => {
  console.error('Failed to run the extension-host suite with @vscode/test-electron / 无法运行扩展宿主测试:', error);
  process.exitCode = 1;
});
