// Tense and modality of a clause: is it a plan, requirement, pledge or expected value (forward), a result,
// history, background statistic or outside forecast (past), or neither (neutral)? Cue words only; the
// caller combines clauses, sentences and sections. Every pattern is a plain alternation (linear).

import { ALL_KEYS, DEADLINE_KEY_WORDS, KEY_RANGE, RANGE_AFTER, RANGE_DIGITS } from './deadlines';

export type Tense = 'forward' | 'past' | 'neutral';

/**
 * Modal verbs and planning words: the clause states an aim (主要, 重要, 将近 are not modal, nor is the
 * disposal 将 of 努力将A转变成B / 要将A作为B, 将A列为B).
 */
const MODAL =
  /(?<![主重首必纪摘提扼只显])要(?![素点闻害])|(?<![即必])(?<!努力|积极|全力|切实|不断|主动|进一步|要|须|应|可|能|已)将(?![近领军])(?!(?:《[^》，,。；;]{0,80}》)?[^，,。；;]{0,20}?(?:作为|列为|视为|纳入|转变为|转化为|通知如下|印发给|转发给))|即将|确保|保证|力争|争取|计划|拟|力求|务必|必须|应当|预期|目标(?:是|为|：|:)|为目标|主要目标|奋斗目标|下一步(?!工作)|今后|未来|希望|到本世纪/;
/** Verbs of driving work forward: an aim in plans, but also the narrative verbs of reviews (全力推进…). */
const DRIVE = /努力|逐步|着力|力促|全力|加快|推进|推动|谋划|持续|深入|大力|积极/;
/** Action verbs a plan is written with: forward for their own clause unless the section is a review. */
const PLAN_VERB =
  /打造|建设|新建|再建|改建|扩建|续建|构建|实施|培育|争创|创建|规划建设|达到|提高到|提升到|提高至|提升至|增加到|增加至|增至|发展到|集聚到|降低到|降至|稳定在|控制在|保持在|形成|重点发展|解决|带动|推出|取消|精简|取缔|退让|改造|整治|抓好|开展|启动|出台|制定|建立|健全|完善|申报/;
/** Verbs that report an outcome: they break a weak (plan-verb) reading carried over from the previous clause. */
const RESULT_VERB = /实现|完成|增长|下降|新增|达|提高|提升|减少|引进|建成|投用|收入|产值|总量|规模|面积/;
/** Results, history, background and forecasts by others. */
const PAST =
  /已|近几年|近年来|多年来|例如|正在|当初|后来|位列|取得|比如|案例|为例|测算|可望|历经|共计(?!划)|连续|[一二三四五两几\d]年(?:来|间)|建成投用|投入使用|交付使用|投入运营|提前完成|截至|截止|(?<![比较])去年|(?<![比较])上年(?!同期)|过去|先后|相继|历时|此前|以来|始建|始于|建于|现有|目前|共有|荣获|获评|被评为|预测|预估|预计(?!将)|据估计|估算|基础上|曾|圆了|位居|居全|排名|陆续|前三季度|前两个月|1-\d+月|1—\d+月/;
/** A running total (累计建成…): a result, unless a date ahead makes it a cumulative aim (“十五五”期间累计新增…). */
const CUMULATIVE = /累计/;
/** Someone else's estimate or forecast. */
const FORECAST = /据.{0,12}(?:测算|预测|估计|统计|显示|分析)|预测|预估|可望|有望/;
/** A comparison with last year (比上年增长5%): past in a report, but the base of an aim in a plan. */
const COMPARISON = /同比|比上年|较上年|比去年|较去年|上年同期/;
/** Modal verbs that still point ahead inside a review (确保, 争取, 努力 narrate there: 我们确保了…). */
const REVIEW_SAFE_MODAL = /(?<![主重首必纪摘提扼只显])要(?![素点闻害])|(?<![即必])将(?![近领军])|计划|拟|下一步(?!工作)|今后|未来|预期目标/;
/** A baseline (在…基础上): past for its own clause, but it introduces the plan that follows. */
const BASELINE = /基础上/;
/** 了 as a perfective particle (not 为了, 除了, 了解). */
const PERFECTIVE = /[\u4e00-\u9fff](?<![为除])了(?![解如结却])/;

