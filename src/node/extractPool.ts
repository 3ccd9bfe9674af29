// A pool of extraction worker threads (extractWorker.ts) for the Node extension host and the bench:
// jobs wait in a queue, each worker holds at most JOBS_PER_WORKER of them, and every job gets a promise.
// Workers start at the first job and stop when idle. A worker that cannot start makes the pool run every
// job on the calling thread from then on; one that fails later is replaced (a few times at most), and the
// jobs it held are run on the calling thread, so every job still gets its facts.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runExtractJob, type ExtractJob, type ExtractResult, type Extractor } from './extractJob';
import type { DocumentFacts } from '../core/types';
import type { JobMessage, ResultMessage } from './extractWorker';

/** A worker gets its next job while it is still busy, so it never waits for the main thread. */
const JOBS_PER_WORKER = 2;
/**
 * Files a scan reads ahead per worker: they wait (read) in the queue, so a worker's next job goes out the
 * moment it answers, not after a stat and a read (slower than a job on a busy machine, leaving workers idle).
 */
const READ_AHEAD_PER_WORKER = 4;
/** Workers that fail after starting are replaced this many times in all; then the pool runs in-thread. */
const MAX_RESTARTS = 3;
/** Idle workers stop after this long (ms) and give their memory back; the next scan starts them again. */
const IDLE_STOP_MS = 30_000;
/** At most this many workers: beyond it the main thread (reads, results, index updates) is the limit. */
const MAX_WORKERS = 4;

/** One worker per core, at most MAX_WORKERS (measured on 2 cores: 2 workers beat 1 and 3, see the bench). */
export function defaultWorkerCount(): number {
  return Math.min(MAX_WORKERS, Math.max(1, availableParallelism()));
}

interface Pending {
  job: ExtractJob;
  resolve(result: ExtractResult): void;
}

interface Lane {
  worker: Worker;
  /** Jobs posted to this worker, by message id. */
  jobs: Map<number, Pending>;
  /** The worker loaded its script and said so. */
  ready: boolean;
}

export interface ExtractPoolOptions {
  /** The built worker entry, dist/node/extractWorker.js. */
  workerPath: string;
  workers?: number;
  /** Told when a worker fails and when the pool falls back to the calling thread. */
  onProblem?: (message: string) => void;
}

export class ExtractPool implements Extractor {
  readonly concurrency: number;
  private readonly size: number;
  private lanes: Lane[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private restarts = 0;
  private inThread = false;
  private disposed = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ExtractPoolOptions) {
    this.size = Math.max(1, options.workers ?? defaultWorkerCount());
    this.concurrency = this.size * (JOBS_PER_WORKER + READ_AHEAD_PER_WORKER);
  }

  /** Whether jobs run on the calling thread because a worker could not start or failed too often. */
  get fellBack(): boolean {
    return this.inThread;
  }

  get inWorkers(): boolean {
    return !this.inThread && !this.disposed;
  }

  extract(job: ExtractJob): Promise<ExtractResult> {
    if (this.disposed) return Promise.resolve({ kind: 'cancelled' });
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.clearIdleTimer();
    const orphans = this.stopAll();
    for (const pending of [...orphans, ...this.queue.splice(0)]) pending.resolve({ kind: 'cancelled' });
  }

  private dispatch(): void {
    this.clearIdleTimer();
    if (this.inThread) {
      for (const pending of this.queue.splice(0)) runLater(pending);
      return;
    }
    while (this.queue.length > 0) {
      const lane = this.laneWithRoom();
      if (!lane) break;
      this.post(lane, this.queue.shift()!);
    }
    if (this.queue.length === 0 && this.lanes.every((lane) => lane.jobs.size === 0)) this.stopWhenIdle();
  }

  /** The least busy worker with room for a job; a new one while some are busy and the pool is not full. */
  private laneWithRoom(): Lane | undefined {
    let best: Lane | undefined;
    for (const lane of this.lanes) if (lane.jobs.size < JOBS_PER_WORKER && (!best || lane.jobs.size < best.jobs.size)) best = lane;
    if ((!best || best.jobs.size > 0) && this.lanes.length < this.size) return this.startLane() ?? best;
    return best;
  }

  private startLane(): Lane | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerPath);
    } catch (error) {
      this.fallBack(`extraction worker cannot start: ${describe(error)}`);
      return undefined;
    }
    const lane: Lane = { worker, jobs: new Map(), ready: false };
    worker.on('message', (message: ResultMessage | 'ready') => this.onMessage(lane, message));
    worker.on('error', (error) => this.onFailure(lane, describe(error)));
    worker.on('exit', (code) => this.onFailure(lane, `exited with code ${code}`));
    this.lanes.push(lane);
    return lane;
  }

  private post(lane: Lane, pending: Pending): void {
    const id = ++this.nextId;
    lane.jobs.set(id, pending);
    // Copied, not transferred: the caller's bytes stay intact for a rerun here if the worker fails.
    const { bytes } = pending.job;
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const message: JobMessage = { id, job: { ...pending.job, bytes: whole } };
    lane.worker.postMessage(message);
  }

  private onMessage(lane: Lane, message: ResultMessage | 'ready'): void {
    if (message === 'ready') {
      lane.ready = true;
      return;
    }
    const pending = lane.jobs.get(message.id);
    lane.jobs.delete(message.id);
    pending?.resolve('factsJson' in message ? { ...message.result, facts: JSON.parse(message.factsJson) as DocumentFacts } : message.result);
    this.dispatch();
  }

  /** A worker failed ('error', then 'exit') or exited on its own: its jobs run here, the pool goes on. */
  private onFailure(lane: Lane, reason: string): void {
    if (!this.lanes.includes(lane)) return; // stopped by the pool, or already handled
    this.lanes = this.lanes.filter((other) => other !== lane);
    void lane.worker.terminate();
    this.options.onProblem?.(`Extraction worker failed: ${reason}`);
    for (const pending of lane.jobs.values()) runLater(pending);
    if (!lane.ready) this.fallBack('an extraction worker could not start');
    else if (++this.restarts > MAX_RESTARTS) this.fallBack(`extraction workers failed ${this.restarts} times`);
    this.dispatch();
  }

  private fallBack(reason: string): void {
    if (this.inThread) return;
    this.inThread = true;
    this.options.onProblem?.(`Extracting on the extension host's thread from now on (${reason})`);
    for (const pending of this.stopAll()) runLater(pending);
  }

  /** Terminates every worker; returns the jobs they held. */
  private stopAll(): Pending[] {
    const held = this.lanes.flatMap((lane) => [...lane.jobs.values()]);
    const lanes = this.lanes;
    this.lanes = [];
    for (const lane of lanes) void lane.worker.terminate();
    return held;
  }

  private stopWhenIdle(): void {
    if (this.lanes.length === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.stopAll();
    }, IDLE_STOP_MS);
    this.idleTimer.unref?.();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}

/** Runs a job on this thread in a later task, so several of them never block the thread in one go. */
function runLater(pending: Pending): void {
  setTimeout(() => pending.resolve(runExtractJob(pending.job)), 0);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
