// Terms a document defines in prose without a number (spec §2): `"碳达峰"是指…`, `所谓"X"，就是…`,
// `本办法所称X，是指…`, `碳中和是指…` at the start of a sentence. The defining sentence is the explanation.
//
//   extractProseTerms(text, sentences, lines, { matching? }) → ProseTerm[]   (span = the term where it is defined)
//
// Numbered formulations are slogans (slogans.ts), not prose terms. Linear: quotes are found once and every
// check reads a few characters around them.
import type { LineIndex } from './lines';
import type { ProseTerm, Sentence } from './types';
import { findQuotes } from './quotes';
import { quotedSloganTerm } from './sloganShape';
import { toMatchingScript } from './script';
import { lastStartingAtOrBefore } from './spans';
import { codeTable } from './sloganLexicon';
import { definingOffsets } from './slogans';

const MIN_TERM = 2;
const MAX_TERM = 16;
/** A defining verb right after the term (after an optional comma). */
const DEFINING_AFTER = /^[，,]?(是指|指的是|就是指|即指|意为|意指|的含义是|的意思是|主要是指|一般是指|通常是指)/;
/** After 所谓“X”: a looser set (所谓“无废城市”，就是…). */
const DEFINING_AFTER_SUOWEI = /^[，,]?(就是|是指|即|指的是|指)/;
/** The characters either defining pattern opens with after its optional comma (a cheap test before the patterns). */
const DEFINING_FIRST = codeTable('是指就即意的主一通');
const PUNCTUATION = /[，,。；;：:！？!?、\s“”"（）()《》]/;

export interface ProseTermOptions {
  /** `toMatchingScript(text)` when the caller already has it (conversion of traditional text is costly). */
  matching?: string;
}

export function extractProseTerms(text: string, sentences: Sentence[], lines: LineIndex, options: ProseTermOptions = {}): ProseTerm[] {
  const matching = options.matching ?? toMatchingScript(text);
  const terms: ProseTerm[] = [];
  // term → explanations already recorded. Keyed by the explanation string itself (not term + explanation
  // concatenated): a sentence's text is one string whose hash V8 computes once, so a long sentence full of
  // quotes stays linear.
  const seen = new Map<string, Set<string>>();
  const add = (start: number, end: number): void => {
    const term = text.slice(start, end).trim();
    if (term.length < MIN_TERM || term.length > MAX_TERM || PUNCTUATION.test(term)) return;
    if (quotedSloganTerm(matching.slice(start, end)) !== null) return;
    const sentence = sentenceAt(sentences, start);
    const explanation = sentence ? sentence.text : text.slice(start, Math.min(text.length, end + 200));
    let explanations = seen.get(term);
    if (!explanations) seen.set(term, (explanations = new Set()));
    if (explanations.has(explanation)) return;
    explanations.add(explanation);
    terms.push({ term, explanation, start, end, line: lines.lineAt(start) });
  };

  const quotes = findQuotes(matching);
  for (let q = 0; q < quotes.count; q++) {
    const open = quotes.opens[q]!;
    const close = quotes.closes[q]!;
    const start = open + 1;
    const end = close;
    if (end - start < MIN_TERM || end - start > MAX_TERM || !mayDefineAfter(matching, close + 1)) continue;
    const after = matching.slice(close + 1, close + 8);
    const suowei = matching.slice(Math.max(0, open - 2), open) === '所谓';
    if (DEFINING_AFTER.test(after) || (suowei && DEFINING_AFTER_SUOWEI.test(after))) add(start, end);
  }

  // Unquoted: 所称X，是指… and a sentence that opens with X是指…. Only sentences holding 是指 are read.
  // The slogan scan has usually read this text already and collected them.
  const hits = definingOffsets(matching);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const sentence = sentenceAt(sentences, hit);
    if (sentence === undefined) continue;
    const at = hit - sentence.start;
    if (at < MIN_TERM || at > MAX_TERM + 8) continue;
    const body = matching.slice(sentence.start, hit + 2);
    let subjectEnd = at;
    if (body[subjectEnd - 1] === '，' || body[subjectEnd - 1] === ',') subjectEnd--;
    const called = body.lastIndexOf('所称', subjectEnd);
    const subjectStart = called >= 0 ? called + 2 : 0;
    const subject = body.slice(subjectStart, subjectEnd);
    if (subject.length < MIN_TERM || subject.length > MAX_TERM || PUNCTUATION.test(subject)) continue;
    add(sentence.start + subjectStart, sentence.start + subjectEnd);
  }
  return terms.sort((a, b) => a.start - b.start);
}

/** False when neither defining pattern can match at `at`: the character after an optional comma opens none of them. */
function mayDefineAfter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const first = code === WIDE_COMMA || code === COMMA ? text.charCodeAt(at + 1) : code;
  return DEFINING_FIRST[first | 0] === 1;
}

const WIDE_COMMA = '，'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  const sentence = sentences[lastStartingAtOrBefore(sentences, offset)];
  return sentence && sentence.start <= offset && offset < sentence.end ? sentence : undefined;
}