export interface ClauseCues {
  /** A modal verb (要, 将, 确保, 力争, 计划, 目标…). */
  strongForward: boolean;
  /** The only modal is one that also narrates (争取 = obtained, 努力 = worked hard). */
  ambiguousModal: boolean;
  /** A modal that points ahead even inside a review (要, 将, 计划, 今后…). */
  reviewSafeModal: boolean;
  /** The only past cue is a comparison with last year (比上年, 同比). */
  comparisonOnly: boolean;
  /** A drive verb (推进, 加快, 着力…). */
  drive: boolean;
  /** The only past cue is a baseline (在…基础上). */
  baseline: boolean;
  /** 了 or 已: the clause narrates. */
  narrative: boolean;
  /** The sentence reports someone else's estimate (据…测算, 预测, 可望). */
  forecast: boolean;
  planVerb: boolean;
  resultVerb: boolean;
  past: boolean;
  /** The clause names goals (目标, 任务是): a list after it inherits the forward reading. */
  goalLead: boolean;
  /** Deadline key words in the clause (bits of deadlines.ts ALL_KEYS). */
  deadlineKeys: number;
  /** 如果, 假如, 要不是: with `unreal` somewhere in the sentence, a counterfactual. */
  condition: boolean;
  /** 不敢想象, 就不会: the consequence of a counterfactual. */
  unreal: boolean;
  /** 拥有, 现有: the clause states what the subject has. */
  possession: boolean;
  /** A modal of will or duty (要, 确保, 力争, 计划), not only one of prediction (将, 预期). */
  firmModal: boolean;
}

// The cue families above as one lexicon keyed by first character, so a clause is read in one pass with a
// table look-up per character instead of one regex scan per family. Each word carries the lookaround of
// its pattern as a check that sees only the clause (as the patterns did on the clause alone); the regexes
// stay the definition and run only on the rare clauses that need a rewrite (争取, 基础上) or a gap (据…测算).
// Bits 0–15 are read by cueBits through two 256-entry tables (LOW_CUES, HIGH_CUES): a family added there needs its
// cue in the table builders; one whose cue needs a regex or another family belongs above bit 23 (with F_BOUND…).
const F_MODAL = 1;
const F_DRIVE = 2;
const F_PLAN = 4;
const F_RESULT = 8;
const F_PAST = 16;
const F_COMPARISON = 32;
const F_REVIEW_SAFE = 64;
const F_PERFECTIVE = 128;
const F_FORECAST_KEY = 256;
const F_ZHENGQU = 512;
const F_BASELINE_KEY = 1024;
const F_GOAL_LEAD = 2048;
const F_CONDITION = 4096;
const F_UNREAL = 8192;
const F_POSSESSION = 16384;
/** A modal of will or duty (要, 确保, 力争, 计划), not one of prediction (将, 即将, 预期, 未来). */
const F_FIRM = 32768;
/** A floor or ceiling (不少于, 不超过, 至少); bit 24: bits 16–23 are the deadline keys of deadlines.ts. */
const F_BOUND = 1 << 24;
const F_CUMULATIVE = 1 << 25;
/** A forecast word of FORECAST (预测, 预估, 可望, 有望): no regex needed, unlike its 据…测算 form (F_FORECAST_KEY). */
const F_FORECAST_WORD = 1 << 26;

/** Characters that end a clause, as a table by character code. */
export const CLAUSE_BREAK = new Uint8Array(0x10000);
for (const c of '，,：:；;。！？!?') CLAUSE_BREAK[c.charCodeAt(0)] = 1;

/**
 * Whether a cue word at `at` (length `length`) counts, seeing only its clause: [from, to) is the clause, or
 * the rest of the sentence when the clause's end is not known yet (a check then stops at a clause break).
 */
type CueCheck = (text: string, at: number, length: number, from: number, to: number) => boolean;

interface CueWord {
  word: string;
  family: number;
  check?: CueCheck;
  /** A one-character word that counts only before one of these characters (its check tests that too). */
  followedBy?: Uint8Array;
}

