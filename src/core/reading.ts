// Reads each sentence once: its clauses and whether each states an aim (strong or weak), a result (past)
// or neither; its quantities, deadlines and actors; and the deadline it inherits from its paragraph or
// section. Targets and commitments are both built from this reading.
import { findActors, type ActorMatch } from './actor';
import { findDeadlines, type DeadlineMatch } from './deadlines';
import { fieldsFor, itemFieldIndex } from './itemFields';
import { findQuantities, type Quantity } from './quantities';
import type { SentenceSetting } from './sections';
import { ALL_KEYS } from './deadlines';
import {
  C_AMBIGUOUS,
  C_BASELINE,
  C_BOUND,
  C_COMPARISON_ONLY,
  C_CONDITION,
  C_CUMULATIVE,
  C_DRIVE,
  C_FIRM,
  C_FORECAST,
  C_GOAL_LEAD,
  C_NARRATIVE,
  C_PAST,
  C_PLAN,
  C_POSSESSION,
  C_RESULT,
  C_REVIEW_SAFE,
  C_STRONG,
  C_UNREAL,
  ClauseBuffer,
  cueBits,
  scanClauseFamilies,
} from './tense';
import type { Sentence } from './types';

export type ClauseState = 'strong' | 'weak' | 'neutral' | 'past';

export interface Clause {
  start: number;
  end: number;
  state: ClauseState;
}

export interface SentenceReading {
  sentence: Sentence;
  setting: SentenceSetting;
  clauses: Clause[];
  /** Quantities in the sentence; read on first use (a sentence without an aim needs none). */
  quantities: () => Quantity[];
  /** Deadlines that are not past. */
  deadlines: DeadlineMatch[];
  /** Deadline inherited from the item's 完成时限 field, else earlier sentences of the paragraph, else the section heading. */
  inheritedDeadline: DeadlineMatch | null;
  /** The item's 责任单位 field (itemFields.ts), for targets and commitments whose clauses name no actor. */
  fieldActor: string | null;
  /** Actors named in the sentence; read on first use (only sentences that yield an item need them). */
  actors: () => ActorMatch[];
  /** A clause of the sentence itself has a modal verb (not only an inherited reading). */
  hasModal: boolean;
  /** The sentence mentions a plan period (时期, 期间): a bare plan name then dates its quantities. */
  periodWords: () => boolean;
  /** The sentence writes a floor or ceiling into a quantity (不少于, 不超过, 至少). */
  hasBoundWord: boolean;
}

/** Clause breaks, as a table by character code (one look-up per character). */
const PERIOD_WORDS = /时期|期间/;
/** How the items of a list start. */
const LIST_ITEM = /^(?:——|—|-|\*|\+|•|·|\d{1,2}[.、．)]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+是|[①②③④⑤⑥⑦⑧⑨⑩])/;
/** A list lead without a date of its own. */
const NO_DEADLINE: DeadlineMatch = { start: 0, end: 0, deadline: null, lastYear: null, strength: 'plan', past: false };

/**
 * Whether a sentence whose clauses read as `states` can yield a target or a commitment: both need a clause that
 * states an aim (strong or weak), or a target a bound (不少于…) in a neutral clause. Only these sentences are kept.
 */
function mayYieldItem(states: readonly ClauseState[], count: number, hasBoundWord: boolean): boolean {
  for (let k = 0; k < count; k++) {
    const state = states[k]!;
    if (state === 'strong' || state === 'weak' || (hasBoundWord && state === 'neutral')) return true;
  }
  return false;
}

function someState(states: readonly ClauseState[], count: number, state: ClauseState): boolean {
  for (let k = 0; k < count; k++) if (states[k] === state) return true;
  return false;
}

function clausesOf(scan: ClauseScan, states: readonly ClauseState[]): Clause[] {
  // Sized once (a pushed array reserves room for 16 clauses, and every reading is kept to the end of extraction).
  const clauses = new Array<Clause>(scan.count);
  for (let k = 0; k < scan.count; k++) clauses[k] = { start: scan.starts[k]!, end: scan.ends[k]!, state: states[k]! };
  return clauses;
}

