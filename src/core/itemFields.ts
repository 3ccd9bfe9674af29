// Fields that supervision lists (督办事项, 任务分工, 台账) write after an item: 责任单位：市住建局。完成时限：2026年11月底前。
// They belong to the whole item (its paragraph): the deadline dates the item's targets that name none of their own,
// and the unit is the item's actor where no clause names one.
import { findDeadlines, type DeadlineMatch } from './deadlines';
import { isTableRow, tableRows } from './tableFields';
import type { SentenceSetting } from './sections';
import { fieldMarksOf } from './sentences';
import type { Sentence } from './types';
import { isSpaceCode } from './whitespace';

export interface ItemFields {
  /** The 完成时限 (or 完成时间, 时间节点…) of the item. */
  deadline: DeadlineMatch | null;
  /** The 责任单位 (or 牵头单位, 责任部门…) of the item, as written (matching script). */
  actor: string | null;
}

const DEADLINE_WORDS = ['完成时限', '完成时间', '完成期限', '办结时限', '时限要求', '时间要求', '时间节点'];
const ACTOR_WORDS = ['牵头单位', '责任单位', '责任部门', '牵头部门', '责任主体', '承办单位', '主办单位'];
const DEADLINE_LABEL = new RegExp(`(?:${DEADLINE_WORDS.join('|')})\\s*[：:]`);
const ACTOR_LABEL = new RegExp(`(?:${ACTOR_WORDS.join('|')})\\s*[：:]\\s*`);
const LABEL_WORDS = [...DEADLINE_WORDS, ...ACTOR_WORDS];
/** Last characters of the label words, as a table by character code: most colons follow none of them. */
const LABEL_LAST = new Uint8Array(0x10000);
for (const word of LABEL_WORDS) LABEL_LAST[word.charCodeAt(word.length - 1)] = 1;
/** A unit list is at most this long. */
const MAX_ACTOR_LENGTH = 60;
/** Punctuation and blanks a unit list may end with before the field ends. */
const TRAILING = /[\s，,、]+$/;

export interface ItemFieldIndex {
  /** Fields a sentence writes itself (several items in one paragraph: …（完成时限：3月底前）；…（完成时限：6月底前）). */
  bySentence: Map<number, ItemFields>;
  /** The first field of each kind in a paragraph, for its other sentences. */
  byParagraph: Map<number, ItemFields>;
}

/**
 * The fields of each sentence and paragraph that has any (SentenceSetting.paragraph numbers the paragraphs).
 * Linear: each sentence holding a colon is matched once against each label.
 */
export function itemFieldIndex(match: string, sentences: Sentence[], settings: SentenceSetting[], year: number | null): ItemFieldIndex {
  const index: ItemFieldIndex = { bySentence: new Map(), byParagraph: new Map() };
  // The sentence scan of the text noted its bars and colons (a simplified text is its own matching text), else a
  // native search finds them: documents without a | or a label are spared a look at every sentence.
  const marks = fieldMarksOf(match);
  const hasBar = marks === null ? match.indexOf('|') !== -1 : marks.bar;
  if (hasBar && sentences.some((sentence) => isTableRow(match, sentence))) addTableFields(index, match, sentences, settings, year);
  if (!(marks === null ? hasFieldLabel(match) : someLabelBefore(match, marks.colons, marks.colonCount))) return index;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (!hasColon(sentence.text)) continue;
    const text = match.slice(sentence.start, sentence.end);
    const own: ItemFields = { deadline: labelledDeadline(match, text, sentence.start, year), actor: labelledActor(text) };
    if (own.deadline === null && own.actor === null) continue;
    index.bySentence.set(i, own);
    const paragraph = settings[i]!.paragraph;
    const first = index.byParagraph.get(paragraph);
    if (!first) index.byParagraph.set(paragraph, { ...own });
    else {
      first.deadline ??= own.deadline;
      first.actor ??= own.actor;
    }
  }
  return index;
}