/** The characters as a table by character code. */
function codes(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** `word` lies in [from, to) at `at`. */
function wordAt(text: string, word: string, at: number, to: number): boolean {
  return at + word.length <= to && text.startsWith(word, at);
}

function notBefore(chars: string): CueCheck {
  const set = codes(chars);
  return (text, at, _length, from) => at <= from || set[text.charCodeAt(at - 1)] === 0;
}

function notAfterWord(word: string): CueCheck {
  return (text, at, length, _from, to) => !wordAt(text, word, at + length, to);
}

function both(a: CueCheck, b: CueCheck): CueCheck {
  return (text, at, length, from, to) => a(text, at, length, from, to) && b(text, at, length, from, to);
}

/** 需要…的 qualifies a noun (对需要安置的7户, 需要解决的问题): it is not the clause's modal. */
const XUYAO_ATTRIBUTIVE: CueCheck = (text, at, length, from, to) => {
  if (at <= from || text.charCodeAt(at - 1) !== 0x9700) return true;
  for (let i = at + length; i < Math.min(to, at + length + 6) && CLAUSE_BREAK[text.charCodeAt(i)] === 0; i++) if (text.charCodeAt(i) === 0x7684) return false;
  return true;
};
// The checks of 要 and 将 (the commonest cue words) are single functions: combined closures cost a call each.
const YAO_NOT_BEFORE = codes('主重首必纪摘提扼只显');
const YAO_NOT_AFTER = codes('素点闻害');
const YAO_CHECK: CueCheck = (text, at, length, from, to) =>
  (at <= from || YAO_NOT_BEFORE[text.charCodeAt(at - 1)] === 0) &&
  (at + length >= to || YAO_NOT_AFTER[text.charCodeAt(at + length)] === 0) &&
  XUYAO_ATTRIBUTIVE(text, at, length, from, to);
const JIANG_NOT_BEFORE = codes('即必');
const JIANG_NOT_AFTER = codes('近领军');
const JIANG_CHECK: CueCheck = (text, at, length, from, to) =>
  (at <= from || JIANG_NOT_BEFORE[text.charCodeAt(at - 1)] === 0) && (at + length >= to || JIANG_NOT_AFTER[text.charCodeAt(at + length)] === 0);
const JIANG_NOT_AFTER_WORDS = ['努力', '积极', '全力', '切实', '不断', '主动', '进一步', '要', '须', '应', '可', '能', '已'];
/** Last characters of those words: only after one of them are the words compared. */
const JIANG_NOT_AFTER_LAST = codes(JIANG_NOT_AFTER_WORDS.map((w) => w.slice(-1)).join(''));
/**
 * The disposal 将 (将A列为B, 努力将A转变成B, 现将…通知如下, 现将《…》印发给你们) is not a modal. Its object is read
 * over at most 20 characters, or over 20 after a document title 《…》 (up to MAX_TITLE characters) that opens it.
 */
const JIANG_DISPOSAL = ['作为', '列为', '视为', '纳入', '转变为', '转化为', '通知如下', '印发给', '转发给'];
/** First characters of the disposal words: the words are compared only where one of these stands. */
const JIANG_DISPOSAL_FIRST = new Uint8Array(0x10000);
for (const w of JIANG_DISPOSAL) JIANG_DISPOSAL_FIRST[w.charCodeAt(0)] = 1;
const JIANG_MODAL_CHECK: CueCheck = (text, at, length, from, to) => {
  if (!JIANG_CHECK(text, at, length, from, to)) return false;
  if (at > from && JIANG_NOT_AFTER_LAST[text.charCodeAt(at - 1)] === 1) {
    for (const w of JIANG_NOT_AFTER_WORDS) if (at - w.length >= from && text.startsWith(w, at - w.length)) return false;
  }
  if (disposalWordWithin20(text, at + 1, to)) return false;
  const title = text.charCodeAt(at + 1) === BOOK_TITLE_OPEN ? titleEnd(text, at + 1, to) : -1;
  return title < 0 || !disposalWordWithin20(text, title, to);
};

/** A disposal word starts within 20 characters of `from`, before a clause break. */
function disposalWordWithin20(text: string, from: number, to: number): boolean {
  for (let k = 0; k <= 20 && CLAUSE_BREAK[text.charCodeAt(from + k)] === 0; k++) {
    if (JIANG_DISPOSAL_FIRST[text.charCodeAt(from + k)] === 0) continue;
    for (const w of JIANG_DISPOSAL) if (wordAt(text, w, from + k, to)) return true;
  }
  return false;
}

const BOOK_TITLE_OPEN = 0x300a; // 《
const BOOK_TITLE_CLOSE = 0x300b; // 》
/** Longest document title read over (the characters between 《 and 》). */
const MAX_TITLE = 80;
/** [，,。；;] (what the MODAL pattern's title may not hold). */
const NOT_IN_TITLE = new Uint8Array(0x10000);
for (const c of '，,。；;') NOT_IN_TITLE[c.charCodeAt(0)] = 1;

/** The offset after the 》 closing the title 《 at `at` (within `to`, at most MAX_TITLE characters inside), or -1. */
function titleEnd(text: string, at: number, to: number): number {
  const last = Math.min(to, at + MAX_TITLE + 2);
  for (let i = at + 1; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === BOOK_TITLE_CLOSE) return i + 1;
    if (NOT_IN_TITLE[code] === 1) return -1;
  }
  return -1;
}
/** 了 as a perfective particle after a Han character (not 为了, 除了, 了解). */
const LE_NOT_AFTER = codes('解如结却');
const PERFECTIVE_CHECK: CueCheck = (text, at, length, from, to) => {
  if (at <= from) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0x4e00 && before <= 0x9fff && before !== 0x4e3a && before !== 0x9664 && (at + length >= to || LE_NOT_AFTER[text.charCodeAt(at + length)] === 0);
};
/** 1-3月, 1—11月: a span of months so far this year. */
const MONTH_SPAN_CHECK: CueCheck = (text, at, length, _from, to) => {
  let i = at + length;
  const digitsFrom = i;
  while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > digitsFrom && i < to && text.charCodeAt(i) === 0x6708;
};

