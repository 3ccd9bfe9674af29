// Where a sentence stands: in a review (工作回顾, 过去一年…) or a plan (目标任务, 今年工作安排…) stretch, which
// paragraph it belongs to, and the deadline its section heading names (2026年重点工作, “十五五”时期主要目标).
import { findDeadlines, type DeadlineMatch } from './deadlines';
import { OPENER_FIRST, OPENER_SECOND, PLAN_HEADING, PLAN_OPENER, REVIEW_HEADING, REVIEW_OPENER } from './tense';
import type { Heading, Sentence } from './types';

/** Read-only: sentences in a row that stand alike share one setting. */
export interface SentenceSetting {
  readonly review: boolean;
  readonly plan: boolean;
  /** Sentences with the same number share a paragraph (no line break between them). */
  readonly paragraph: number;
  /** First sentence of its paragraph. */
  readonly paragraphStart: boolean;
  /** The sentence is (or starts with) a heading. */
  readonly heading: Heading | null;
  readonly sectionDeadline: DeadlineMatch | null;
}

/** A document reads as a work report when it reviews a year and then plans the next. */
const WORK_REPORT_NAME = '工作报告';
/**
 * The name or a review word (过去一年, 过去五年, 工作回顾), whichever comes first: one search of a text that holds
 * neither, as most do, instead of one for each.
 */
const WORK_REPORT_NAME_OR_REVIEW = /过去[一五]年|工作(?:报告|回顾)/;
const WORK_REPORT_PLAN = /主要预期目标|今年(?:的)?(?:工作|重点工作|主要任务)|做好今年/;

interface Frame {
  level: number;
  review: boolean;
  plan: boolean;
  deadline: DeadlineMatch | null;
}

export function sentenceSettings(match: string, sentences: Sentence[], headings: Heading[], year: number | null): SentenceSetting[] {
  // Whole-text searches, so asked only when a review stretch would colour a sentence nothing else marks as review
  // (many documents have none).
  let workReport: boolean | undefined;
  // Sized once: one setting per sentence (a pushed array is copied each time it grows).
  const settings = new Array<SentenceSetting>(sentences.length);
  const stack: Frame[] = [];
  // The title dates the whole document (2026年全市文化旅游工作要点): the outermost section.
  const titleDeadline = datedTitle(match, titleSentence(sentences), year);
  let headingIndex = 0;
  let paragraph = 0;
  let previousEnd = -1;
  /**
   * A review stretch opened by a paragraph (过去一年…) lasts until a plan opener or heading; it colours sentences
   * in a work report only.
   */
  let reviewStretch = false;
  let paragraphReview = false;
  let section: Section | null = null;

  let previous: SentenceSetting | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const newParagraph = previousEnd < 0 || hasLineBreak(match, previousEnd, sentence.start);
    if (newParagraph && previousEnd >= 0) paragraph++;
    previousEnd = sentence.end;

    while (headingIndex < headings.length && headings[headingIndex]!.end <= sentence.start) headingIndex++;
    const candidate = headings[headingIndex];
    const heading = candidate && candidate.start >= sentence.start && candidate.start < sentence.end ? candidate : null;
    if (heading) {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      const headingText = match.slice(heading.start, heading.end);
      const plan = PLAN_HEADING.test(headingText);
      const deadlines = findDeadlines(match, heading.start, heading.end, year).filter((d) => d.strength !== 'plan' || /时期|期间|目标/.test(headingText));
      stack.push({
        level: heading.level,
        review: REVIEW_HEADING.test(headingText),
        plan,
        deadline: deadlines[deadlines.length - 1] ?? null,
      });
      // A sub-heading (（一）…) inside a review stretch continues it; a top heading or a plan heading ends it.
      if (heading.level <= 1 || plan) reviewStretch = false;
    }
    if (newParagraph) paragraphReview = false;
    // A review opener (两年来, 过去一年) colours the rest of its paragraph, and in a work report the
    // stretch up to the next plan opener or heading.
    if (OPENER_FIRST[match.charCodeAt(sentence.start)] === 1 && sentence.end - sentence.start > 1 && OPENER_SECOND[match.charCodeAt(sentence.start + 1)] === 1) {
      const opening = match.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
      // A plan opener only ends a review: outside one it would change nothing, so it is not tried.
      if (REVIEW_OPENER.test(opening)) {
        paragraphReview = true;
        reviewStretch = true;
      } else if ((paragraphReview || reviewStretch) && PLAN_OPENER.test(opening)) {
        paragraphReview = false;
        reviewStretch = false;
      }
    }
    // What the enclosing sections say changes only at a heading.
    if (heading || section === null) section = sectionOf(stack, titleDeadline);
    const review = paragraphReview || section.review || (reviewStretch && (workReport ??= isWorkReport(match)));
    if (newParagraph || heading !== null || previous === undefined || !continuesSetting(previous, review, section)) {
      previous = { review, plan: section.plan, paragraph, paragraphStart: newParagraph, heading, sectionDeadline: section.deadline };
    }
    settings[index] = previous;
  }
  return settings;
}

