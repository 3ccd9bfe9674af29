// Targets (spec §1): one record per quantity in a clause that states an aim, and one per deadline that
// governs a clause with no such quantity (a dated deliverable: 到2025年…基本建成, 7月31日前完成…).
import { actorBefore } from './actor';
import type { DeadlineMatch } from './deadlines';
import type { IdAllocator } from './ids';
import type { LineIndex } from './lines';
import { digitValue } from './numerals';
import { scanQuantities, unitAsWritten, type Quantity } from './quantities';
import type { Clause, ClauseState, SentenceReading } from './reading';
import type { Target } from './types';
import { TwoCharWords } from './twoCharWords';

export interface TargetInput {
  text: string;
  /** The matching text (simplified script, same offsets). */
  match: string;
  lines: LineIndex;
  readings: SentenceReading[];
  ids: IdAllocator;
  year: number | null;
  /** Whether a span lies inside the name of a formulation the document spells out (its counts are no targets). */
  insideName?: (start: number, end: number) => boolean;
}

/** A period or bare date only opens a deliverable at the start of its clause (今年实现…, 2030年，…建成). */
const CLAUSE_OPENING = /^(?:[一二三四五六七八九十]+是|其中|同时|并|到|在|于|至|力争|争取|确保|计划|预计|我们要|要)?$/;
/** What a dated deliverable is: something built, finished, reached or started (not 坚定信心, 列为…之一). */
const DELIVERABLE_VERB = new TwoCharWords(
  '建成|完成|实现|开工|投产|竣工|投用|建设|启动|出台|制定|印发|推出|达到|脱贫|覆盖|上线|招生|入住|入驻|搬迁|改造|申报|验收|通车|运营|完工|封顶|挂牌|成立|落地|基本|全面|交付|提交|报送|部署|召开|举办|到位|清零|摘帽'.split('|'),
);
/** Plan and document names carry a period as a label, not a deadline: 三年行动方案(2020—2022). */
const LABEL_BEFORE = /(?:方案|规划|计划|纲要|意见|行动)[（(《“]?$/;

export function extractTargets(input: TargetInput): Target[] {
  const targets: Target[] = [];
  for (const reading of input.readings) {
    // Without a clause that states an aim, the sentence has neither quantity targets nor deliverables,
    // unless it sets a bound (不少于100个) in a clause that is not a look back.
    const bounded = mayBound(reading);
    const candidates = quantitiesInAimClauses(input.match, reading, bounded);
    if (candidates === null) continue;
    const quantityTargets = candidates.length === 0 ? NO_QUANTITIES : quantityTargetsOf(input, reading, candidates, bounded);
    if (quantityTargets.length === 0 && reading.deadlines.length === 0) continue;
    // The sentence is hashed once, and only when it yields a target.
    let started = false;
    for (const q of quantityTargets) {
      if (!started) started = startSentence(input, reading);
      targets.push(quantityTarget(input, reading, q));
    }
    for (let i = 0; i < reading.deadlines.length; i++) {
      if (!isDeliverable(input.match, reading, i, quantityTargets, input.year)) continue;
      if (!started) started = startSentence(input, reading);
      targets.push(deadlineTarget(input, reading, reading.deadlines[i]!));
    }
  }
  sortByStart(targets);
  return targets;
}

const NO_QUANTITIES: readonly Quantity[] = [];

/** Starts the sentence's ids (makeTarget's ids.nextIn); true. */
function startSentence(input: TargetInput, reading: SentenceReading): true {
  input.ids.startSentenceIn(input.text, reading.sentence.start, reading.sentence.end);
  return true;
}

/** The candidates (quantitiesInAimClauses) that state an aim, are no part of a divided set and lie in no spelled-out name. */
function quantityTargetsOf(input: TargetInput, reading: SentenceReading, candidates: readonly Quantity[], bounded: boolean): Quantity[] {
  const quantityTargets: Quantity[] = [];
  let partsFrom = UNREAD;
  for (const q of candidates) {
    if (!statesAim(input.match, reading, q, bounded)) continue;
    if (mayCountParts(reading, q)) {
      if (partsFrom === UNREAD) partsFrom = setOpenedAt(input.match, reading);
      if (isPartOfSet(input.match, reading, q, partsFrom)) continue;
    }
    if (input.insideName?.(q.start, q.end)) continue;
    quantityTargets.push(q);
  }
  return quantityTargets;
}

const UNREAD = -2;

/**
 * The sentence's quantities that start in a clause where a quantity can state an aim (strong or weak; also
 * neutral when the sentence sets a bound), in the order of reading.quantities(): the others never pass statesAim.
 * Null when no clause is of that kind (nor has the sentence a deliverable then). The quantity scan is restarted
 * at each such clause: no number, unit or comparator holds a clause break, so the full scan reaches the clause's
 * first character too. Only 1,200 (ASCII comma, a break, in a number) spans two clauses: after a comma that follows
 * a digit, the sentence is read whole.
 */
function quantitiesInAimClauses(match: string, reading: SentenceReading, bounded: boolean): readonly Quantity[] | null {
  const clauses = reading.clauses;
  let k = 0;
  while (k < clauses.length && !mayStateAim(clauses[k]!.state, bounded)) k++;
  if (k === clauses.length) return null;
  // The sentence is read only now: most sentences have no such clause.
  const s = reading.sentence;
  const found: Quantity[] = [];
  let i = s.start;
  let scannedTo = -1;
  for (; k < clauses.length; k++) {
    const c = clauses[k]!;
    if (!mayStateAim(c.state, bounded)) continue;
    if (numberMayGoOnOver(match, c.start - 1, s.start) && scannedTo !== c.start - 1) return reading.quantities();
    if (i < c.start) i = c.start;
    i = scanQuantities(match, i, c.end, s.end, found);
    scannedTo = c.end;
  }
  sortByStart(found);
  return found;
}

/** The character at `at` is an ASCII comma after a digit (in [from, at)): a number may go on over it (1,200; numerals.ts). */
function numberMayGoOnOver(match: string, at: number, from: number): boolean {
  return at > from && match.charCodeAt(at) === 0x2c && digitValue(match.charCodeAt(at - 1)) >= 0;
}

/** A set the sentence then divides (9个镇中，…3个…，其余5个镇…，4个乡…): its parts describe a layout. */
const SET_OPENER = /[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,4}中[，,]/;
/** 其余5个镇, 另外3家: the rest of a set already counted. */
const REST_OF_SET = /(?:其余|其他|其它|剩余|剩下|另外)$/;

/** Where a set opener ends in the sentence, or -1. */
function setOpenedAt(match: string, reading: SentenceReading): number {
  const s = reading.sentence;
  if (!s.text.includes('中')) return -1;
  const m = SET_OPENER.exec(match.slice(s.start, s.end));
  return m ? s.start + m.index + m[0].length : -1;
}

/** Only a count in 个 outside a modal clause can be a part of a set. */
function mayCountParts(reading: SentenceReading, q: Quantity): boolean {
  return q.unit !== null && q.unit.endsWith('个') && stateAt(reading, q.start) !== 'strong';
}

/** A count of the set's parts (after the opener at `partsFrom`, or after 其余). */
function isPartOfSet(match: string, reading: SentenceReading, q: Quantity, partsFrom: number): boolean {
  if (partsFrom >= 0 && q.start >= partsFrom) return true;
  return REST_OF_SET.test(match.slice(Math.max(reading.sentence.start, q.start - 2), q.start));
}

function isAim(state: ClauseState): boolean {
  return state === 'strong' || state === 'weak';
}

/** A quantity in a clause of this state may state an aim: it is one, or the sentence sets a bound and the clause is neutral. */
function mayStateAim(state: ClauseState, bounded: boolean): boolean {
  return isAim(state) || (bounded && state === 'neutral');
}

/**
 * A floor or ceiling written into the quantity (不少于100个, 不超过5%, 控制在…以内) is the wording of a
 * requirement: in a clause that neither looks back nor narrates, the quantity is an aim without a modal verb.
 */
const BOUND_PREFIX = /^(?:不少于|不低于|不小于|不超过|不高于|不多于|不大于|至少)/;

function mayBound(reading: SentenceReading): boolean {
  if (!reading.hasBoundWord) return false;
  for (const c of reading.clauses) if (c.state === 'neutral') return true;
  return false;
}

function statesAim(match: string, reading: SentenceReading, q: Quantity, bounded: boolean): boolean {
  const state = stateAt(reading, q.start);
  if (isAim(state)) return true;
  return bounded && state === 'neutral' && q.numberStart > q.start && BOUND_PREFIX.test(match.slice(q.start, q.numberStart));
}

/** Sorts spans by start, stably; most lists come in order already (a sort would copy them). */
function sortByStart(spans: Array<{ start: number }>): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.start) {
      spans.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** Index of the last item whose `key` is <= `offset` (items sorted by key), or -1. Binary search. */
function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function clauseAt(reading: SentenceReading, offset: number): Clause | null {
  const i = lastAtOrBefore(reading.clauses, offset, startOf);
  const clause = i >= 0 ? reading.clauses[i]! : null;
  return clause && offset < clause.end ? clause : null;
}

/** State of the clause holding `offset`. */
export function stateAt(reading: SentenceReading, offset: number): ClauseState {
  return clauseAt(reading, offset)?.state ?? 'neutral';
}

/**
 * The deadline for a quantity: the nearest before it in the sentence; else a period after it (取消10项…，全年拟…:
 * a span covers the sentence, while a due date after it governs what follows it); else the inherited one.
 */
export function deadlineFor(reading: SentenceReading, offset: number): DeadlineMatch | null {
  const deadlines = reading.deadlines;
  for (let i = lastAtOrBefore(deadlines, offset, endOf); i >= 0; i--) if (usable(reading, deadlines[i]!)) return deadlines[i]!;
  for (let i = lastAtOrBefore(deadlines, offset, startOf) + 1; i < deadlines.length; i++) {
    const d = deadlines[i]!;
    if (d.start > offset && usable(reading, d) && d.strength !== 'by' && d.strength !== 'point') return d;
  }
  return reading.inheritedDeadline;
}

/** A bare plan name dates a quantity only in a sentence that mentions a plan period. */
function usable(reading: SentenceReading, d: DeadlineMatch): boolean {
  return d.strength !== 'plan' || reading.periodWords();
}

function startOf(span: { start: number }): number {
  return span.start;
}

function endOf(span: { end: number }): number {
  return span.end;
}

/** Some quantity target starts in [from, to). */
function quantityStartsIn(quantities: readonly Quantity[], from: number, to: number): boolean {
  const i = lastAtOrBefore(quantities, from - 1, startOf) + 1;
  return i < quantities.length && quantities[i]!.start < to;
}

function isDeliverable(text: string, reading: SentenceReading, index: number, quantityTargets: readonly Quantity[], year: number | null): boolean {
  const d = reading.deadlines[index]!;
  if (d.strength === 'plan') return false;
  const next = reading.deadlines[index + 1];
  const governedEnd = next ? next.start : reading.sentence.end;
  if (quantityStartsIn(quantityTargets, d.end, governedEnd)) return false;
  const clause = clauseAt(reading, d.start);
  if (!clause) return false;
  // A quantity just before the deadline in the same clause is governed by it too (完成…100项，年底前).
  if (quantityStartsIn(quantityTargets, clause.start, d.start)) return false;
  const timeOnly = clause.end - clause.start <= d.end - d.start + 2;
  const state = clause.state === 'neutral' && timeOnly ? nextClauseState(reading, clause) : clause.state;
  if (!isAim(state)) return false;
  // "“十四五”时期是…" and "今年的任务" state or qualify; they do not set a due date.
  const after = text.charCodeAt(d.end);
  if (after === 0x662f || after === 0x7684) return false;
  if (LABEL_BEFORE.test(text.slice(Math.max(0, d.start - 6), d.start))) return false;
  if (!DELIVERABLE_VERB.occursIn(text, d.end, Math.min(governedEnd, d.end + MAX_GOVERNED))) return false;
  if (d.strength === 'by') return true;
  if (!CLAUSE_OPENING.test(text.slice(clause.start, d.start).trim())) return false;
  // A bare date or period of the current (or an unknown) year needs a modal, not just a plan verb.
  const future = year !== null && d.lastYear !== null && d.lastYear > year;
  return future || state === 'strong' || (d.strength === 'period' && state === 'weak' && !timeOnly);
}

/** How far after a deadline its verb is looked for. */
const MAX_GOVERNED = 120;

function nextClauseState(reading: SentenceReading, clause: Clause): ClauseState {
  const i = reading.clauses.indexOf(clause);
  const next = reading.clauses[i + 1];
  return next ? next.state : 'neutral';
}

/** Value, unit and comparator of a target; a dated deliverable has none. */
type Measure = Pick<Target, 'value' | 'unit' | 'comparator'>;
const NO_MEASURE: Measure = { value: null, unit: null, comparator: '=' };

function quantityTarget(input: TargetInput, reading: SentenceReading, q: Quantity): Target {
  const measure: Measure = { value: q.value, unit: unitAsWritten(input.text, q), comparator: q.comparator };
  return makeTarget(input, reading, q, measure, deadlineFor(reading, q.start)?.deadline ?? null);
}

function deadlineTarget(input: TargetInput, reading: SentenceReading, d: DeadlineMatch): Target {
  return makeTarget(input, reading, d, NO_MEASURE, d.deadline);
}

/** The target at `at`; its sentence's ids are started (startSentence). */
function makeTarget(input: TargetInput, reading: SentenceReading, at: { start: number; end: number }, measure: Measure, deadline: string | null): Target {
  const anchor = input.text.slice(at.start, at.end);
  const s = reading.sentence;
  return {
    id: input.ids.nextIn('target', input.text, at.start, at.end),
    kind: 'target',
    anchor,
    start: at.start,
    end: at.end,
    line: input.lines.lineAt(at.start),
    text: s.text,
    sentence: { start: s.start, end: s.end, line: s.line },
    // Written out, not spread (a spread copies the properties one by one at run time); same order.
    value: measure.value,
    unit: measure.unit,
    comparator: measure.comparator,
    deadline,
    actor: actorBefore(reading.actors(), at.start) ?? reading.fieldActor,
  };
}
