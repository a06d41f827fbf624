// Runs the jobs of a jobs file on their cron schedules (croner) until stopped. Within a process a
// job never overlaps itself (croner's protect); across processes each scheduled slot is claimed
// once in Neo4j and the job's lease keeps runs apart. stop() (SIGTERM) lets running jobs finish
// their current batch and record themselves as interrupted.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { Store } from '../store/client.ts';
import type { JobSpec, JobsFile } from './jobs-file.ts';
import { runJob, type RunSummary } from './run-job.ts';
import { KgError } from '../errors.ts';

export interface SchedulerOptions {
  owner?: string;
  log?(event: { job: string; message: string; summary?: RunSummary; error?: unknown }): void;
}

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
  const controller = new AbortController();
  const running = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };
  const execute = (job: JobSpec, trigger: 'schedule' | 'manual', scheduledAt?: Date, onClaimed?: (id: string) => void): Promise<RunSummary | undefined> =>
    track(
      runJob(job, { store, owner, trigger, scheduledAt, signal: controller.signal, onClaimed }).then(
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
      const cron: Cron = new Cron(job.schedule, { protect: true, timezone: job.timezone, name: `kg-job-${job.name}-${owner}` }, async () => {
        // The slot this firing is for: the pattern's time at or before now (not the firing time,
        // which differs between instances by milliseconds).
        const [slot] = cron.previousRuns(1, new Date(Date.now() + 1));
        await execute(job, 'schedule', slot ?? new Date());
      });
      return { job, cron };
    });

  return {
    owner,
    nextRuns: () => crons.map(({ job, cron }) => ({ job: job.name, nextRun: cron.nextRun()?.toISOString() ?? null })),
    async trigger(name) {
      const job = file.jobs.find((j) => j.name === name);
      if (!job) throw new Error(`ingest/jobs/scheduler: no job named "${name}"`);
      let resolveId!: (id: string) => void;
      const claimed = new Promise<string>((r) => (resolveId = r));
      const done = execute(job, 'manual', undefined, resolveId);
      const id = await Promise.race([claimed, done.then((s) => s?.id ?? '')]);
      if (!id) throw new JobStartError(`ingest/jobs/scheduler: the run of ${name} could not start; check that Neo4j is reachable (the server log has the cause)`);
      return { id, done };
    },
    async stop() {
      for (const { cron } of crons) cron.stop();
      controller.abort();
      await Promise.allSettled([...running]);
    },
  };
}