/** A digit that may end the first year of a range (2020—2022): a separator or space follows, three digits precede. */
const RANGE_AFTER_CODES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (RANGE_AFTER.test(String.fromCharCode(c))) RANGE_AFTER_CODES[c] = 1;
const RANGE_CHECK: CueCheck = (text, at, _length, from, to) =>
  at + 1 < to && RANGE_AFTER_CODES[text.charCodeAt(at + 1)] === 1 && at - 3 >= from && isDigit(text, at - 1) && isDigit(text, at - 2) && isDigit(text, at - 3);

function isDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

function words(family: number, list: string, check?: CueCheck): CueWord[] {
  return list.split('|').map((word) => (check ? { word, family, check } : { word, family }));
}

const CUE_WORDS: CueWord[] = [
  { word: '要', family: F_MODAL | F_REVIEW_SAFE | F_FIRM, check: YAO_CHECK },
  { word: '将', family: F_MODAL, check: JIANG_MODAL_CHECK },
  { word: '将', family: F_REVIEW_SAFE, check: JIANG_CHECK },
  // 目标： never lies inside a clause (： ends one), so only 目标是/为 are words here.
  ...words(F_MODAL | F_FIRM, '确保|保证|力争|力求|务必|必须|应当|目标是|目标为|为目标|主要目标|奋斗目标'),
  ...words(F_MODAL, '即将|预期|希望|到本世纪'),
  { word: '争取', family: F_MODAL | F_ZHENGQU | F_FIRM },
  ...words(F_MODAL | F_REVIEW_SAFE | F_FIRM, '计划|拟'),
  ...words(F_MODAL | F_REVIEW_SAFE, '今后|未来'),
  { word: '下一步', family: F_MODAL | F_REVIEW_SAFE | F_FIRM, check: notAfterWord('工作') },
  ...words(F_REVIEW_SAFE, '预期目标'),
  ...words(F_DRIVE, '努力|逐步|着力|力促|全力|加快|推进|推动|谋划|持续|深入|大力|积极'),
  ...words(
    F_PLAN,
    '打造|建设|新建|再建|改建|扩建|续建|构建|实施|培育|争创|创建|规划建设|达到|提高到|提升到|提高至|提升至|增加到|增加至|增至|发展到|集聚到|降低到|降至|稳定在|控制在|保持在|形成|重点发展|解决|带动|推出|取消|精简|取缔|退让|改造|整治|抓好|开展|启动|出台|制定|建立|健全|完善|申报',
  ),
  ...words(F_RESULT, '实现|完成|增长|下降|新增|达|提高|提升|减少|引进|建成|投用|收入|产值|总量|规模|面积'),
  ...words(
    F_PAST,
    '已|近几年|近年来|多年来|例如|正在|当初|后来|位列|取得|比如|案例|为例|测算|可望|历经|连续|建成投用|投入使用|交付使用|投入运营|提前完成|截至|截止|过去|先后|相继|历时|此前|以来|始建|始于|建于|现有|目前|共有|荣获|获评|被评为|预测|预估|据估计|估算|曾|圆了|位居|居全|排名|陆续|前三季度|前两个月',
  ),
  { word: '共计', family: F_PAST, check: notAfterWord('划') },
  { word: '累计', family: F_CUMULATIVE },
  ...[...'一二三四五两几0123456789'].flatMap((n) => words(F_PAST, `${n}年来|${n}年间`)),
  { word: '去年', family: F_PAST, check: notBefore('比较') },
  { word: '上年', family: F_PAST, check: both(notBefore('比较'), notAfterWord('同期')) },
  { word: '预计', family: F_PAST, check: notAfterWord('将') },
  { word: '基础上', family: F_PAST | F_BASELINE_KEY },
  { word: '1-', family: F_PAST, check: MONTH_SPAN_CHECK },
  { word: '1—', family: F_PAST, check: MONTH_SPAN_CHECK },
  { word: '了', family: F_PERFECTIVE, check: PERFECTIVE_CHECK },
  ...words(F_COMPARISON, '同比|比上年|较上年|比去年|较去年|上年同期'),
  { word: '据', family: F_FORECAST_KEY },
  ...words(F_FORECAST_WORD, '预测|预估|可望|有望'),
  ...words(F_GOAL_LEAD, '目标|任务是|要求是|指标'),
  // A counterfactual (如果…不敢想象, 要不是…就不会) looks back at what was done.
  ...words(F_CONDITION, '如果|假如|倘若|要不是|若不是|若非'),
  ...words(F_UNREAL, '不敢想象|难以想象|无法想象|不可想象|就不会|也不会|就没有|哪有|哪会|怎么会'),
  // A subject's present holdings (学院拥有…, 现有…) describe a state, not an aim.
  ...words(F_POSSESSION, '拥有|现有'),
  // A bound written into a quantity (不少于100个): a requirement even without a modal verb (targets.ts).
  ...words(F_BOUND, '不少于|不低于|不小于|不超过|不高于|不多于|不大于|至少'),
  // Deadline key words (their bits are above the cue families): findDeadlines runs only the patterns whose keys occur.
  ...DEADLINE_KEY_WORDS.map(([word, family]): CueWord => ({ word, family })),
  ...[...RANGE_DIGITS].map((word): CueWord => ({ word, family: KEY_RANGE, check: RANGE_CHECK, followedBy: RANGE_AFTER_CODES })),
];

