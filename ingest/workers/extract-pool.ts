// A pool of extraction worker threads (extract-worker.ts), sized to the cores: each loads the model
// once, takes a batch of articles at a time (tagged back to back, which keeps the tagger's tables in
// the caches), and answers each with the article's extraction. Callers bound what
// they hand in (the ingest engine keeps at most one batch ahead of the writer), so memory stays
// bounded by the batch size, not by the input. A worker that dies on an article (a crash, an
// out-of-memory abort) fails that article alone with reason `worker-crashed`: the unanswered
// articles of its batch are handed out again one at a time, so the one it dies on is found; the
// pool starts a fresh worker in its place and goes on. close() terminates every worker, so none outlives the run.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ExtractorMode } from '../config.ts';
import { KgError } from '../errors.ts';
import { ModelUnavailableError, type ExtractorStatus } from '../extract/extractor.ts';
import type { ArticleExtraction, ParsedArticle } from '../model.ts';
import type { ExtractReply, ExtractRequest, WorkerHello, WorkerInit } from './messages.ts';
import { startTsWorker } from './ts-worker.ts';

export interface ExtractPoolOptions {
  /** Worker threads; default: the cores this process may use. */
  size: number;
  mode: ExtractorMode;
  modelPath?: string;
  /** The worker module; tests hand in one that crashes on a marked article. */
  workerModule: URL;
}

export const DEFAULT_EXTRACT_POOL_OPTIONS: ExtractPoolOptions = {
  size: availableParallelism(),
  mode: 'ner',
  workerModule: new URL('./extract-worker.ts', import.meta.url),
};

/** One article's extraction failed; `reason` is `worker-crashed` or the error's name. */
export class ExtractFailedError extends KgError {
  override name = 'ExtractFailedError';
  readonly code = 'extract-failed' as const;
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** The pool itself cannot work: a bad size, a closed pool, workers that no longer start. */
export class ExtractPoolError extends KgError {
  override name = 'ExtractPoolError';
  readonly code = 'worker-pool' as const;
}

export interface Extracted {
  raw: ArticleExtraction;
  own: ArticleExtraction;
}

interface Job {
  id: number;
  article: ParsedArticle;
  resolve(x: Extracted): void;
  reject(e: Error): void;
  /** Handed out alone: it was in a batch whose worker died. */
  alone?: boolean;
}

interface Slot {
  worker: Worker;
  /** The batch in the worker, by id; empty when the worker is idle. */
  jobs: Map<number, Job>;
  lastError?: string;
}

/**
 * A batch's bounds: enough characters for the tagger to stay warm over many articles, and a share
 * of the queue so that every worker gets work.
 */
const BATCH_CHARS = 60_000;
const BATCH_ARTICLES = 64;

export class ExtractPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  /** Workers started to replace crashed ones (for tests and logs). */
  restarts = 0;
  /** Articles the workers have answered with an extraction (for tests and logs). */
  extracted = 0;

  private constructor(
    private readonly options: ExtractPoolOptions,
    readonly status: ExtractorStatus,
  ) {}

