// One document's text → its facts. Orchestrates the per-concept extractors; every view and the CLI go through here.
import { extractCommitments } from './commitments';
import { inferDocumentYear } from './documentYear';
import { findHeadings } from './headings';
import { IdAllocator } from './ids';
import { LineIndex } from './lines';
import { extractProseTerms } from './proseTerms';
import { readSentences } from './reading';
import { toMatchingScript } from './script';
import { sentenceSettings } from './sections';
import { extractSlogans } from './slogans';
import { splitSentences } from './sentences';
import { extractTargets } from './targets';
import type { DocumentFacts } from './types';

export interface ExtractOptions {
  /** Identifies the document (URI string or path); used in ids and results. */
  uri: string;
  /** Overrides the inferred document year. */
  year?: number | null;
  /** The line index of `text` when the caller keeps one anyway (the indexer, a worker): lines are found once. */
  lines?: LineIndex;
}

export function extractDocument(text: string, options: ExtractOptions): DocumentFacts {
  const lines = options.lines ?? new LineIndex(text);
  // Rules match on simplified script; it has the same length, so offsets stay on the original text.
  const match = toMatchingScript(text);
  const sentences = splitSentences(text, lines);
  const year = inferDocumentYear(match, options.year).year;
  const headings = findHeadings(text, lines);
  const settings = sentenceSettings(match, sentences, headings, year);
  const readings = readSentences(match, sentences, settings, year);
  const ids = new IdAllocator(options.uri);
  const targets = extractTargets({ text, match, lines, readings, ids, year });
  const commitments = extractCommitments(match, readings, targets, ids);
  const slogans = extractSlogans(text, sentences, lines, { matching: match });
  const terms = extractProseTerms(text, sentences, lines, { matching: match });
  return { uri: options.uri, year, targets, commitments, slogans, terms, headings };
}