/**
 * The readings of the sentences that can yield a target or a commitment (mayYieldItem), in order; every sentence is
 * read, as each one's reading carries over to the next.
 */
export function readSentences(match: string, sentences: Sentence[], settings: SentenceSetting[], year: number | null): SentenceReading[] {
  const readings: SentenceReading[] = [];
  let paragraph = -1;
  let carried: ClauseState = 'neutral';
  let paragraphDeadline: DeadlineMatch | null = null;
  let listLead: DeadlineMatch | null = null;
  /** The sentence read before (a past reading carries over its ；). */
  let previousSentence: Sentence | null = null;
  const fields = itemFieldIndex(match, sentences, settings, year);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const setting = settings[index]!;
    if (setting.paragraph !== paragraph) {
      paragraph = setting.paragraph;
      // A list announced by a colon (主要预期目标是：) continues over item paragraphs (——…, 1.…, 一是…).
      const listItem: boolean = listLead !== null && LIST_ITEM.test(match.slice(sentence.start, sentence.start + 6));
      carried = listItem ? 'strong' : 'neutral';
      paragraphDeadline = listItem ? listLead : null;
      if (!listItem) listLead = null;
    }
    const scan = scanClauses(match, sentence);
    const allDeadlines = scan.deadlineKeys === 0 ? NONE : findDeadlines(match, sentence.start, sentence.end, year, scan.deadlineKeys);
    const hasPast = someDeadlinePast(allDeadlines, year);
    const deadlines = hasPast ? allDeadlines.filter((d) => !isPastDeadline(d, year)) : allDeadlines;
    const pastDeadlines = hasPast ? allDeadlines.filter((d) => isPastDeadline(d, year)) : NONE;
    const itemFields = fieldsFor(fields, index, setting.paragraph);
    // Only a modal reading carries over to the next sentence of the paragraph (the goal list after 目标是…).
    // A past reading also carries over a ；: the parts of one statement about what was done (…年均增长6.1%；…提高到68%).
    // An item whose 完成时限 field lies ahead is a task: what it states is to be done (完成投资10亿元。完成时限：…).
    const fieldDeadline = itemFields?.deadline ?? null;
    const task = fieldDeadline !== null && !isPastDeadline(fieldDeadline, year);
    const initial: ClauseState = setting.heading
      ? 'neutral'
      : task || carried === 'strong'
        ? 'strong'
        : carried === 'past' && previousSentence !== null && endsWithSemicolon(match, previousSentence)
          ? carried
          : 'neutral';
    const states = readClauses(scan, deadlines, pastDeadlines, initial, setting, year);
    const count = scan.count;
    const leadsGoals = scan.goalLead && someState(states, count, 'strong');
    carried = setting.review ? 'neutral' : leadsGoals ? 'strong' : count > 0 ? states[count - 1]! : carried;
    const hasBoundWord = (scan.allCues & C_BOUND) !== 0;
    if (mayYieldItem(states, count, hasBoundWord)) {
      const inherited = itemFields?.deadline ?? paragraphDeadline ?? setting.sectionDeadline;
      readings.push(new Reading(match, sentence, setting, clausesOf(scan, states), deadlines, inherited, itemFields?.actor ?? null, scan.modal, hasBoundWord));
    }
    // The paragraph's date for later sentences: the last deadline, but not a bare plan name (“十五五”开局之年).
    for (let i = deadlines.length - 1; i >= 0; i--) {
      const d = deadlines[i]!;
      if (d.deadline === null) continue;
      if (d.strength === 'plan' && !hasDigit(match, d.start, d.end)) continue;
      paragraphDeadline = d;
      break;
    }
    if (carried === 'strong' && endsWithColon(match, sentence)) listLead = paragraphDeadline ?? setting.sectionDeadline ?? NO_DEADLINE;
    previousSentence = sentence;
  }
  return readings;
}