  /** Starts `size` workers and waits until each has loaded the model; a model that does not load stops here. */
  static async start(options: Partial<ExtractPoolOptions> = {}): Promise<ExtractPool> {
    const opts = { ...DEFAULT_EXTRACT_POOL_OPTIONS, ...options };
    if (!Number.isInteger(opts.size) || opts.size < 1)
      throw new ExtractPoolError(`ingest/workers/extract-pool: size must be a whole number ≥ 1, got ${opts.size}`);
    const started = await Promise.allSettled(Array.from({ length: opts.size }, () => spawn(opts)));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await Promise.all(started.flatMap((s) => (s.status === 'fulfilled' ? [s.value.worker.terminate()] : [])));
      throw failed.reason;
    }
    const ok = started as PromiseFulfilledResult<{ worker: Worker; status: ExtractorStatus }>[];
    const pool = new ExtractPool(opts, ok[0]!.value.status);
    for (const s of ok) pool.adopt(s.value.worker);
    return pool;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Articles waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  extract(article: ParsedArticle): Promise<Extracted> {
    if (this.closed) return Promise.reject(new ExtractPoolError('ingest/workers/extract-pool: the pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, article, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ExtractPoolError('ingest/workers/extract-pool: closed before this article was extracted'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private adopt(worker: Worker): void {
    const slot: Slot = { worker, jobs: new Map() };
    this.slots.add(slot);
    worker.on('message', (reply: ExtractReply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (reply.ok) {
        this.extracted++;
        job.resolve({ raw: reply.raw, own: reply.own });
      } else job.reject(new ExtractFailedError(reply.reason, reply.message));
      if (slot.jobs.size === 0) this.dispatch();
    });
    worker.on('error', (err) => {
      slot.lastError = err.message;
    });
    worker.on('exit', (code) => {
      this.slots.delete(slot);
      const lost = [...slot.jobs.values()];
      slot.jobs.clear();
      if (this.closed) return;
      if (lost.length === 1) {
        lost[0]!.reject(
          new ExtractFailedError(
            'worker-crashed',
            `ingest/workers/extract-pool: the extraction worker died on this article (exit code ${code}${slot.lastError ? `: ${slot.lastError}` : ''}); the run goes on without it`,
          ),
        );
      } else {
        // Which article of the batch it died on is unknown: each goes again, alone, first in line.
        this.queue.unshift(...lost.map((job) => ({ ...job, alone: true })));
      }
      this.replace();
    });
    this.dispatch();
  }

  private replace(): void {
    this.restarts++;
    spawn(this.options).then(
      ({ worker }) => {
        if (this.closed) void worker.terminate();
        else this.adopt(worker);
      },
      (err: unknown) => {
        // A worker that no longer starts: fail what waits rather than hang (the others may go on).
        if (this.slots.size > 0) return;
        for (const job of this.queue.splice(0)) job.reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  }

  private dispatch(): void {
    const idle = [...this.slots].filter((s) => s.jobs.size === 0);
    for (const [k, slot] of idle.entries()) {
      if (this.queue.length === 0) return;
      const share = Math.min(BATCH_ARTICLES, Math.ceil(this.queue.length / (idle.length - k)));
      const batch = [this.queue.shift()!];
      let chars = batch[0]!.article.text.length;
      while (!batch[0]!.alone && batch.length < share && this.queue.length > 0 && !this.queue[0]!.alone && chars < BATCH_CHARS) {
        const job = this.queue.shift()!;
        batch.push(job);
        chars += job.article.text.length;
      }
      for (const job of batch) slot.jobs.set(job.id, job);
      const req: ExtractRequest = { jobs: batch.map((job) => ({ id: job.id, article: job.article })) };
      slot.worker.postMessage(req);
    }
  }
}

/** One worker, resolved once it has loaded the model. */
function spawn(opts: ExtractPoolOptions): Promise<{ worker: Worker; status: ExtractorStatus }> {
  const init: WorkerInit = { mode: opts.mode, modelPath: opts.modelPath };
  const worker = startTsWorker(opts.workerModule, { workerData: init });
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new ExtractPoolError(`ingest/workers/extract-pool: an extraction worker exited while starting (code ${code})`));
    const onError = (err: Error) =>
      reject(new ExtractPoolError(`ingest/workers/extract-pool: an extraction worker failed to start (${err.message})`, { cause: err }));
    worker.once('exit', onExit);
    worker.once('error', onError);
    worker.once('message', (hello: WorkerHello) => {
      worker.off('exit', onExit);
      worker.off('error', onError);
      if (hello.ready) return resolve({ worker, status: hello.status });
      void worker.terminate();
      reject(new ModelUnavailableError(hello.message));
    });
  });
}