/**
 * Longer words whose first two characters are a common word of their own (发展, 重点, 规划, 基础…): the scan finds
 * them by their second and third characters, which stand together far less often.
 */
const FOUND_BY_SECOND = new Set([
  '发展到', '重点发展', '规划建设', '基础上', '任务是', '主要目标', '投入使用', '投入运营', '集聚到', '稳定在', '保持在',
  '控制在', '降低到', '增加到', '增加至', '奋斗目标', '怎么会', '难以想象', '无法想象', '不可想象',
]);
/** The offset in a word of the character the scan finds it by (its index character). */
function anchorOf(cue: CueWord): number {
  return FOUND_BY_SECOND.has(cue.word) ? 1 : 0;
}
function indexCode(cue: CueWord): number {
  return cue.word.charCodeAt(anchorOf(cue));
}

// Flat tables: the words found by one character are CUE_ORDER[CUE_BEGIN[code] .. CUE_BEGIN[code + 1]).
// The character after it is compared before the whole word (most index characters find several words).
const CUE_ORDER: CueWord[] = [...CUE_WORDS].sort((a, b) => indexCode(a) - indexCode(b));
const CUE_BEGIN = new Uint16Array(0x10001);
for (const cue of CUE_ORDER) CUE_BEGIN[indexCode(cue) + 1]!++;
for (let c = 1; c <= 0x10000; c++) CUE_BEGIN[c]! += CUE_BEGIN[c - 1]!;
const CUE_ANCHOR = Int32Array.from(CUE_ORDER, anchorOf);
const CUE_SECOND = Int32Array.from(CUE_ORDER, (cue) => (cue.word.length > anchorOf(cue) + 1 ? cue.word.charCodeAt(anchorOf(cue) + 1) : -1));
/** The third character of a word found by its first, the first of one found by its second. */
const CUE_OTHER = Int32Array.from(CUE_ORDER, (cue) => (anchorOf(cue) === 1 ? cue.word.charCodeAt(0) : cue.word.length > 2 ? cue.word.charCodeAt(2) : -1));
const CUE_LENGTH = Int32Array.from(CUE_ORDER, (cue) => cue.word.length);
const CUE_FAMILY = Int32Array.from(CUE_ORDER, (cue) => cue.family);
// Words and checks in arrays of their own: the cue objects differ in shape, so reading their fields is polymorphic.
const CUE_WORD = CUE_ORDER.map((cue) => cue.word);
const CUE_CHECK = CUE_ORDER.map((cue) => cue.check ?? null);
/** All families of the words a character finds: a character whose families are all found is skipped. */
const FIRST_FAMILIES = new Int32Array(0x10000);
for (const cue of CUE_ORDER) FIRST_FAMILIES[indexCode(cue)]! |= cue.family;

/**
 * Characters that start a one-character cue word (要, 将, 了…) that may stand before any character: the second
 * character cannot rule them out.
 */
const STARTS_SINGLE = new Uint8Array(0x10000);
/**
 * The first two characters of every longer cue word (and of a one-character word with the characters it must stand
 * before: a digit before a range separator), as a Bloom filter of 2^16 slots: most characters that start some cue
 * word (发 of 发展到, 大 of 大力, 2 of 2025) are not followed by a second character of any, and one look-up says so.
 * A byte per slot, not a bit: the test needs no shifts (the table is 64 KB, of which few slots are hot).
 */
