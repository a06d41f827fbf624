// One run of one job, recorded in Neo4j: claim the run (once across instances), take the job's
// lease (no overlap), ingest its sources plus failed documents due for a retry, record each
// document failure, and record the end: succeeded, partial (some documents failed), failed (Neo4j
// stayed away, or the run itself broke), interrupted (SIGTERM) or skipped (previous run still going).
import { randomUUID } from 'node:crypto';
import { resolveSourceOptions } from '../sources/index.ts';
import type { Store } from '../store/client.ts';
import { emptyCounts, summarizeFailures, type RunCounts } from './counts.ts';
import { clearFailure, listFailures, recordFailure, retryPlan } from './failures.ts';
import { runIngest, type EngineHooks } from './ingest-engine.ts';
import { applyJobSchema } from './job-schema.ts';
import type { JobSpec } from './jobs-file.ts';
import { leaseHolder, tryAcquireLease } from './lease.ts';
import { waitForStore } from './store-guard.ts';
import type { ExtractPool } from '../workers/extract-pool.ts';

export type RunStatus = 'succeeded' | 'partial' | 'failed' | 'interrupted' | 'skipped';

export interface RunSummary {
  id: string;
  job: string;
  status: RunStatus;
  counts: RunCounts;
  error?: string;
  startedAt: string;
  finishedAt: string;
}

export interface RunContext {
  store: Store;
  /** Identifies this process among app instances (host:pid:random by default). */
  owner: string;
  trigger: 'schedule' | 'manual';
  /** The cron slot this run is for; runs for one slot happen once across instances. */
  scheduledAt?: Date;
  signal?: AbortSignal;
  hooks?: Pick<EngineHooks, 'onDocument' | 'onTotal'>;
  /** Told the run id as soon as the run is claimed (the API answers with it). */
  onClaimed?(id: string): void;
  /** Extraction worker threads (ingest/workers/); without a pool the run extracts in this thread. */
  pool?: ExtractPool;
}

export const runIdFor = (job: string, scheduledAt?: Date): string =>
  scheduledAt ? `${job}@${scheduledAt.toISOString()}` : `${job}@manual-${new Date().toISOString()}-${randomUUID().slice(0, 8)}`;

async function finish(store: Store, summary: RunSummary): Promise<void> {
  await store.write('job-run-finish', {
    id: summary.id,
    status: summary.status,
    finishedAt: summary.finishedAt,
    counts: summary.counts,
    error: summary.error ?? null,
  });
}

/** Runs `job` once. Resolves to undefined when another instance claimed this slot. */
export async function runJob(job: JobSpec, ctx: RunContext): Promise<RunSummary | undefined> {
  const { store, owner } = ctx;
  const o = job.options;
  await applyJobSchema(store);
  const now = new Date();
  await store.write('job-upsert', { name: job.name, schedule: job.schedule, sources: job.sources, source: job.sources.join('\n'), now: now.toISOString() });
  const id = runIdFor(job.name, ctx.scheduledAt);
  const [claim] = await store.write('job-run-claim', {
    name: job.name,
    id,
    owner,
    trigger: ctx.trigger,
    scheduledAt: ctx.scheduledAt?.toISOString() ?? null,
    now: now.toISOString(),
  });
  if (!claim?.mine) return undefined;
  ctx.onClaimed?.(id);
  const summary: RunSummary = { id, job: job.name, status: 'succeeded', counts: emptyCounts(), startedAt: now.toISOString(), finishedAt: now.toISOString() };

  const lease = await tryAcquireLease(store, job.name, owner, o.leaseMs);
  if (!lease) {
    const holder = await leaseHolder(store, job.name);
    summary.status = 'skipped';
    summary.error = `ingest/jobs/run-job: the previous run of ${job.name} is still going (lease held by ${holder?.owner ?? 'another run'}); this slot was skipped so runs never overlap`;
    summary.finishedAt = new Date().toISOString();
    await finish(store, summary);
    return summary;
  }
  try {
    await store.write('job-run-start', { id, name: job.name, now: new Date().toISOString() });
    const earlier = await listFailures(store, job.name);
    const failedBefore = new Set(earlier.map((f) => f.document));
    const { retry, holdBack } = retryPlan(earlier, job.sources);
    const source = resolveSourceOptions({ timeoutMs: o.timeoutMs, maxBytes: o.maxBytes, maxRedirects: o.maxRedirects, minFeedTextLength: o.minFeedTextLength });
    const result = await runIngest(
      store,
      job.sources,
      { concurrency: o.concurrency, batchSize: o.batchSize, delayMs: o.delayMs, storeWaitMs: o.storeWaitMs, dryRun: false, source, pool: ctx.pool },
      {
        ...ctx.hooks,
        retry,
        shouldProcess: (key) => !holdBack.has(key),
        onFailure: (f) => recordFailure(store, job.name, id, f, o),
        onSuccess: (key) => (failedBefore.has(key) ? clearFailure(store, job.name, key) : Promise.resolve()),
      },
      ctx.signal,
    );
    summary.counts = result.counts;
    summary.status = result.storeDown ? 'failed' : result.interrupted ? 'interrupted' : result.counts.failed > 0 ? 'partial' : 'succeeded';
    const fatal =
      result.storeDown?.message ?? (result.interrupted ? 'ingest/jobs/run-job: stopped by a signal after the current batch; the next run resumes' : undefined);
    summary.error = summarizeFailures(result.failures, fatal);
  } catch (err) {
    summary.status = 'failed';
    summary.error = `ingest/jobs/run-job: the run broke: ${(err as Error).message}`;
  }
  summary.finishedAt = new Date().toISOString();
  // With Neo4j gone, skip the bookkeeping (each write would wait out the driver's retries): the
  // lease expires by itself and the next run's start marks this run failed. Nothing is lost. Its
  // renewal stops here, or it would take the lease back for good once Neo4j returns.
  if (!(await waitForStore(store, 1000))) {
    lease.abandon();
    summary.error = `${summary.error ?? 'ingest/jobs/run-job: Neo4j is unreachable'}; the end of this run could not be recorded`;
    return summary;
  }
  await lease.release();
  await finish(store, summary).catch((err: unknown) => {
    summary.error = `${summary.error ?? ''}; the end of this run could not be recorded (${(err as Error).message})`;
  });
  return summary;
}
