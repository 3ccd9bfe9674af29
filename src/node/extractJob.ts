// One file's extraction from its bytes: binary sniff → decode → extractDocument → line starts.
// The same function runs in an extraction worker (extractWorker.ts) and on the calling thread (the web
// build, and the pool's fallback), so both give identical facts. No Node built-ins: the web build uses it.
import { decodeBytes, looksBinary } from '../core/decode';
import { extractDocument } from '../core/extract';
import { LineIndex, lineStartsOf } from '../core/lines';
import type { DocumentFacts } from '../core/types';

export interface ExtractJob {
  /** The document's key in the index (a URI string or a path). */
  uri: string;
  bytes: Uint8Array;
  /** The policyTracker.documentYear override, or null to infer the year. */
  year: number | null;
}

export type ExtractResult =
  /** `failure`: extraction threw; `facts` are then empty (the document stays in the index, as before). */
  | { kind: 'facts'; facts: DocumentFacts; lineStarts: Uint32Array; failure?: string }
  | { kind: 'binary' }
  /** The extractor was disposed before the job ran. */
  | { kind: 'cancelled' };

/** Turns decoded text into facts: extractDocument, or what the Indexer was given instead. */
export type ExtractText = (text: string, uri: string, year: number | null, lines?: LineIndex) => DocumentFacts;

export const extractText: ExtractText = (text, uri, year, lines) => extractDocument(text, { uri, year, lines });

export function emptyFacts(uri: string): DocumentFacts {
  return { uri, year: null, targets: [], commitments: [], slogans: [], terms: [], headings: [] };
}

export function runExtractJob(job: ExtractJob, extract: ExtractText = extractText): ExtractResult {
  if (looksBinary(job.bytes)) return { kind: 'binary' };
  const { text } = decodeBytes(job.bytes);
  const starts = lineStartsOf(text);
  const lineStarts = Uint32Array.from(starts);
  try {
    return { kind: 'facts', facts: extract(text, job.uri, job.year, LineIndex.fromLineStarts(starts)), lineStarts };
  } catch (error) {
    return { kind: 'facts', facts: emptyFacts(job.uri), lineStarts, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Runs extraction jobs: a pool of worker threads (Node), or the calling thread. */
export interface Extractor {
  /** How many jobs a scan should keep in flight (reads included) to keep the extractor busy. */
  readonly concurrency: number;
  /** Whether jobs go to worker threads (false: the calling thread, by design or after a fallback). */
  readonly inWorkers: boolean;
  extract(job: ExtractJob): Promise<ExtractResult>;
  dispose(): void;
}

/** Extraction on the calling thread, one job at a time: the web build's scans, and single-file updates. */
export function inThreadExtractor(extract: ExtractText = extractText): Extractor {
  return {
    concurrency: 1,
    inWorkers: false,
    extract: (job) => Promise.resolve(runExtractJob(job, extract)),
    dispose: () => undefined,
  };
}
