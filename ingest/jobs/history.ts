// Reading jobs back for people: a job's runs (newest first) and an overview of every job in the
// jobs file with its schedule, next run, last runs and recorded failures. Used by the CLI and the API.
import { Cron } from 'croner';
import type { Store } from '../store/client.ts';
import { listFailures, type FailureRecord } from './failures.ts';
import type { JobsFile } from './jobs-file.ts';

export interface RunRecord {
  id: string;
  status: string;
  trigger: string;
  owner: string;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  counts: { seen: number; new: number; updated: number; unchanged: number; failed: number };
  error: string | null;
}

export interface JobOverview {
  name: string;
  schedule: string;
  enabled: boolean;
  sources: string[];
  nextRun: string | null;
  lastRuns: RunRecord[];
  failures: FailureRecord[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export async function jobHistory(store: Store, name: string, limit = 20): Promise<RunRecord[]> {
  const rows = await store.read('job-run-history', { name, limit });
  return rows.map((r) => ({
    id: String(r.id),
    status: String(r.status),
    trigger: String(r.trigger ?? ''),
    owner: String(r.owner ?? ''),
    scheduledAt: str(r.scheduledAt),
    startedAt: str(r.startedAt),
    finishedAt: str(r.finishedAt),
    counts: {
      seen: Number(r.seen ?? 0),
      new: Number(r.new ?? 0),
      updated: Number(r.updated ?? 0),
      unchanged: Number(r.unchanged ?? 0),
      failed: Number(r.failed ?? 0),
    },
    error: str(r.error),
  }));
}

export function nextRunOf(schedule: string, timezone?: string): string | null {
  const cron = new Cron(schedule, { paused: true, timezone });
  const next = cron.nextRun()?.toISOString() ?? null;
  cron.stop();
  return next;
}

export async function jobsOverview(store: Store, file: JobsFile, opts: { runs?: number; failures?: number } = {}): Promise<JobOverview[]> {
  const out: JobOverview[] = [];
  for (const job of file.jobs) {
    out.push({
      name: job.name,
      schedule: job.schedule,
      enabled: job.enabled,
      sources: job.sources,
      nextRun: job.enabled ? nextRunOf(job.schedule, job.timezone) : null,
      lastRuns: await jobHistory(store, job.name, opts.runs ?? 5),
      failures: await listFailures(store, job.name, opts.failures ?? 50),
    });
  }
  return out;
}
