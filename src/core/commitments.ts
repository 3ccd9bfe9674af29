// Commitments: forward-looking concrete actions with no measure (要/将/确保/力争/加快/推进/完成… + object).
// One per sentence that states an aim, names a concrete action, and yields no target; exhortation
// (要把握大势, 统一思想) and results are left out.
import { findActors } from './actor';
import type { IdAllocator } from './ids';
import type { Clause, SentenceReading } from './reading';
import { deadlineFor } from './targets';
import { TwoCharWords } from './twoCharWords';
import type { Commitment, Target } from './types';

const CONCRETE_ACTION = new TwoCharWords(
  '完成|建成|建设|新建|改造|实施|推进|推动|启动|开工|投产|出台|制定|印发|编制|建立|健全|完善|落实|开展|组织|申报|推出|取消|精简|清理|排查|整治|整改|上线|招聘|培育|打造|构建|引进|创建|争创|举办|召开|部署|修订|设立|成立|实行|推广|搬迁|治理|修复|提升|扩大|优化|深化|加强|加快|报送|上报|提交'.split('|'),
);
/** Exhortation words; also 增强…意识 with at most six characters (no line break) between (isExhortation). */
const EXHORTATION_WORDS = '把握|认清|认识到|统一思想|坚定信心|解放思想|提高站位|高度重视|深刻领会|充分认识|牢固树立|弘扬|发扬|不辜负|切实负起'.split('|');
/** The first two characters of each exhortation word: where one may start. */
const EXHORTATION_START = new TwoCharWords([...EXHORTATION_WORDS, '增强'].map((w) => w.slice(0, 2)));
/** The exhortation words by their first character (a start found is compared with those only). */
const EXHORTATION_BY_FIRST = new Map<number, string[]>();
for (const w of EXHORTATION_WORDS) {
  const first = w.charCodeAt(0);
  EXHORTATION_BY_FIRST.set(first, [...(EXHORTATION_BY_FIRST.get(first) ?? []), w]);
}
const NO_WORDS: string[] = [];
/** Deliverables that make a sentence more than exhortation. */
const DELIVERABLE = new TwoCharWords('完成|建成|出台|制定|印发|申报|开工|上线'.split('|'));
const MIN_LENGTH = 8;
/** Punctuation that closes a sentence (a line without it is a title or caption). */
const CLOSING = new Uint8Array(0x10000);
for (const c of '。；;！!') CLOSING[c.charCodeAt(0)] = 1;

export function extractCommitments(match: string, readings: SentenceReading[], targets: Target[], ids: IdAllocator): Commitment[] {
  const commitments: Commitment[] = [];
  let t = 0;
  for (const reading of readings) {
    // The tests are independent: the one on the reading itself (most sentences have no modal) comes first.
    if (!reading.hasModal || reading.setting.review) continue;
    const s = reading.sentence;
    if (s.end - s.start < MIN_LENGTH) continue;
    if (reading.setting.heading && reading.setting.heading.end >= s.end - 1) continue;
    // A line without closing punctuation is a title or caption, not a commitment. Read in the matching script (its
    // punctuation is the text's), which is read anyway: the sentence's own string is not touched.
    if (CLOSING[match.charCodeAt(s.end - 1)] === 0) continue;
    while (t < targets.length && targets[t]!.start < s.start) t++;
    if (t < targets.length && targets[t]!.start < s.end) continue;
    // The first clause that states an aim with a modal, and no look back before it.
    const from = strongStart(reading.clauses);
    if (from < 0) continue;
    if (!CONCRETE_ACTION.occursIn(match, from, s.end)) continue;
    if (isExhortation(match, from, s.end) && !DELIVERABLE.occursIn(match, from, s.end)) continue;
    ids.startSentence(s.text);
    commitments.push({
      id: ids.nextIn('commitment', s.text, 0, 0),
      kind: 'commitment',
      text: s.text,
      start: s.start,
      end: s.end,
      line: s.line,
      sentence: { start: s.start, end: s.end, line: s.line },
      // The sentence is the item: a date anywhere in it (将于5月中旬开展…) is its deadline, the last one if several.
      deadline: deadlineFor(reading, s.end)?.deadline ?? null,
      // Only the first actor is needed (reading.actors() would read them all; no target of this sentence did).
      actor: findActors(match, s.start, s.end, 1)[0]?.actor ?? reading.fieldActor,
    });
  }
  return commitments;
}

/** Where the first strong clause starts, or -1 when there is none or a past clause starts before it. */
function strongStart(clauses: Clause[]): number {
  let strong = -1;
  for (const c of clauses) {
    if (c.state === 'strong') {
      strong = c.start;
      break;
    }
  }
  if (strong < 0) return -1;
  for (const c of clauses) if (c.state === 'past' && c.start < strong) return -1;
  return strong;
}

/**
 * Whether text[from, to) holds an exhortation: what /把握|认清|…|增强.{0,6}意识|…/ finds, read by character code
 * (a regex alternation tries every word at every position).
 */
export function isExhortation(text: string, from: number, to: number): boolean {
  for (let i = EXHORTATION_START.firstIn(text, from, to); i >= 0; i = EXHORTATION_START.firstIn(text, i + 1, to)) {
    for (const w of EXHORTATION_BY_FIRST.get(text.charCodeAt(i)) ?? NO_WORDS) if (i + w.length <= to && text.startsWith(w, i)) return true;
    if (i + 4 <= to && text.startsWith('增强', i) && awarenessWithin(text, i + 2, to)) return true;
  }
  return false;
}

/** 意识 starts at most six characters after `at`, none of them a line terminator (what `.` matches). */
function awarenessWithin(text: string, at: number, to: number): boolean {
  for (let j = at; j <= at + 6 && j + 2 <= to; j++) {
    if (j > at && isLineTerminator(text.charCodeAt(j - 1))) return false;
    if (text.startsWith('意识', j)) return true;
  }
  return false;
}

function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
