// Fields of a markdown table (任务分解表, 台账): a header row naming 责任单位 / 完成时限 columns makes those cells of
// every row the row's actor and deadline, as the labelled fields of itemFields.ts do in prose.
//   | 序号 | 任务内容 | 责任单位 | 完成时限 |
//   | --- | --- | --- | --- |
//   | 1 | 新建5G基站2000个 | 市工信局 | 2026年12月底 |
import type { Sentence } from './types';

/** A cell of a table row: [start, end) in the text, blanks trimmed. */
export interface Cell {
  start: number;
  end: number;
}

/** The columns a header names, by index among the row's cells (-1: none). */
export interface FieldColumns {
  deadline: number;
  actor: number;
}

const DEADLINE_HEADS = ['完成时限', '完成时间', '完成期限', '办结时限', '时限要求', '时间要求', '时间节点', '时限'];
const ACTOR_HEADS = ['牵头单位', '责任单位', '责任部门', '牵头部门', '责任主体', '承办单位', '主办单位'];
/** A separator row: pipes, dashes, colons and blanks only (| --- | :---: |). */
const SEPARATOR_ROW = /^\|[\s|:\-–—]+$/;
const PIPE = 0x7c;
/** A row is read over at most this many characters (a megabyte-long line of pipes stays linear). */
const MAX_ROW_LENGTH = 2000;

/** Whether a sentence is a table row (a line that opens with |). */
export function isTableRow(text: string, sentence: Sentence): boolean {
  return text.charCodeAt(sentence.start) === PIPE;
}

/** The cells of the row text[start, end), between its pipes, blanks trimmed. */
export function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start + 1;
  for (let i = from; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== PIPE) continue;
    if (i === end && i === from) break; // a row that ends with | has no cell after it
    let s = from;
    let e = i;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    cells.push({ start: s, end: e });
    from = i + 1;
  }
  return cells;
}

/** The field columns of a header row, or null when it names neither field or is no header. */
export function fieldColumns(text: string, cells: Cell[]): FieldColumns | null {
  const columns: FieldColumns = { deadline: -1, actor: -1 };
  cells.forEach((cell, index) => {
    const head = text.slice(cell.start, cell.end);
    if (columns.deadline < 0 && DEADLINE_HEADS.some((word) => head.includes(word))) columns.deadline = index;
    else if (columns.actor < 0 && ACTOR_HEADS.some((word) => head.includes(word))) columns.actor = index;
  });
  return columns.deadline < 0 && columns.actor < 0 ? null : columns;
}

export function isSeparatorRow(text: string, sentence: Sentence): boolean {
  return SEPARATOR_ROW.test(text.slice(sentence.start, sentence.end));
}

/**
 * For each table row under a header that names field columns, the index of the row's first sentence (a cell with
 * a full stop splits a row into several) and the row's cells with the columns. A header applies until the first
 * line that is not a row.
 */
export function tableRows(text: string, sentences: Sentence[]): Array<{ index: number; cells: Cell[]; columns: FieldColumns }> {
  const rows: Array<{ index: number; cells: Cell[]; columns: FieldColumns }> = [];
  let columns: FieldColumns | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (!isTableRow(text, sentence)) {
      if (startsLine(text, sentence.start)) columns = null;
      continue;
    }
    if (isSeparatorRow(text, sentence)) continue;
    const cells = cellsOf(text, sentence.start, lineEnd(text, sentence.start, sentence.start + MAX_ROW_LENGTH));
    // A header is a row directly followed by a separator row.
    const next = sentences[i + 1];
    if (next && isTableRow(text, next) && isSeparatorRow(text, next)) {
      columns = fieldColumns(text, cells);
      continue;
    }
    if (columns) rows.push({ index: i, cells, columns });
  }
  return rows;
}

/** Whether only blanks stand between the previous line break (or the start of the text) and `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

/** The end of the line holding `at` (before its line break), read up to `limit`. */
function lineEnd(text: string, at: number, limit: number): number {
  const last = Math.min(text.length, limit);
  for (let i = at; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return last;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}