const PAIR_SLOTS = new Uint8Array(0x10000);
function pairSlot(first: number, second: number): number {
  return ((first << 6) ^ second) & 0xffff;
}
function addPair(first: number, second: number): void {
  const slot = pairSlot(first, second);
  PAIR_SLOTS[slot] = 1;
}
for (const cue of CUE_ORDER) {
  const first = indexCode(cue);
  if (cue.word.length > 1) addPair(first, cue.word.charCodeAt(anchorOf(cue) + 1));
  else if (cue.followedBy === undefined) STARTS_SINGLE[first] = 1;
  else for (let next = 0; next < 0x10000; next++) if (cue.followedBy[next] === 1) addPair(first, next);
}

/** Clause breaks and the characters of STARTS_SINGLE: the scan stops at them whatever follows. */
const SINGLE_OR_BREAK = Uint8Array.from(STARTS_SINGLE, (single, code) => single | CLAUSE_BREAK[code]!);

/** What the scan passes as the character after the last one of the sentence. */
const NO_CHAR = -2;

/**
 * `found` plus the families of the cue words starting at text[i] (whose code is `code`, followed by `second`, or
 * NO_CHAR at `to`) within the clause [clauseStart, to).
 */
function addCuesAt(text: string, code: number, second: number, i: number, clauseStart: number, to: number, found: number): number {
  if (STARTS_SINGLE[code] === 0) {
    if (second < 0) return found;
    const slot = pairSlot(code, second);
    if (PAIR_SLOTS[slot] === 0) return found;
  }
  // A character whose words are all of families found already adds nothing.
  if ((FIRST_FAMILIES[code]! & ~found) === 0) return found;
  return addWordsAt(text, code, second, i, clauseStart, to, found);
}

/** addCuesAt past its filters (the clause scan applies them itself): the words text[i] finds are compared. */
function addWordsAt(text: string, code: number, second: number, i: number, clauseStart: number, to: number, found: number): number {
  const last = CUE_BEGIN[code + 1]!;
  for (let k = CUE_BEGIN[code]!; k < last; k++) {
    if ((CUE_FAMILY[k]! & ~found) === 0) continue;
    const want = CUE_SECOND[k]!;
    if (want !== -1 && want !== second) continue;
    const at = i - CUE_ANCHOR[k]!;
    if (at === i) {
      // The third character rules out most longer words (提高 is common, 提高到 is not) before the word is compared.
      if (CUE_LENGTH[k]! > 2 && !(i + 2 < to && text.charCodeAt(i + 2) === CUE_OTHER[k] && wordAt(text, CUE_WORD[k]!, i, to))) continue;
    } else if (at < clauseStart || text.charCodeAt(at) !== CUE_OTHER[k] || !wordAt(text, CUE_WORD[k]!, at, to)) continue;
    const check = CUE_CHECK[k]!;
    if (check !== null && !check(text, at, CUE_LENGTH[k]!, clauseStart, to)) continue;
    found |= CUE_FAMILY[k]!;
  }
  return found;
}

/** The cue families found in text[from, to): one pass, one table look-up per character. */
export function cueFamilies(text: string, from: number, to: number): number {
  let found = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (FIRST_FAMILIES[code] !== 0) found = addCuesAt(text, code, i + 1 < to ? text.charCodeAt(i + 1) : NO_CHAR, i, from, to, found);
  }
  return found;
}

/** Clause bounds and cue families of one sentence, in typed arrays reused from sentence to sentence. */
export class ClauseBuffer {
  count = 0;
  starts: Int32Array = new Int32Array(16);
  ends: Int32Array = new Int32Array(16);
  families: Int32Array = new Int32Array(16);

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, families: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.families[this.count] = families;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, size);
    this.ends = grown(this.ends, size);
    this.families = grown(this.families, size);
  }
}

function grown(values: Int32Array, size: number): Int32Array {
  const copy = new Int32Array(size);
  copy.set(values);
  return copy;
}

/**
 * One pass over text[from, to): the clauses (ended by CLAUSE_BREAK characters) are added to `out` with their cue
 * families. The same families as cueFamilies on each clause.
 */
