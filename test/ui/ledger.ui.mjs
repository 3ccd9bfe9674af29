// UI scenario: a person right-clicks a target in the 政策追踪 view, chooses 设置状态 (Set Status), picks
// 已完成 (Done) in the quick pick and types an owner and a note; the ledger file .policy/ledger.yaml in the
// workspace then holds the entry, and the tree row shows the owner. Screenshot: docs/screenshots/ledger-set-status.png.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, clickUntil, escapeRegExp, until } from './harness.mjs';

const SEED = '001_edfc7fa74afdd82a.txt';
const OWNER = '市发改委';
const NOTE = '已报送';

const wb = await openWorkbench();
try {
  const { page } = wb;
  await wb.openView();
  await wb.waitForIndex();
  const rows = page.locator('.part.sidebar .monaco-list-row');
  const documentRow = wb.treeRow(new RegExp(`^${escapeRegExp(SEED)}`));
  await wb.expand(documentRow, SEED);
  const targetsRow = await wb.childRow(documentRow, /^(目标|Targets)\b/);
  await wb.expand(targetsRow, `${SEED} › Targets`);
  const item = await wb.pin(wb.treeRowAt((await wb.rowIndex(targetsRow)) + 1));
  const label = (await item.innerText()).split('\n')[0];
  console.log(`setting the status of: ${JSON.stringify(label.slice(0, 60))} (${(await item.getAttribute('aria-label'))?.slice(0, 60)})`);

  // Context menu → 设置状态 / Set Status, once the menu item is there; a click the menu drops (it
  // ignores clicks while it opens) is repeated, and a menu that closed is opened again.
  const menuItem = page.locator('.context-view .action-item', { hasText: /设置状态|Set Status/ }).first();
  const input = page.locator('.quick-input-widget input');
  const statusPick = page.locator('.quick-input-widget .monaco-list-row', { hasText: /已完成|Done/ }).first();
  await clickUntil(menuItem, () => statusPick.isVisible(), 'Set Status from the context menu', {
    before: async () => {
      if (await menuItem.isVisible()) return;
      await item.click({ button: 'right' });
      await menuItem.waitFor();
    },
  });

  // Quick pick: 已完成 / Done; then owner, note, due (kept empty), each once its prompt is shown.
  const message = page.locator('.quick-input-widget .quick-input-message');
  const ownerPrompt = message.filter({ hasText: /责任单位/ });
  await clickUntil(statusPick, () => ownerPrompt.isVisible(), 'pick Done');
  for (const [prompt, value] of [[/责任单位/, OWNER], [/备注/, NOTE], [/YYYY/, '']]) {
    await message.filter({ hasText: prompt }).waitFor();
    await input.fill(value);
    await page.keyboard.press('Enter');
  }
  await input.waitFor({ state: 'hidden' });

  const ledger = join(wb.workspace, '.policy', 'ledger.yaml');
  let text = '';
  await until(() => existsSync(ledger) && (text = readFileSync(ledger, 'utf8')).includes(OWNER), 'the ledger file to hold the owner').catch(() => {});
  console.log(`ledger file:\n${text}`);
  assert.match(text, /^\s+status: done$/m);
  assert.ok(text.includes(`owner: ${OWNER}`), 'owner written');
  assert.ok(text.includes(`note: ${NOTE}`), 'note written');

  // The tree row shows the owner in its description.
  await rows.filter({ hasText: OWNER }).first().waitFor();
  await page.mouse.move(700, 500); // no tooltip over the screenshot
  await page.waitForTimeout(300); // let the row finish drawing for the screenshot
  await wb.screenshot('ledger-set-status');
  assert.deepEqual(wb.errors.filter((e) => /policy|政策/i.test(e)), [], 'page errors from the extension');
} catch (error) {
  console.log(`failure screenshot: ${await wb.failureScreenshot('ledger')}`);
  throw error;
} finally {
  await wb.dispose();
}
