// UI scenario: hover 五个三 in the 晋城 seed (001_…) and see its components, both definitions and
// the conflict warning; then type 五个三 in a draft, accept the suggestion and get the full
// expansion. Screenshots: docs/screenshots/hover-wugesan.png, completion-wugesan.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../codeServer.mjs';
import { openWorkbench, until } from './harness.mjs';

const SEED = '001_edfc7fa74afdd82a.txt';

function firstOccurrence() {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli/policy-tracker.js'), 'scan', join(ROOT, 'seeds', SEED), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const slogan = JSON.parse(out).documents[0].slogans.find((s) => s.term === '五个三');
  assert.ok(slogan, 'the extractor finds 五个三');
  return slogan.occurrences[0];
}

const occurrence = firstOccurrence();
const text = readFileSync(join(ROOT, 'seeds', SEED), 'utf8').replace(/^\uFEFF/, '');
const lineStart = Math.max(text.lastIndexOf('\n', occurrence.start - 1), text.lastIndexOf('\r', occurrence.start - 1)) + 1;
const column = occurrence.start - lineStart + 2; // 1-based, one character into the term

const wb = await openWorkbench();
try {
  const { page } = wb;
  await wb.openFile(SEED);
  // Go to the occurrence (quick input `:line:column`), then show the hover from the command palette.
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${occurrence.line + 1}:${column}`);
  // The go-to-line entry describes the target position once it has parsed the input.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: String(occurrence.line + 1) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#status\\.editor\\.selection', { hasText: `${occurrence.line + 1}` }).waitFor();
  // The hover has content once the index is ready: ask for it again until it shows the components.
  const hover = page.locator('.monaco-hover', { hasText: '三大目标' });
  await until(async () => {
    if (await hover.isVisible()) return true;
    await wb.runCommand('Show or Focus Hover');
    return hover.waitFor({ timeout: 2000 }).then(() => true, () => false);
  }, 'the 五个三 hover', { timeout: 60_000 });
  const hoverText = await hover.innerText();
  console.log(`hover: ${JSON.stringify(hoverText.slice(0, 300))}`);
  for (const part of ['五个三', '三大目标', '先行区', '三大攻坚']) assert.ok(hoverText.includes(part), `hover shows ${part}`);
  await wb.screenshot('hover-wugesan');
  await page.keyboard.press('Escape');

  // A draft report in the workspace: type 全力推进五个三 (the slogan's name) and accept the suggestion.
  writeFileSync(join(wb.workspace, 'draft.txt'), '');
  await wb.openFile('draft.txt');
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.type('全力推进五个三');
  const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '五个三' }).first();
  await until(async () => {
    if (await suggestion.isVisible()) return true;
    await page.keyboard.press('Control+Space');
    return suggestion.waitFor({ timeout: 2000 }).then(() => true, () => false);
  }, 'the 五个三 suggestion', { timeout: 60_000 });
  // Move the focus to the 五个三 row with the arrow keys if it is not the first, as a person would.
  for (let i = 0; i < 20 && !/\bfocused\b/.test((await suggestion.getAttribute('class')) ?? ''); i++) await page.keyboard.press('ArrowDown');
  await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: '五个三' }).waitFor();
  await wb.screenshot('completion-wugesan');
  await page.keyboard.press('Enter');
  const lines = page.locator('.editor-instance .view-lines').first();
  const expanded = '全力推进五个三（三大目标（先行区、领跑者、桥头堡）、';
  let written = '';
  const isExpanded = async () => (written = await lines.innerText()).replace(/\s/g, '').startsWith(expanded);
  await until(isExpanded, 'the expansion in the editor').catch(() => {});
  await wb.screenshot('completion-wugesan-accepted'); // the choice between the two definitions is open
  await page.keyboard.press('Escape');
  await until(async () => (await isExpanded()) && !(await page.locator('.suggest-widget.visible').isVisible()), 'the expansion, choice closed').catch(() => {});
  console.log(`editor: ${JSON.stringify(written.slice(0, 200))}`);
  assert.ok(written.replace(/\s/g, '').startsWith(expanded), `expanded: ${written}`);
  await wb.screenshot('completion-wugesan-accepted');
} catch (error) {
  console.log(`failure screenshot: ${await wb.failureScreenshot('slogans')}`);
  throw error;
} finally {
  await wb.dispose();
}
