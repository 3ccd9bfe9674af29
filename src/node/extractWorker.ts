// Entry of an extraction worker thread (bundled as dist/node/extractWorker.js): runs the jobs the pool
// posts and posts the results back. It never touches the file system: the bytes come from the caller.
import { parentPort } from 'node:worker_threads';
import { runExtractJob, type ExtractJob, type ExtractResult } from './extractJob';

export interface JobMessage {
  id: number;
  job: ExtractJob;
}

/**
 * A result as it crosses threads: facts travel as JSON text. The extension host's thread then parses one string
 * (JSON.parse) instead of deserializing a structured clone of the same objects, which costs it about 1.6 times as
 * much (measured on the bench corpus); facts are plain JSON data (a unit test checks the round trip).
 */
export type ResultMessage =
  | { id: number; result: Exclude<ExtractResult, { kind: 'facts' }> }
  | { id: number; result: Omit<Extract<ExtractResult, { kind: 'facts' }>, 'facts'>; factsJson: string };

parentPort?.on('message', ({ id, job }: JobMessage) => {
  const result = runExtractJob(job);
  if (result.kind !== 'facts') {
    parentPort!.postMessage({ id, result } satisfies ResultMessage);
    return;
  }
  const { facts, ...rest } = result;
  const reply: ResultMessage = { id, result: rest, factsJson: JSON.stringify(facts) };
  parentPort!.postMessage(reply, [result.lineStarts.buffer as ArrayBuffer]);
});
// Loaded: a failure from now on is a crash, not a worker that cannot start.
parentPort?.postMessage('ready');
