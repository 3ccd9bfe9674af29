// Helper for UI scenarios (test/ui/*.ui.mjs): a real VS Code 1.100.3 (code-server) with the
// extension loaded in development mode and a temp copy of seeds/ open, driven through a
// playwright `page` in Debian's Chromium, as a person would use it.
//
//   import { openWorkbench } from './harness.mjs';
//   const wb = await openWorkbench();          // { page, server, workspace, screenshot, dispose }
//   try { ...; await wb.screenshot('my-feature'); } finally { await wb.dispose(); }
//
// Options: { locale = 'zh-cn', workspace = seeds/, copyWorkspace = true, extensionPath = project,
//            timeoutMs = 60000 }. Screenshots go to docs/screenshots/<name>.png
//            (or $POLICY_TRACKER_SCREENSHOTS_DIR, which `npm test` sets to test-results/screenshots).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROOT, launchBrowser, makeWorkspace, startCodeServer, workbenchUrl } from '../codeServer.mjs';

// `npm test` (scripts/test.sh) points this at test-results/screenshots so a test run leaves the
// committed screenshots alone; running a scenario or test/ui/run.mjs directly refreshes docs/screenshots.
export const SCREENSHOTS = process.env.POLICY_TRACKER_SCREENSHOTS_DIR ? resolve(process.env.POLICY_TRACKER_SCREENSHOTS_DIR) : join(ROOT, 'docs', 'screenshots');

/** CSS selector of an activity-bar entry by its (localised) title, e.g. 政策追踪. */
export function activityBarItem(title) {
  // The <li> rather than its <a>: a progress badge drawn over the icon would catch the click.
  return `.activitybar li.action-item:has(> a.action-label[aria-label^="${title}"])`;
}

/**
 * @param {{ locale?: string, workspace?: string, copyWorkspace?: boolean, extensionPath?: string,
 *   timeoutMs?: number, settings?: object, headed?: boolean }} [options]
 */
export async function openWorkbench(options = {}) {
  const locale = options.locale ?? 'zh-cn';
  const workspace = options.copyWorkspace === false ? resolve(options.workspace) : makeWorkspace(options.workspace ?? join(ROOT, 'seeds'));
  const server = await startCodeServer({ locale, settings: options.settings });
  let browser;
  try {
    const launched = await launchBrowser({ headless: !options.headed, locale: locale === 'zh-cn' ? 'zh-CN' : locale });
    browser = launched.browser;
    const { page } = launched;
    page.setDefaultTimeout(options.timeoutMs ?? 60_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: options.extensionPath ?? ROOT }));
    // The workbench is ready when the activity bar and the explorer are drawn.
    await page.locator('.monaco-workbench .activitybar').waitFor();
    await page.locator('.monaco-workbench .part.sidebar').waitFor();
    return {
      page,
      server,
      workspace,
      errors,
      /** Saves docs/screenshots/<name>.png and returns its path. */
      async screenshot(name, screenshotOptions = {}) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path, ...screenshotOptions });
        return path;
      },
      /** Saves test-results/<name>-failure.png (not committed) and returns its path. */
      async failureScreenshot(name) {
        const dir = join(ROOT, 'test-results');
        mkdirSync(dir, { recursive: true });
        const path = join(dir, `${name}-failure.png`);
        await page.screenshot({ path }).catch(() => {});
        return path;
      },
      /** Opens a workspace file through Quick Open (Ctrl+P), by name, and waits for its editor tab. */
      async openFile(name) {
        await page.locator('.monaco-workbench .part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(name);
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor();
        await page.locator('.editor-instance .view-lines').first().waitFor();
      },
      /** Runs a command through the command palette (F1), by its visible title. */
      async runCommand(title) {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
        await page.keyboard.press('Enter');
      },
      async dispose() {
        await browser?.close().catch(() => {});
        await server.stop().catch(() => {});
        if (options.copyWorkspace !== false) rmSync(dirname(workspace), { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.stop().catch(() => {});
    if (options.copyWorkspace !== false) rmSync(dirname(workspace), { recursive: true, force: true });
    throw error;
  }
}
