// One document's text → its facts. Orchestrates the per-concept extractors; every view and the CLI go through here.
import type { DocumentFacts } from './types';

export interface ExtractOptions {
  /** Identifies the document (URI string or path); used in ids and results. */
  uri: string;
  /** Overrides the inferred document year. */
  year?: number | null;
}

export function extractDocument(text: string, options: ExtractOptions): DocumentFacts {
  // Placeholder until the extractors land (issue 3 / issue 4): returns nothing found.
  void text;
  return { uri: options.uri, year: options.year ?? null, targets: [], commitments: [], slogans: [], terms: [], headings: [] };
}