const NONE: DeadlineMatch[] = [];

/** A sentence's reading; quantities and actors are read on first use (no closures per sentence). */
class Reading implements SentenceReading {
  private quantitiesRead: Quantity[] | undefined;
  private actorsRead: ActorMatch[] | undefined;

  constructor(
    private readonly match: string,
    readonly sentence: Sentence,
    readonly setting: SentenceSetting,
    readonly clauses: Clause[],
    readonly deadlines: DeadlineMatch[],
    readonly inheritedDeadline: DeadlineMatch | null,
    readonly fieldActor: string | null,
    readonly hasModal: boolean,
    readonly hasBoundWord: boolean,
  ) {}

  quantities(): Quantity[] {
    return (this.quantitiesRead ??= findQuantities(this.match, this.sentence.start, this.sentence.end));
  }

  actors(): ActorMatch[] {
    return (this.actorsRead ??= findActors(this.match, this.sentence.start, this.sentence.end));
  }

  periodWords(): boolean {
    return PERIOD_WORDS.test(this.sentence.text);
  }
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// Read in the matching script (its punctuation is the text's): the sentence's own string is not touched.
function endsWithSemicolon(match: string, sentence: Sentence): boolean {
  const c = match.charCodeAt(sentence.end - 1);
  return c === 0xff1b || c === 59;
}

function endsWithColon(match: string, sentence: Sentence): boolean {
  const c = match.charCodeAt(sentence.end - 1);
  return c === 0xff1a || c === 58;
}

/** Some deadline among deadlines[0, to) (not past ones) lies ahead: a due date (到2030年) or a period after the document year. */
function deadlineAhead(deadlines: DeadlineMatch[], to: number, year: number | null): boolean {
  for (let k = 0; k < to; k++) {
    const d = deadlines[k]!;
    if (d.strength === 'by' || (year !== null && d.lastYear !== null && d.lastYear > year)) return true;
  }
  return false;
}

function someDeadlinePast(deadlines: DeadlineMatch[], year: number | null): boolean {
  for (const d of deadlines) if (isPastDeadline(d, year)) return true;
  return false;
}

/** A deadline that the text marks as past, or that ended before the document year. */
export function isPastDeadline(d: DeadlineMatch, year: number | null): boolean {
  return d.past || (year !== null && d.lastYear !== null && d.lastYear < year);
}

/** The clauses of the sentence being read. Its arrays are reused for the next sentence (extraction is synchronous). */
interface ClauseScan {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each clause's cues as tense.ts C_* bits. */
  cues: Int32Array;
  /** The cues of all clauses together. */
  allCues: number;
  /** Deadline key words seen anywhere in the sentence (findDeadlines skips patterns without theirs). */
  deadlineKeys: number;
  /**
   * The sentence's subject is the nation or the world (中国, 我国, 全国, 全球, 世界). Read only where it matters: a
   * sentence whose modal verbs are all of prediction (将, 预期); false for the others.
   */
  opensWithNation: boolean;
  /** Set by readClauses: a clause has a modal verb. */
  modal: boolean;
  /** Set by readClauses: a clause names goals (目标, 任务是). */
  goalLead: boolean;
}

const NATION = ['中国', '我国', '全国', '全球', '世界'];
/** First characters of NATION, as a table by character code (a look-up for every sentence). */
const NATION_FIRST = new Uint8Array(0x10000);
for (const w of NATION) NATION_FIRST[w.charCodeAt(0)] = 1;

function opensWithNation(match: string, sentence: Sentence): boolean {
  if (NATION_FIRST[match.charCodeAt(sentence.start)] === 0) return false;
  for (const word of NATION) if (match.startsWith(word, sentence.start)) return true;
  return false;
}

const clauseBuffer = new ClauseBuffer();
/** The scan of the sentence being read (one object, refilled for every sentence). */
const clauseScan: ClauseScan = { count: 0, starts: clauseBuffer.starts, ends: clauseBuffer.ends, cues: new Int32Array(16), allCues: 0, deadlineKeys: 0, opensWithNation: false, modal: false, goalLead: false };

/** Clauses and their cues: one pass over the sentence's characters, into buffers reused for every sentence. */
function scanClauses(match: string, sentence: Sentence): ClauseScan {
  clauseBuffer.clear();
  scanClauseFamilies(match, sentence.start, sentence.end, clauseBuffer);
  const { count, starts, ends, families } = clauseBuffer;
  const scan = clauseScan;
  if (scan.cues.length < count) scan.cues = new Int32Array(starts.length);
  let deadlineKeys = 0;
  let allCues = 0;
  for (let k = 0; k < count; k++) {
    const f = families[k]!;
    deadlineKeys |= f & ALL_KEYS;
    const cues = cueBits(match, starts[k]!, ends[k]!, f);
    scan.cues[k] = cues;
    allCues |= cues;
  }
  scan.count = count;
  scan.starts = starts;
  scan.ends = ends;
  scan.allCues = allCues;
  scan.deadlineKeys = deadlineKeys;
  scan.opensWithNation = (allCues & (C_STRONG | C_FIRM)) === C_STRONG && opensWithNation(match, sentence);
  return scan;
}

/** The states readClauses gives the clauses of the sentence being read (refilled for every sentence). */
const clauseStates: ClauseState[] = [];

/** The state of each clause of the scan (in clauseStates); sets the scan's `modal` and `goalLead`. */
function readClauses(
  scan: ClauseScan,
  deadlines: DeadlineMatch[],
  pastDeadlines: DeadlineMatch[],
  initial: ClauseState,
  setting: SentenceSetting,
  year: number | null,
): ClauseState[] {
  const states = clauseStates;
  let previous = initial;
  // Deadlines are sorted and clauses come in order: two cursors keep this linear.
  let next = 0;
  let nextPast = 0;
  // Some clause reads as past, and not as a mere baseline (在…基础上).
  let pastClause = false;
  for (let k = 0; k < scan.count; k++) {
    const cues = scan.cues[k]!;
    const clauseStart = scan.starts[k]!;
    const i = scan.ends[k]!;
    while (next < deadlines.length && deadlines[next]!.start < clauseStart) next++;
    let end = next;
    while (end < deadlines.length && deadlines[end]!.start < i) end++;
    while (nextPast < pastDeadlines.length && pastDeadlines[nextPast]!.start < clauseStart) nextPast++;
    const hasPastDeadline = nextPast < pastDeadlines.length && pastDeadlines[nextPast]!.start < i;
    const state = clauseState(cues, clauseStart, previous, deadlines, next, end, hasPastDeadline, setting, year);
    next = end;
    states[k] = state;
    pastClause ||= state === 'past' && (cues & C_BASELINE) === 0;
    // A baseline (在…基础上) is past itself but introduces what follows.
    previous = state === 'past' && (cues & C_BASELINE) !== 0 ? 'neutral' : state;
  }
  // Whether some clause has each cue: the cues of all clauses together say it.
  const all = scan.allCues;
  const modal = (all & C_STRONG) !== 0;
  const narrative = (all & C_NARRATIVE) !== 0;
  const forecast = (all & C_FORECAST) !== 0;
  const condition = (all & C_CONDITION) !== 0;
  const unreal = (all & C_UNREAL) !== 0;
  // A narrating sentence (…了, 已…) without a modal verb reports what happened, all of it.
  // An estimate by others (据…测算…) is not the author's aim. A sentence with a past clause (not a mere
  // baseline), no modal verb and no date ahead reports what happened, all of it.
  const reportsPast = !modal && deadlines.length === 0 && pastClause;
  // 如果…也不敢想象…: what would have happened otherwise, i.e. what was done.
  const counterfactual = condition && unreal;
  // A sentence that opens with what its subject has (学院拥有…，以及…30余个基地) describes, unless it sets a date or a modal.
  // (培育拥有自主品牌的企业20家 has a plan verb: 拥有 there qualifies what is to be built.)
  const first = scan.count > 0 ? scan.cues[0]! : 0;
  const describes = !modal && deadlines.length === 0 && (first & C_POSSESSION) !== 0 && (first & (C_PLAN | C_DRIVE)) === 0;
  // 中国…人口到2025年将达到…: what the nation or the world will come to is a projection, not the author's aim.
  const projection = modal && scan.opensWithNation && (all & C_FIRM) === 0;
  if ((narrative && !modal) || forecast || reportsPast || counterfactual || describes || projection) for (let k = 0; k < scan.count; k++) states[k] = 'past';
  scan.modal = modal;
  scan.goalLead = (all & C_GOAL_LEAD) !== 0;
  return states;
}

function clauseState(
  cues: number,
  start: number,
  previous: ClauseState,
  deadlines: DeadlineMatch[],
  from: number,
  to: number,
  hasPastDeadline: boolean,
  setting: SentenceSetting,
  year: number | null,
): ClauseState {
  // A modal verb states an aim even next to a past word (要比上年增长5%, 力争取得突破); 了 still narrates,
  // and after a past clause 争取 means "obtained" (2019年引进项目447个，争取资金1.03亿元).
  const modal = (cues & C_STRONG) !== 0 && !((cues & C_AMBIGUOUS) !== 0 && previous === 'past') && (!setting.review || (cues & C_REVIEW_SAFE) !== 0);
  if (modal && (cues & C_NARRATIVE) === 0) return 'strong';
  // A comparison with last year is the base of an aim in a plan (地区生产总值比上年增长5%左右).
  if ((cues & C_COMPARISON_ONLY) !== 0 && (previous === 'strong' || (setting.plan && !setting.review))) return previous === 'strong' ? 'strong' : 'weak';
  // Without a modal verb a past word wins over plan verbs (已经出台的…, 截至目前建成…).
  if ((cues & C_PAST) !== 0) return 'past';
  if (hasPastDeadline) return modal && !setting.review ? 'strong' : 'past';
  // A running total (累计建成…) reports a result, unless a date ahead in the sentence so far makes it a
  // cumulative aim (“十五五”期间累计新增…, 到2030年累计完成…) or it continues an aim.
  if ((cues & C_CUMULATIVE) !== 0 && !modal) {
    if (previous === 'strong' || deadlineAhead(deadlines, to, year)) return 'strong';
    return 'past';
  }
  let future = false;
  for (let k = from; k < to && !future; k++) {
    const d = deadlines[k]!;
    future = d.strength === 'by' || (d.strength !== 'plan' && year !== null && d.lastYear !== null && d.lastYear > year);
  }
  if (modal || future) return 'strong';
  const weak = (cues & (C_PLAN | C_DRIVE)) !== 0;
  if (weak) {
    if (previous === 'past' || previous === 'strong') return previous;
    return setting.review ? 'neutral' : 'weak';
  }
  // A clause that opens with a current time (今年实现…, 9月实现招生) is read on its own.
  let opensWithTime = false;
  for (let k = from; k < to && !opensWithTime; k++) opensWithTime = deadlines[k]!.start - start <= 2 && deadlines[k]!.strength !== 'plan';
  if (opensWithTime) {
    if (setting.review) return 'neutral';
    if (previous === 'strong') return 'strong';
    return (cues & C_RESULT) !== 0 ? 'weak' : previous === 'past' ? 'neutral' : previous;
  }
  if (previous === 'weak' && (cues & C_RESULT) !== 0 && !setting.plan) return 'neutral';
  if (previous === 'neutral' && setting.plan && !setting.review) return 'weak';
  return previous;
}
