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

/** A RegExp source matching `text` literally. */
export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Polls `check` (sync or async) until it returns a truthy value and returns that value; throws with
 * `what` after `timeout` ms. For conditions playwright's `waitFor` cannot express (attributes, files).
 */
export async function until(check, what, { timeout = 15_000, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Clicks `locator` (once it is visible and enabled) until `done()` holds, as a person clicks again when
 * nothing happened: VS Code sometimes drops a click that lands while a list re-renders or a menu animates.
 * Each attempt waits up to `settle` ms for `done`. Returns done()'s value.
 */
export async function clickUntil(locator, done, what, { attempts = 5, settle = 3000, button = 'left', before } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const ok = await done();
      if (ok) return ok;
      if (before) await before();
      await locator.waitFor({ state: 'visible' });
      await locator.click({ button, timeout: 10_000 });
      return await until(done, what, { timeout: settle });
    } catch (error) {
      lastError = error;
      console.log(`[ui] ${what}: attempt ${attempt} did not take (${String(error?.message ?? error).split('\n')[0]}); again`);
    }
  }
  throw new Error(`${what}: nothing happened after ${attempts} clicks (${lastError?.message ?? lastError})`);
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
      /**
       * Opens a workspace file through Quick Open (Ctrl+P), by name, and waits for its editor tab.
       * A file created moments ago may not be in Quick Open's file list yet ("No matching results"; in one CI
       * run not for a minute): then it closes Quick Open and, as a person would, opens the file from the
       * Explorer when the Explorer shows it, else asks Quick Open again. Quick Open also closes by itself when
       * focus moves (an editor a late Enter opened): every step of an attempt has a bound.
       */
      async openFile(name) {
        const input = page.locator('.quick-input-widget input');
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
        const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
        const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
        const succeeds = (promise) => promise.then(() => true, () => false);
        for (let attempt = 1; ; attempt++) {
          // The previous attempt's Enter may have opened it late.
          if (await tab.isVisible()) break;
          if (attempt > 1 && (await explorerRow.isVisible())) {
            console.log(`[ui] opening ${name} from the Explorer`);
            await explorerRow.dblclick();
            if (await succeeds(tab.waitFor({ timeout: 10_000 }))) break;
          }
          await page.locator('.monaco-workbench .part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
          await page.keyboard.press('Control+P');
          const typed = (await succeeds(input.waitFor({ timeout: 5000 }))) && (await succeeds(input.fill(name, { timeout: 5000 })));
          if (typed && (await succeeds(row.waitFor({ timeout: 5000 })))) {
            await page.keyboard.press('Enter');
            if (await succeeds(tab.waitFor({ timeout: 10_000 }))) break;
          }
          if (attempt >= 8) throw new Error(`Quick Open did not open ${name} after ${attempt} attempts`);
          console.log(`[ui] Quick Open has no ${name} yet (attempt ${attempt}); again`);
          await page.keyboard.press('Escape');
          await input.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
          await page.waitForTimeout(500 * attempt);
        }
        await page.locator('.editor-instance .view-lines').first().waitFor();
      },
      /** Opens the 政策追踪 / Policy Tracker view from the activity bar; returns the side bar locator. */
      async openView() {
        const icon = page.locator(`${activityBarItem('政策追踪')}, ${activityBarItem('Policy Tracker')}`).first();
        await icon.waitFor();
        const sidebar = page.locator('.part.sidebar');
        const title = sidebar.locator('.composite.title', { hasText: /政策追踪|Policy Tracker/i });
        await clickUntil(icon, () => title.isVisible(), 'open the Policy Tracker view');
        return sidebar;
      },
      /**
       * Waits until the view has rows and its progress bar (first scan, withProgress on the view) is done
       * and has stayed done for a moment, so the rows no longer move under the pointer.
       */
      async waitForIndex() {
        const sidebar = page.locator('.part.sidebar');
        await sidebar.locator('.monaco-list-row[aria-level="1"]').first().waitFor({ timeout: 90_000 });
        let quietSince = 0;
        await until(
          async () => {
            const busy = await sidebar.locator('.monaco-progress-container.active').count();
            if (busy) quietSince = 0;
            else if (!quietSince) quietSince = Date.now();
            return quietSince > 0 && Date.now() - quietSince >= 750;
          },
          'the first scan to finish (view progress bar done)',
          { timeout: 90_000 },
        );
      },
      /** A row of the Policy Tracker tree by its accessible name (aria-label), e.g. a file name or `Targets: <sentence>`. */
      treeRow(name) {
        return page.locator('.part.sidebar').getByRole('treeitem', { name, exact: typeof name === 'string' });
      },
      /** The tree row at a list index (data-index). */
      treeRowAt(index) {
        return page.locator(`.part.sidebar .monaco-list-row[data-index="${index}"]`);
      },
      /** A locator for the row `row` resolves to now, pinned to its list index and accessible name. */
      async pin(row) {
        const index = await row.getAttribute('data-index');
        const label = (await row.getAttribute('aria-label')) ?? '';
        return page.locator(`.part.sidebar .monaco-list-row[data-index="${index}"][aria-label="${label.replace(/["\\]/g, '\\$&')}"]`);
      },
      /** The list index (data-index) of a tree row. */
      async rowIndex(row) {
        return Number(await row.getAttribute('data-index'));
      },
      /**
       * The first child row of an expanded row whose accessible name (aria-label) is or matches `name`:
       * searched among the rows after it (by list index) down to the next row at its own level or above.
       */
      async childRow(parent, name) {
        const start = Number(await parent.getAttribute('data-index'));
        const level = Number(await parent.getAttribute('aria-level'));
        for (let i = start + 1; ; i++) {
          const row = page.locator(`.part.sidebar .monaco-list-row[data-index="${i}"]`);
          await row.waitFor({ timeout: 10_000 });
          if (Number(await row.getAttribute('aria-level')) <= level) throw new Error(`no child row matching ${name} under row ${start}`);
          const label = (await row.getAttribute('aria-label')) ?? '';
          if (Number(await row.getAttribute('aria-level')) === level + 1 && (typeof name === 'string' ? label === name : name.test(label))) {
            // Pinned to both index and label: should the tree re-render, the locator finds nothing rather than another row.
            return page.locator(`.part.sidebar .monaco-list-row[data-index="${i}"][aria-label="${label.replace(/["\\]/g, '\\$&')}"]`);
          }
        }
      },
      /** Expands a tree row (clicking it again if the click was lost) and waits until its children are drawn. */
      async expand(row, what = 'row') {
        // A generous settle time: a second click on a row that is still loading its children would collapse it.
        const expanded = async () => {
          if ((await row.getAttribute('aria-expanded', { timeout: 2000 })) !== 'true') return false;
          // Expanded, and its children drawn: the next row is one level deeper.
          const index = Number(await row.getAttribute('data-index', { timeout: 2000 }));
          const level = Number(await row.getAttribute('aria-level', { timeout: 2000 }));
          const next = page.locator(`.part.sidebar .monaco-list-row[data-index="${index + 1}"]`);
          return (await next.count()) > 0 && Number(await next.getAttribute('aria-level', { timeout: 2000 })) === level + 1;
        };
        await clickUntil(row, expanded, `expand ${what}`, { settle: 8000 });
      },
      /** Runs a command through the command palette (F1), by its visible title, once it is the focused entry. */
      async runCommand(title) {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }).first().waitFor();
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
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
