// How a tracked item reads in a list: the short clause around its anchor and a one-line summary
// of its value and deadline. Pure text functions shared by the tree, symbols and exports.
import type { Comparator, TrackedItem } from './types';

const CLAUSE_BREAKS = /[，,：:、。！？；!?;\r\n]/;
const MAX_LABEL = 48;

function trimEdges(text: string): string {
  return text.replace(/^[\s，,、：:；;。"“”'‘’（）()]+/, '').replace(/[\s，,、：:；;。]+$/, '').replace(/\s+/g, ' ');
}

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '「': '」', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** Drops brackets and quotes a clipped clause left without their partner (`三条底线)战略` → `三条底线战略`). */
export function dropUnbalanced(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  const drop = new Set<number>();
  chars.forEach((ch, i) => {
    if (PAIRS[ch] !== undefined) open.push(i);
    else if (CLOSERS.has(ch)) {
      const at = open.length ? open[open.length - 1]! : -1;
      if (at >= 0 && chars[at] === CLOSERS.get(ch)) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  return chars.filter((_, i) => !drop.has(i)).join('');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max) + '…';
}

/**
 * The clause (between commas) of `sentence` that holds the range [start, end) given in sentence
 * offsets, clipped to `max` characters around the anchor.
 */
export function clauseAround(sentence: string, start: number, end: number, max: number = MAX_LABEL): string {
  const from = Math.max(0, Math.min(start, sentence.length));
  const to = Math.max(from, Math.min(end, sentence.length));
  let left = from;
  while (left > 0 && !CLAUSE_BREAKS.test(sentence[left - 1]!)) left--;
  let right = to;
  while (right < sentence.length && !CLAUSE_BREAKS.test(sentence[right]!)) right++;
  // A very short clause ("到2025年,") reads better with the clause after it.
  if (right - left < 8 && right < sentence.length) {
    right++;
    while (right < sentence.length && !CLAUSE_BREAKS.test(sentence[right]!)) right++;
  }
  let clause = sentence.slice(left, right);
  if (clause.length > max) {
    const anchorAt = from - left;
    const begin = Math.max(0, Math.min(anchorAt - Math.floor(max / 3), clause.length - max));
    clause = (begin > 0 ? '…' : '') + clause.slice(begin, begin + max) + (begin + max < clause.length ? '…' : '');
  }
  const trimmed = trimEdges(dropUnbalanced(clause));
  return trimmed || clip(trimEdges(sentence), max);
}

/** The short clause that names an item in lists. */
export function itemLabel(item: TrackedItem, max: number = MAX_LABEL): string {
  const base = item.sentence.start;
  return clauseAround(item.text, item.start - base, item.end - base, max);
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '' };

/** `≥100项`, `≈5%`, `886项`; empty when the item has no value. */
export function formatValue(item: TrackedItem): string {
  if (item.kind !== 'target' || item.value === null) return '';
  return `${COMPARATOR_SIGNS[item.comparator]}${item.value}${item.unit ?? ''}`;
}

/** `2021/2025` → `2021–2025`; other deadlines as they are. */
export function formatDeadline(deadline: string | null | undefined): string {
  if (!deadline) return '';
  return deadline.replace(/^(\d{4})\/(\d{4})$/, '$1–$2');
}

/** Value and deadline, e.g. `≥100项 · 2025`. */
export function itemSummary(item: TrackedItem, deadline: string | null = item.deadline): string {
  return [formatValue(item), formatDeadline(deadline)].filter(Boolean).join(' · ');
}