/** The fields of markdown table rows whose header names 责任单位 / 完成时限 columns (tableFields.ts). */
function addTableFields(index: ItemFieldIndex, match: string, sentences: Sentence[], settings: SentenceSetting[], year: number | null): void {
  for (const { index: i, cells, columns } of tableRows(match, sentences)) {
    const deadlineCell = cells[columns.deadline];
    const actorCell = cells[columns.actor];
    const deadline = deadlineCell ? (findDeadlines(match, deadlineCell.start, deadlineCell.end, year).find((d) => d.deadline !== null) ?? null) : null;
    const actorText = actorCell ? match.slice(actorCell.start, actorCell.end) : '';
    const actor = actorText.length >= 2 && actorText.length <= MAX_ACTOR_LENGTH ? actorText : null;
    if (deadline === null && actor === null) continue;
    // The row is its own paragraph (a line): sentences after a full stop in a cell share its fields.
    index.bySentence.set(i, { deadline, actor });
    index.byParagraph.set(settings[i]!.paragraph, { deadline, actor });
  }
}

/**
 * Whether a label word, blanks (\s) and a colon occur anywhere in the text, as DEADLINE_LABEL or ACTOR_LABEL would
 * find them: found from the colons, which are rare, by a native search. A label word ends in a Han character, so
 * it ends exactly where the blanks before the colon begin.
 */
export function hasFieldLabel(match: string): boolean {
  for (const colon of ['：', ':']) {
    for (let at = match.indexOf(colon); at !== -1; at = match.indexOf(colon, at + 1)) if (labelBefore(match, at)) return true;
  }
  return false;
}

/** hasFieldLabel from the offsets of the text's colons, `colons[0, count)`. */
function someLabelBefore(match: string, colons: Int32Array, count: number): boolean {
  for (let k = 0; k < count; k++) if (labelBefore(match, colons[k]!)) return true;
  return false;
}

/** Whether a label word and blanks end at the colon at `at`. */
function labelBefore(match: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(match.charCodeAt(end - 1))) end--;
  if (end === 0 || LABEL_LAST[match.charCodeAt(end - 1)] === 0) return false;
  for (const word of LABEL_WORDS) if (end >= word.length && match.startsWith(word, end - word.length)) return true;
  return false;
}

/** The fields that apply to sentence `i`: its own, else its paragraph's. */
export function fieldsFor(index: ItemFieldIndex, i: number, paragraph: number): ItemFields | undefined {
  // Every sentence with fields of its own gives its paragraph some: most documents have none at all.
  if (index.byParagraph.size === 0) return undefined;
  const own = index.bySentence.get(i);
  const shared = index.byParagraph.get(paragraph);
  if (!own) return shared;
  return { deadline: own.deadline ?? shared?.deadline ?? null, actor: own.actor ?? shared?.actor ?? null };
}

/** Searched in the sentence's own text: a search of the document from the sentence on would make this quadratic. */
function hasColon(sentence: string): boolean {
  return COLON.test(sentence);
}

/** Either colon, in one scan of the sentence. */
const COLON = /[：:]/;

/** The first dated deadline after a deadline label in the sentence (`text` starts at `offset` in `match`). */
function labelledDeadline(match: string, text: string, offset: number, year: number | null): DeadlineMatch | null {
  const label = DEADLINE_LABEL.exec(text);
  if (!label) return null;
  const from = offset + label.index + label[0].length;
  return findDeadlines(match, from, offset + text.length, year).find((d) => d.deadline !== null) ?? null;
}

function labelledActor(text: string): string | null {
  const m = ACTOR_LABEL.exec(text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const actor = text.slice(from, fieldEnd(text, from)).replace(TRAILING, '');
  return actor.length >= 2 ? actor : null;
}

/** What ends a field value: 。；; ，, (the next field: 责任单位：市教育局，完成时限：…), ：: and line breaks. */
const FIELD_END = new Set([...'。；;，,：:\n\r'].map((c) => c.charCodeAt(0)));

/**
 * Where a field value starting at `from` ends: at a FIELD_END character, or at a closing bracket that closes the
 * bracket the field stands in ((责任单位：市住建局)), but not one inside the value (各县（区）政府).
 */
function fieldEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_ACTOR_LENGTH);
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (FIELD_END.has(c)) return i;
    if (c === 0xff08 || c === 0x28) depth++;
    else if (c === 0xff09 || c === 0x29) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}
