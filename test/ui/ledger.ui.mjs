// UI scenario: a person right-clicks a target in the 政策追踪 view, chooses 设置状态 (Set Status), picks
// 已完成 (Done) in the quick pick and types an owner and a note; the ledger file .policy/ledger.yaml in the
// workspace then holds the entry, and the tree row shows the owner. Screenshot: docs/screenshots/ledger-set-status.png.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, activityBarItem } from './harness.mjs';

const SEED = '001_edfc7fa74afdd82a.txt';
const OWNER = '市发改委';
const NOTE = '已报送';

const wb = await openWorkbench();
try {
  const { page } = wb;
  const icon = page.locator(`${activityBarItem('政策追踪')}, ${activityBarItem('Policy Tracker')}`).first();
  await icon.waitFor();
  await icon.click();
  const sidebar = page.locator('.part.sidebar');
  const rows = sidebar.locator('.monaco-list-row');
  const documentRow = rows.filter({ hasText: SEED }).first();
  await documentRow.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  if ((await documentRow.getAttribute('aria-expanded')) !== 'true') await documentRow.click();
  const targetsRow = rows.filter({ hasText: /^目标|Targets/ }).first();
  await targetsRow.waitFor();
  if ((await targetsRow.getAttribute('aria-expanded')) !== 'true') await targetsRow.click();
  const item = sidebar.locator('.monaco-list-row[aria-level="3"]').first();
  await item.waitFor();
  const label = (await item.innerText()).split('\n')[0];
  console.log(`setting the status of: ${JSON.stringify(label.slice(0, 60))}`);

  // Context menu → 设置状态 / Set Status.
  await item.click({ button: 'right' });
  const menuItem = page.locator('.context-view .action-item', { hasText: /设置状态|Set Status/ }).first();
  await menuItem.waitFor();
  await menuItem.click();

  // Quick pick: 已完成 / Done; then owner, note, due (kept empty).
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: /已完成|Done/ }).first().click();
  for (const value of [OWNER, NOTE, '']) {
    await page.waitForTimeout(300);
    await input.waitFor();
    await input.fill(value);
    await page.keyboard.press('Enter');
  }

  const ledger = join(wb.workspace, '.policy', 'ledger.yaml');
  let text = '';
  for (let i = 0; i < 50 && !(existsSync(ledger) && (text = readFileSync(ledger, 'utf8')).includes(OWNER)); i++) await page.waitForTimeout(200);
  console.log(`ledger file:\n${text}`);
  assert.match(text, /^\s+status: done$/m);
  assert.ok(text.includes(`owner: ${OWNER}`), 'owner written');
  assert.ok(text.includes(`note: ${NOTE}`), 'note written');

  // The tree row shows the owner in its description.
  await rows.filter({ hasText: OWNER }).first().waitFor();
  await page.waitForTimeout(300);
  await wb.screenshot('ledger-set-status');
  assert.deepEqual(wb.errors.filter((e) => /policy|政策/i.test(e)), [], 'page errors from the extension');
} catch (error) {
  console.log(`failure screenshot: ${await wb.failureScreenshot('ledger')}`);
  throw error;
} finally {
  await wb.dispose();
}
