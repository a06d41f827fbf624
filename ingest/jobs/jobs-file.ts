// The jobs file (`ingest.jobs.yml`, or `.json`): each job's name, sources, cron schedule and options,
// validated with zod at start-up so a mistake is one line naming the job and field, never a crash
// in the middle of the night. See ingest.jobs.example.yml for a documented example.
import { readFileSync } from 'node:fs';
import { Cron } from 'croner';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KgError } from '../errors.ts';

export class JobsFileError extends KgError {
  override readonly name = 'JobsFileError';
  readonly code = 'jobs-file' as const;
}

const int = (min: number) => z.number().int().min(min);

export const JobOptionsSchema = z
  .object({
    concurrency: int(1).max(64),
    batchSize: int(1).max(1000),
    delayMs: int(0),
    timeoutMs: int(100),
    maxBytes: int(1024),
    maxRedirects: int(0).max(20),
    minFeedTextLength: int(0),
    maxAttempts: int(1),
    retryBackoffMs: int(0),
    storeWaitMs: int(0),
    leaseMs: int(1000),
  })
  .strict();

export type JobOptions = z.infer<typeof JobOptionsSchema>;

export const DEFAULT_JOB_OPTIONS: JobOptions = {
  concurrency: 4,
  batchSize: 50,
  delayMs: 250,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  minFeedTextLength: 200,
  maxAttempts: 5,
  retryBackoffMs: 10 * 60_000,
  storeWaitMs: 60_000,
  leaseMs: 120_000,
};

const cron = z.string().refine(
  (pattern) => {
    try {
      new Cron(pattern, { paused: true }).stop();
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid cron pattern (5 fields, or 6 with seconds first, e.g. "*/15 * * * *")' },
);

const JobSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be 1–63 letters, digits, dots, dashes or underscores'),
    schedule: cron,
    timezone: z.string().optional(),
    enabled: z.boolean().default(true),
    sources: z.array(z.string().min(1)).min(1, 'needs at least one source (a path, glob, page URL or feed URL)'),
    options: JobOptionsSchema.partial().default({}),
  })
  .strict();

const JobsFileSchema = z
  .object({
    defaults: JobOptionsSchema.partial().default({}),
    jobs: z.array(JobSchema).min(1, 'lists no jobs'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.jobs.forEach((job, i) => {
      if (seen.has(job.name)) ctx.addIssue({ code: 'custom', path: ['jobs', i, 'name'], message: `"${job.name}" is used twice; job names must be unique` });
      seen.add(job.name);
    });
  });

export interface JobSpec {
  name: string;
  schedule: string;
  timezone?: string;
  enabled: boolean;
  sources: string[];
  options: JobOptions;
}

export interface JobsFile {
  path: string;
  jobs: JobSpec[];
}

/** Validates an already-parsed jobs document; `path` is only used in messages. */
export function parseJobsFile(doc: unknown, path: string): JobsFile {
  const result = JobsFileSchema.safeParse(doc);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new JobsFileError(`ingest/jobs/jobs-file: ${path} is not a valid jobs file:\n${lines.join('\n')}\nSee ingest.jobs.example.yml for the format.`);
  }
  const { defaults, jobs } = result.data;
  return {
    path,
    jobs: jobs.map((j) => ({ ...j, options: { ...DEFAULT_JOB_OPTIONS, ...defaults, ...j.options } })),
  };
}

export function loadJobsFile(path: string): JobsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new JobsFileError(
      `ingest/jobs/jobs-file: cannot read ${path} (${(cause as NodeJS.ErrnoException).code ?? 'error'}); create it from ingest.jobs.example.yml or set JOBS_FILE`,
      { cause },
    );
  }
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    throw new JobsFileError(
      `ingest/jobs/jobs-file: ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'} (${(cause as Error).message.split('\n')[0]}); fix the syntax`,
      { cause },
    );
  }
  return parseJobsFile(doc, path);
}

export function findJob(file: JobsFile, name: string): JobSpec {
  const job = file.jobs.find((j) => j.name === name);
  if (!job) throw new JobsFileError(`ingest/jobs/jobs-file: no job named "${name}" in ${file.path}; known jobs: ${file.jobs.map((j) => j.name).join(', ')}`);
  return job;
}
