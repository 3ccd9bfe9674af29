// UI scenario: a person clicks the 政策追踪 / Policy Tracker icon in the activity bar and sees
// the view container with its tree view. Writes docs/screenshots/activity-bar.png.
import assert from 'node:assert/strict';
import { openWorkbench, activityBarItem } from './harness.mjs';

const wb = await openWorkbench();
try {
  const { page } = wb;
  // Open a seed document first (Quick Open), so the screenshot also shows Chinese text.
  await wb.openFile('002_c05d13cea55a6877.txt');
  // The title is localised: 政策追踪 in the Chinese UI, Policy Tracker in English.
  const icon = page.locator(`${activityBarItem('政策追踪')}, ${activityBarItem('Policy Tracker')}`).first();
  await icon.waitFor();
  await wb.openView(); // clicks the icon, again if the click was dropped, until the view's title shows
  const sidebar = page.locator('.part.sidebar');
  const title = sidebar.locator('.composite.title h2');
  await assert.doesNotReject(title.filter({ hasText: /政策追踪|Policy Tracker/i }).waitFor(), 'side bar title');
  // A container with a single view hides that view's header, so look for the view pane itself.
  const header = page.locator('.pane-header', { hasText: /目标与提法|Targets & Slogans/i });
  const body = sidebar.locator('.pane', { has: header }).locator('.pane-body');
  await body.waitFor();
  const text = await body.innerText();
  console.log(`view text: ${JSON.stringify(text.slice(0, 200))}`);
  assert.equal(await icon.locator('a.action-label').getAttribute('aria-expanded') ?? 'true', 'true');
  await page.mouse.move(700, 500); // no tooltip over the screenshot
  await page.waitForTimeout(1500); // let the welcome view / tree finish drawing
  const path = await wb.screenshot('activity-bar');
  console.log(`screenshot: ${path}`);
  assert.deepEqual(wb.errors.filter((e) => /policy|政策/i.test(e)), [], 'page errors from the extension');
} catch (error) {
  console.log(`failure screenshot: ${await wb.failureScreenshot('activity-bar')}`);
  throw error;
} finally {
  await wb.dispose();
}
