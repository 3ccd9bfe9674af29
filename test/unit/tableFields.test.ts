// Markdown tables whose header names 责任单位 / 完成时限 columns (任务分解表): the cells are each row's fields.
// Sentences written for this test, not taken from any seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';
import { cellsOf } from '../../src/core/tableFields';

function targets(text: string): string[] {
  return extractDocument(`<!-- policy-year: 2026 -->\n${text}`, { uri: 'table.md' }).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}|${t.actor ?? ''}`);
}

const HEADER = '| 序号 | 任务内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n';

test('cells lie between the pipes, blanks trimmed', () => {
  const row = '| 1 |  新建5G基站 | 市工信局|';
  assert.deepEqual(cellsOf(row, 0, row.length).map((c) => row.slice(c.start, c.end)), ['1', '新建5G基站', '市工信局']);
  const open = '| a | b';
  assert.deepEqual(cellsOf(open, 0, open.length).map((c) => open.slice(c.start, c.end)), ['a', 'b']);
});

test('each row takes its deadline and actor from the columns its header names', () => {
  const table = `${HEADER}| 1 | 新建5G基站2000个 | 市工信局 | 2026年12月底 |\n| 2 | 改造农村危房300户 | 市住建局 | 2026年9月底 |\n`;
  assert.deepEqual(targets(table), ['2000个|2026-12-31|市工信局', '300户|2026-09-30|市住建局']);
});

test('a full stop inside a cell does not separate the row from its fields; a line of prose ends the table', () => {
  const table = `${HEADER}| 1 | 完成规划编制。新建公园12个 | 市城管局 | 2026年6月底 |\n全年新建口袋公园20个。\n| 2 | 新建公园8个 | 市住建局 | 2026年9月底 |\n`;
  assert.deepEqual(targets(table), ['12个|2026-06-30|市城管局', '20个|2026|', '8个||']);
});

test('a table whose header names no field column gives its rows no fields', () => {
  const table = '| 序号 | 任务内容 | 备注 |\n| --- | --- | --- |\n| 1 | 新建5G基站2000个 | 市工信局 |\n';
  assert.deepEqual(targets(table), ['2000个||']);
});
