// The web-worker extension host has no worker_threads: scans extract on the extension host's thread
// (the Indexer's in-thread extractor). Stands in for scanExtractor.ts in the web build (scripts/build.mjs).
import type { createScanExtractor as nodeCreateScanExtractor } from './scanExtractor';

export const createScanExtractor: typeof nodeCreateScanExtractor = () => undefined;
