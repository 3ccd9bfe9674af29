// UI scenario: a person opens the 政策追踪 view, expands the 晋城 document (001_…), expands 目标
// and clicks the first target; the editor opens with exactly that target's anchor selected
// (read from the status bar's cursor/selection indicator). Then each grouping is chosen from the
// view's title menu and photographed: docs/screenshots/tree-by-{document,deadline,slogan}.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../codeServer.mjs';
import { openWorkbench, clickUntil, escapeRegExp, until } from './harness.mjs';

const SEED = '001_edfc7fa74afdd82a.txt';

/** The first target the extractor finds in the seed (the CLI runs the same core code). */
function firstTarget() {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli/policy-tracker.js'), 'scan', join(ROOT, 'seeds', SEED), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const target = JSON.parse(out).documents[0].targets[0];
  assert.ok(target, 'the extractor finds a target in the 晋城 seed');
  return target;
}

/** 1-based line and column of a UTF-16 offset, as VS Code's status bar shows them. */
function position(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line: line + 1, column: offset - lineStart + 1 };
}

const target = firstTarget();
const text = readFileSync(join(ROOT, 'seeds', SEED), 'utf8').replace(/^\uFEFF/, '');
const end = position(text, target.end);

const wb = await openWorkbench();
try {
  const { page } = wb;
  const sidebar = await wb.openView();
  await wb.waitForIndex();

  // Expand exactly the 晋城 document (its row's accessible name starts with the file name), then its
  // 目标 / Targets row, then click the first target under it, checked by its accessible name.
  const documentRow = wb.treeRow(new RegExp(`^${escapeRegExp(SEED)}`));
  await wb.expand(documentRow, SEED);
  const targetsRow = await wb.childRow(documentRow, /^(目标|Targets)\b/);
  await wb.expand(targetsRow, `${SEED} › Targets`);
  const firstItem = wb.treeRowAt((await wb.rowIndex(targetsRow)) + 1);
  const itemName = (await firstItem.getAttribute('aria-label')) ?? '';
  console.log(`clicking: ${JSON.stringify(itemName.slice(0, 80))}`);
  assert.ok(itemName.endsWith(`: ${target.text}`), `the first row under ${SEED} › Targets is the first target: ${itemName}`);
  const tab = page.locator('.tabs-container .tab', { hasText: SEED }).first();
  await clickUntil(await wb.pin(firstItem), () => tab.isVisible(), `open the first target of ${SEED}`);

  // The editor opens with the anchor selected: the status bar shows the cursor at its end and its length.
  const indicator = page.locator('#status\\.editor\\.selection');
  await indicator.waitFor();
  const expectedLength = target.end - target.start;
  const expected = [end.line, end.column, expectedLength];
  let shown = '';
  await until(async () => {
    shown = await indicator.innerText();
    return JSON.stringify(shown.match(/\d+/g)?.map(Number).slice(0, 3)) === JSON.stringify(expected);
  }, `the status bar to show ${expected}`).catch(() => {});
  console.log(`status bar: ${JSON.stringify(shown)}; expected line ${end.line}, column ${end.column}, ${expectedLength} selected`);
  const numbers = shown.match(/\d+/g)?.map(Number) ?? [];
  assert.deepEqual(numbers.slice(0, 3), expected, `selection indicator ${shown}`);
  await page.waitForTimeout(300);
  await wb.screenshot('tree-by-document');

  // The other groupings, chosen through the command palette (same commands as the title menu).
  // Offline code-server has no Chinese language pack, so the UI language may be English.
  const chinese = /政策追踪/.test(await sidebar.locator('.composite.title').innerText());
  const titles = chinese
    ? { deadline: '政策追踪: 按期限分组', slogan: '政策追踪: 按提法分组', document: '政策追踪: 按文件分组' }
    : { deadline: 'Policy Tracker: Group by Deadline', slogan: 'Policy Tracker: Group by Slogan', document: 'Policy Tracker: Group by Document' };
  for (const name of ['deadline', 'slogan']) {
    await wb.runCommand(titles[name]);
    const expected = name === 'deadline' ? /已逾期|天内|今年内|以后|无期限|Overdue|Due within|This year|Later|No deadline/ : /\S/;
    const first = sidebar.locator('.monaco-list-row[aria-level="1"]').filter({ hasText: expected }).first();
    // The slogan grouping is empty until slogan detection finds something; then the view shows a message.
    await first.or(sidebar.locator('.message', { hasText: /此分组|this grouping/ })).first().waitFor();
    if ((await first.count()) && (await first.getAttribute('aria-expanded', { timeout: 2000 }).catch(() => null)) === 'false') await wb.expand(await wb.pin(first), `first ${name} group`);
    await page.mouse.move(700, 500); // no tooltip over the screenshot
    await page.waitForTimeout(500); // let the expansion animation finish drawing for the screenshot
    await wb.screenshot(`tree-by-${name}`);
  }
  await wb.runCommand(titles.document);
  assert.deepEqual(wb.errors.filter((e) => /policy|政策/i.test(e)), [], 'page errors from the extension');
} catch (error) {
  console.log(`failure screenshot: ${await wb.failureScreenshot('sidebar')}`);
  throw error;
} finally {
  await wb.dispose();
}