/** Whether a sentence after `previous` in its paragraph, neither a heading nor its start, stands as it does. */
function continuesSetting(previous: SentenceSetting, review: boolean, section: Section): boolean {
  return !previous.paragraphStart && previous.heading === null && previous.review === review && previous.plan === section.plan && previous.sectionDeadline === section.deadline;
}

/** Whether the text holds the name, or a review word and a plan word. */
function isWorkReport(match: string): boolean {
  const first = WORK_REPORT_NAME_OR_REVIEW.exec(match);
  if (first === null) return false;
  if (first[0] === WORK_REPORT_NAME) return true;
  // A review word comes first: the name can only come after it.
  return WORK_REPORT_PLAN.test(match) || match.includes(WORK_REPORT_NAME, first.index);
}

/** Sentences before the title that are no title: the year marker (split at its !) and front matter (documentYear.ts). */
const MARKER_LINE = /^(?:<!|--|policy-year|year\s*:)/;
/** The characters MARKER_LINE starts with: a sentence opening with another is tested by one code compare, no regex call. */
const MARKER_FIRST = '<-py';
/** A sentence that ends like prose is no title. */
const PROSE_END = '。！？；!?;，,：:';
const MAX_TITLE_LENGTH = 60;

/** The first of the first three sentences that is not the year marker or front matter. */
function titleSentence(sentences: Sentence[]): Sentence | undefined {
  for (let i = 0; i < Math.min(3, sentences.length); i++) if (!isMarkerLine(sentences[i]!.text)) return sentences[i];
  return undefined;
}

function isMarkerLine(text: string): boolean {
  return MARKER_FIRST.includes(text.charAt(0)) && MARKER_LINE.test(text);
}

function endsLikeProse(text: string): boolean {
  return text.length > 0 && PROSE_END.includes(text.charAt(text.length - 1));
}

/**
 * The date the document's title names (2026年…工作要点, 关于2026年第一季度…的通知), when the first sentence is a
 * title line: short, alone on its line, not ending like prose. A bare plan name (“十五五”…规划) dates nothing.
 */
function datedTitle(match: string, first: Sentence | undefined, year: number | null): DeadlineMatch | null {
  if (first === undefined || first.end - first.start > MAX_TITLE_LENGTH || endsLikeProse(first.text) || !endsLine(match, first.end)) return null;
  for (const d of findDeadlines(match, first.start, first.end, year)) {
    if (d.deadline !== null && d.strength !== 'plan' && !d.past) return d;
  }
  return null;
}

function endsLine(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
}

/** What the open sections (outermost first) make of the sentences under them. */
interface Section {
  review: boolean;
  plan: boolean;
  deadline: DeadlineMatch | null;
}

function sectionOf(stack: Frame[], titleDeadline: DeadlineMatch | null): Section {
  const review = stack.some((f) => f.review) && !stack.some((f, i) => f.plan && i >= lastReviewIndex(stack));
  const plan = stack.some((f) => f.plan);
  let deadline = titleDeadline;
  for (const frame of stack) if (frame.deadline) deadline = frame.deadline;
  return { review, plan: plan && !review, deadline };
}

function lastReviewIndex(stack: Frame[]): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.review) return i;
  return -1;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
