// One document's text → its facts. Orchestrates the per-concept extractors; every view and the CLI go through here.
import { extractCommitments } from './commitments';
import { inferDocumentYear } from './documentYear';
import { findHeadings } from './headings';
import { IdAllocator } from './ids';
import type { LineIndex } from './lines';
import { extractProseTerms } from './proseTerms';
import { readSentences } from './reading';
import { toMatchingScript } from './script';
import { sentenceSettings } from './sections';
import { extractSlogans } from './slogans';
import { scanSentences } from './sentences';
import { extractTargets } from './targets';
import { lastStartingAtOrBefore } from './spans';
import type { DocumentFacts, Slogan } from './types';

export interface ExtractOptions {
  /** Identifies the document (URI string or path); used in ids and results. */
  uri: string;
  /** Overrides the inferred document year. */
  year?: number | null;
  /** The line index of `text` when the caller keeps one anyway (the indexer, a worker): lines are found once. */
  lines?: LineIndex;
}

export function extractDocument(text: string, options: ExtractOptions): DocumentFacts {
  // One pass over the characters splits the sentences, decides the script, unless the caller has them finds the
  // lines, and collects the offsets the slogan scan reads (used when the matching text is the original, i.e. for
  // simplified script). Rules match on simplified script; it has the same length, so offsets stay on the original.
  const { sentences, traditional, lines } = scanSentences(text, options.lines);
  const match = toMatchingScript(text, traditional);
  const year = inferDocumentYear(match, options.year).year;
  const headings = findHeadings(text, lines);
  const settings = sentenceSettings(match, sentences, headings, year);
  const readings = readSentences(match, sentences, settings, year);
  const ids = new IdAllocator(options.uri);
  const slogans = extractSlogans(text, sentences, lines, { matching: match });
  const targets = extractTargets({ text, match, lines, readings, ids, year, insideName: insideSpelledOutName(slogans) });
  const commitments = extractCommitments(match, readings, targets, ids);
  const terms = extractProseTerms(text, sentences, lines, { matching: match });
  return { uri: options.uri, year, targets, commitments, slogans, terms, headings };
}

/**
 * Whether [start, end) lies inside an occurrence of a formulation the document spells out: a count there
 * (划定A、B、C三条控制线; “五大”行动：…) is part of its name, not an amount to reach. Binary search over the
 * occurrences sorted by start, with the furthest end reached so far.
 */
function insideSpelledOutName(slogans: Slogan[]): (start: number, end: number) => boolean {
  if (!slogans.some((s) => s.definitions.length > 0)) return () => false;
  // Built on the first question: many documents define formulations but state no quantity aim.
  let spans: Array<{ start: number; end: number }> | undefined;
  const reach: number[] = [];
  return (start, end) => {
    if (spans === undefined) {
      spans = [];
      for (const slogan of slogans) if (slogan.definitions.length > 0) for (const occurrence of slogan.occurrences) spans.push(occurrence);
      spans.sort((a, b) => a.start - b.start);
      for (const span of spans) reach.push(Math.max(span.end, reach[reach.length - 1] ?? -1));
    }
    const i = lastStartingAtOrBefore(spans, start);
    return i >= 0 && spans[i]!.start <= start && reach[i]! >= end;
  };
}
