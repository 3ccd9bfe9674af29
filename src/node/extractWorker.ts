// Entry of an extraction worker thread (bundled as dist/node/extractWorker.js): runs the jobs the pool
// posts and posts the results back. It never touches the file system: the bytes come from the caller.
import { parentPort } from 'node:worker_threads';
import { runExtractJob, type ExtractJob } from './extractJob';

export interface JobMessage {
  id: number;
  job: ExtractJob;
}

export interface ResultMessage {
  id: number;
  result: ReturnType<typeof runExtractJob>;
}

parentPort?.on('message', ({ id, job }: JobMessage) => {
  const result = runExtractJob(job);
  const reply: ResultMessage = { id, result };
  parentPort!.postMessage(reply, result.kind === 'facts' ? [result.lineStarts.buffer as ArrayBuffer] : []);
});
// Loaded: a failure from now on is a crash, not a worker that cannot start.
parentPort?.postMessage('ready');
