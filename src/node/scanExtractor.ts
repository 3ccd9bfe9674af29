// The extractor of workspace scans on the Node extension host: a worker pool, started at the first scan.
// The web build gets scanExtractor.web.ts in its place (scripts/build.mjs maps it).
import { ExtractPool } from './extractPool';
import type { Extractor } from './extractJob';

/** `onProblem` hears about worker failures (the pool then extracts on this thread). */
export function createScanExtractor(onProblem: (message: string) => void): Extractor | undefined {
  // __dirname is dist/node: the worker bundle sits beside the extension bundle (no node:path needed).
  return new ExtractPool({ workerPath: `${__dirname}/extractWorker.js`, onProblem });
}