export function scanClauseFamilies(text: string, from: number, to: number, out: ClauseBuffer): void {
  if (from >= to) return;
  let found = 0;
  let clauseStart = from;
  // The last character, which has no follower, is read after the loop: the loop reads without a bound check.
  const last = to - 1;
  let next = text.charCodeAt(from);
  for (let i = from; i < last; i++) {
    const code = next;
    next = text.charCodeAt(i + 1);
    // A quarter of the characters start some cue word, most of them not followed by a second character of one: the
    // pair filter is tested for every character, so that only the rare candidates leave the loop's common path.
    const slot = pairSlot(code, next);
    if ((PAIR_SLOTS[slot]! | SINGLE_OR_BREAK[code]!) === 0) continue;
    if (CLAUSE_BREAK[code] === 1) {
      if (i > clauseStart) out.push(clauseStart, i, found);
      found = 0;
      clauseStart = i + 1;
      continue;
    }
    // The pair filter has passed: only a character whose families are all found already adds nothing.
    if ((FIRST_FAMILIES[code]! & ~found) !== 0) found = addWordsAt(text, code, next, i, clauseStart, to, found);
  }
  if (CLAUSE_BREAK[next] === 1) {
    if (last > clauseStart) out.push(clauseStart, last, found);
    return;
  }
  // Only a one-character word can stand last.
  out.push(clauseStart, to, STARTS_SINGLE[next] === 1 ? addCuesAt(text, next, NO_CHAR, last, clauseStart, to, found) : found);
}

export function clauseCues(clause: string): ClauseCues {
  return clauseCuesIn(clause, 0, clause.length);
}

/** The cues of the clause text[from, to) (no slice unless a rare family needs its regex). */
export function clauseCuesIn(text: string, from: number, to: number): ClauseCues {
  return cuesOf(text, from, to, cueFamilies(text, from, to));
}

/** The cues of the clause text[from, to) whose families are `f` (from scanClauseFamilies). */
export function cuesOf(text: string, from: number, to: number, f: number): ClauseCues {
  const c = cueBits(text, from, to, f);
  return {
    strongForward: (c & C_STRONG) !== 0,
    ambiguousModal: (c & C_AMBIGUOUS) !== 0,
    reviewSafeModal: (c & C_REVIEW_SAFE) !== 0,
    comparisonOnly: (c & C_COMPARISON_ONLY) !== 0,
    drive: (c & C_DRIVE) !== 0,
    baseline: (c & C_BASELINE) !== 0,
    narrative: (c & C_NARRATIVE) !== 0,
    forecast: (c & C_FORECAST) !== 0,
    planVerb: (c & C_PLAN) !== 0,
    resultVerb: (c & C_RESULT) !== 0,
    past: (c & C_PAST) !== 0,
    goalLead: (c & C_GOAL_LEAD) !== 0,
    deadlineKeys: f & ALL_KEYS,
    condition: (c & C_CONDITION) !== 0,
    unreal: (c & C_UNREAL) !== 0,
    possession: (c & C_POSSESSION) !== 0,
    firmModal: (c & C_FIRM) !== 0,
  };
}

// The booleans of ClauseCues as bits (cueBits): the sentence reader keeps one number per clause, no object.
export const C_STRONG = 1;
export const C_AMBIGUOUS = 2;
export const C_REVIEW_SAFE = 4;
export const C_COMPARISON_ONLY = 8;
export const C_DRIVE = 16;
export const C_BASELINE = 32;
export const C_NARRATIVE = 64;
export const C_FORECAST = 128;
export const C_PLAN = 256;
export const C_RESULT = 512;
export const C_PAST = 1024;
export const C_GOAL_LEAD = 2048;
export const C_CONDITION = 4096;
export const C_UNREAL = 8192;
export const C_POSSESSION = 16384;
export const C_FIRM = 32768;
export const C_BOUND = 65536;
export const C_CUMULATIVE = 131072;

/** The C_* bits that families of bits 0–7 give by themselves (no regex, no bit above), by those 8 bits. */
const LOW_CUES = Int32Array.from({ length: 256 }, (_, f) => {
  const perfective = (f & F_PERFECTIVE) !== 0;
  const comparison = (f & F_COMPARISON) !== 0;
  const pastOnly = (f & F_PAST) !== 0;
  let c = 0;
  if ((f & F_MODAL) !== 0) c |= C_STRONG | ((f & F_REVIEW_SAFE) !== 0 ? C_REVIEW_SAFE : 0);
  if (comparison && !pastOnly && !perfective) c |= C_COMPARISON_ONLY;
  if ((f & F_DRIVE) !== 0) c |= C_DRIVE;
  if (perfective) c |= C_NARRATIVE;
  if ((f & F_PLAN) !== 0) c |= C_PLAN;
  if ((f & F_RESULT) !== 0) c |= C_RESULT;
  if (pastOnly || comparison || perfective) c |= C_PAST;
  return c;
});
/** The C_* bits that families of bits 8–15 give by themselves, by those 8 bits (shifted down). */
const HIGH_CUES = Int32Array.from({ length: 256 }, (_, byte) => {
  const f = byte << 8;
  let c = 0;
  if ((f & F_GOAL_LEAD) !== 0) c |= C_GOAL_LEAD;
  if ((f & F_CONDITION) !== 0) c |= C_CONDITION;
  if ((f & F_UNREAL) !== 0) c |= C_UNREAL;
  if ((f & F_POSSESSION) !== 0) c |= C_POSSESSION;
  if ((f & F_FIRM) !== 0) c |= C_FIRM;
  return c;
});

