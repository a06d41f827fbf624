// Runs the jobs of a jobs file on their cron schedules until stopped: croner computes each next
// slot, a timer of the injected clock (the system's, or a test's manual one) waits for it. Within a
// process a job never overlaps itself (a slot that comes while its last run is going is let go);
// across processes each scheduled slot is claimed once in Neo4j and the job's lease keeps runs apart.
// stop() (SIGTERM) lets running jobs finish their current batch and record themselves as interrupted.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { SYSTEM_CLOCK, type Clock } from '../../neo4j/clock.ts';
import type { Store } from '../store/client.ts';
import type { JobSpec, JobsFile } from './jobs-file.ts';
import type { RunSummary } from './run-job.ts';
import type { ExtractPool } from '../workers/extract-pool.ts';
import { KgError } from '../errors.ts';

export interface SchedulerOptions {
  owner?: string;
  log?(event: { job: string; message: string; summary?: RunSummary; error?: unknown }): void;
  /** Time and timers the schedule runs on (default: the system's); tests pass a manual clock. */
  clock?: Clock;
  /** Extraction worker threads every run shares (kg schedule starts one); without, runs extract in this thread. */
  pool?: ExtractPool;
}

/** The longest wait one timer may take: Node fires a longer setTimeout at once (2^31 - 1 ms, ~24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface Scheduler {
  owner: string;
  /** Next run time of each job. */
  nextRuns(): { job: string; nextRun: string | null }[];
  /** Runs a job now (manual trigger); resolves with its run id once claimed. */
  trigger(name: string): Promise<{ id: string; done: Promise<RunSummary | undefined> }>;
  stop(): Promise<void>;
}

/** A manual run that could not even be claimed (Neo4j unreachable, most likely). */
export class JobStartError extends KgError {
  override readonly name = 'JobStartError';
  readonly code = 'job-start' as const;
}

export const defaultOwner = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export function startScheduler(store: Store, file: JobsFile, opts: SchedulerOptions = {}): Scheduler {
  const owner = opts.owner ?? defaultOwner();
  const log = opts.log ?? (() => {});
  const clock = opts.clock ?? SYSTEM_CLOCK;
  const controller = new AbortController();
  const running = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };
  const execute = (job: JobSpec, trigger: 'schedule' | 'manual', scheduledAt?: Date, onClaimed?: (id: string) => void): Promise<RunSummary | undefined> =>
    track(
      // run-job.ts brings the whole ingest path (sources, parse, extraction, the NER model): loaded
      // on the first run, so a server whose jobs have not run yet has not paid for it.
      import('./run-job.ts')
        .then(({ runJob }) => runJob(job, { store, owner, trigger, scheduledAt, signal: controller.signal, onClaimed, pool: opts.pool }))
        .then(
          (summary) => {
            log({ job: job.name, message: summary ? `run ${summary.id}: ${summary.status}` : 'slot claimed by another instance', summary });
            return summary;
          },
          (error: unknown) => {
            log({ job: job.name, message: `run failed to start: ${(error as Error).message}`, error });
            return undefined;
          },
        ),
    );

  const crons = file.jobs
    .filter((j) => j.enabled)
    .map((job) => {
      // A paused Cron only computes times; the clock's timers do the waiting.
      const cron = new Cron(job.schedule, { paused: true, timezone: job.timezone });
      let timer: unknown;
      let stopped = false;
      let busy = false;
      const plan = (): void => {
        if (stopped) return;
        const slot = cron.nextRun(new Date(clock.now()));
        if (!slot) return;
        const wait = Math.min(Math.max(0, slot.getTime() - clock.now()), MAX_TIMER_MS);
        // A timer may end a little early or, for far slots, by design: then plan again.
        timer = clock.setTimeout(() => (clock.now() >= slot.getTime() ? fire(slot) : plan()), wait);
      };
      // The slot is the pattern's time (not the firing time, which differs between instances by
      // milliseconds), so every instance claims the same slot.
      const fire = (slot: Date): void => {
        plan();
        if (busy) return;
        busy = true;
        void execute(job, 'schedule', slot).finally(() => (busy = false));
      };
      plan();
      return {
        job,
        cron,
        stop: () => {
          stopped = true;
          clock.clearTimeout(timer);
        },
      };
    });

  return {
    owner,
    nextRuns: () => crons.map(({ job, cron }) => ({ job: job.name, nextRun: cron.nextRun(new Date(clock.now()))?.toISOString() ?? null })),
    async trigger(name) {
      const job = file.jobs.find((j) => j.name === name);
      if (!job) throw new Error(`ingest/jobs/scheduler: no job named "${name}"`);
      let resolveId!: (id: string) => void;
      const claimed = new Promise<string>((r) => (resolveId = r));
      const done = execute(job, 'manual', undefined, resolveId);
      const id = await Promise.race([claimed, done.then((s) => s?.id ?? '')]);
      if (!id)
        throw new JobStartError(`ingest/jobs/scheduler: the run of ${name} could not start; check that Neo4j is reachable (the server log has the cause)`);
      return { id, done };
    },
    async stop() {
      for (const { stop } of crons) stop();
      controller.abort();
      await Promise.allSettled([...running]);
    },
  };
}