/**
 * The cues of the clause text[from, to) whose families are `f`, as C_* bits: two table look-ups for the families that
 * need nothing else, then the few that need another family or a regex on the clause.
 */
export function cueBits(text: string, from: number, to: number, f: number): number {
  if ((f & ~ALL_KEYS) === 0) return 0;
  let c = LOW_CUES[f & 0xff]! | HIGH_CUES[(f >>> 8) & 0xff]!;
  // A running total is past unless a date ahead says otherwise (reading.ts): it is not a mere comparison or baseline.
  if ((f & F_CUMULATIVE) !== 0) c = (c & ~C_COMPARISON_ONLY) | C_CUMULATIVE;
  if ((f & F_BOUND) !== 0) c |= C_BOUND;
  if ((f & (F_MODAL | F_ZHENGQU)) === (F_MODAL | F_ZHENGQU) && !MODAL.test(text.slice(from, to).replace(/争取/g, ''))) c |= C_AMBIGUOUS;
  const baselineOnly = (f & (F_PAST | F_BASELINE_KEY | F_COMPARISON | F_PERFECTIVE | F_CUMULATIVE)) === (F_PAST | F_BASELINE_KEY);
  if (baselineOnly && !PAST.test(text.slice(from, to).replace(BASELINE, ''))) c |= C_BASELINE;
  if ((f & F_FORECAST_WORD) !== 0 || ((f & F_FORECAST_KEY) !== 0 && FORECAST.test(text.slice(from, to)))) c |= C_FORECAST;
  return c;
}

/** The regex definition of each family, for tests that check the lexicon against it. */
export const CUE_PATTERNS = { MODAL, DRIVE, PLAN_VERB, RESULT_VERB, PAST, CUMULATIVE, FORECAST, COMPARISON, REVIEW_SAFE_MODAL, PERFECTIVE } as const;

/** Paragraph openers that start a review (过去一年, 工作回顾). */
export const REVIEW_OPENER =
  /^(?:[一二三四五六七八九十]+、)?(?:过去(?:的)?[一二三四五两]年|近?[一二三四五两几\d]+年(?:来|间|以来)|回顾|(?:\d{4}年|去年|上年|“十[一二三四五六七]五”(?:时期)?)(?:工作)?回顾|(?:\d{4}年及)?“十[一二三四五六七]五”(?:时期)?(?:主要)?(?:成就|成绩))/;
/**
 * Characters REVIEW_OPENER or PLAN_OPENER can begin with (a unit test checks the patterns against it): a paragraph
 * opening otherwise is tested against neither.
 */
export const OPENER_FIRST = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十两几0123456789过近回去上“今明未下做') OPENER_FIRST[c.charCodeAt(0)] = 1;
/**
 * Characters that can stand second in a match of REVIEW_OPENER or PLAN_OPENER (a unit test checks the patterns against
 * it): of the openings OPENER_FIRST lets through, most (二是, 4月, “两…) go on otherwise.
 */
export const OPENER_SECOND = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十两几0123456789、年去顾后来好') OPENER_SECOND[c.charCodeAt(0)] = 1;
/** Headings of review sections. */
export const REVIEW_HEADING = /回顾|成就|成绩|成效|主要工作|基本情况|发展现状|发展基础|进展情况|取得的/;
/** Paragraph openers that start a plan (今年, 主要预期目标, 下一步). */
export const PLAN_OPENER =
  /^(?:今年|明年|今后|未来|下一步|\d{4}年是|做好今年|做好\d{4}年|\d{4}年(?:的)?(?:主要)?(?:预期)?目标|今年(?:经济社会发展|全[省市区县])?的?(?:主要)?(?:预期)?目标|“十[一二三四五六七]五”(?:时期)?(?:经济社会发展的)?(?:主要)?目标)/;
/** Headings of plan sections. */
export const PLAN_HEADING = /目标|任务|安排|重点工作|建议|思路|计划|展望|打算|下一步|部署|要求/;
/** A sentence naming goals: the list after it (often cut by ；) inherits the forward reading. */
export const GOAL_LEAD = /目标|任务是|要求是|指标/;
