// The jobs file is validated up front: mistakes come back as one message naming the field.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOB_OPTIONS, JobsFileError, loadJobsFile, parseJobsFile } from '../../../ingest/jobs/jobs-file.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('jobs file', () => {
  it('should accept the documented example and merge defaults into each job', () => {
    const file = loadJobsFile(join(ROOT, 'ingest.jobs.example.yml'));
    expect(file.jobs.map((j) => j.name)).toEqual(['xinhua-world', 'local-archive']);
    expect(file.jobs[1]!.enabled).toBe(false);
    expect(file.jobs[1]!.options).toEqual({ ...DEFAULT_JOB_OPTIONS, concurrency: 8, delayMs: 0 });
  });

  it('should name the job and field of a bad cron pattern', () => {
    expect(() => parseJobsFile({ jobs: [{ name: 'a', schedule: 'every hour', sources: ['x'] }] }, 'jobs.yml')).toThrow(
      /jobs\.0\.schedule: is not a valid cron pattern/,
    );
  });

  it('should reject unknown options, missing sources and duplicate names with one line each', () => {
    let error: unknown;
    try {
      parseJobsFile(
        {
          jobs: [
            { name: 'a', schedule: '* * * * *', sources: [], options: { concurency: 2 } },
            { name: 'a', schedule: '* * * * *', sources: ['x'] },
          ],
        },
        'jobs.yml',
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(JobsFileError);
    const message = (error as Error).message;
    expect(message).toMatch(/^ingest\/jobs\/jobs-file: jobs\.yml is not a valid jobs file/);
    expect(message).toMatch(/jobs\.0\.sources: needs at least one source/);
    expect(message).toMatch(/jobs\.0\.options: .*concurency/);
    expect(message).toMatch(/jobs\.1\.name: "a" is used twice/);
  });

  it('should say how to fix a missing file', () => {
    expect(() => loadJobsFile('/nonexistent/ingest.jobs.yml')).toThrow(/cannot read .* create it from ingest\.jobs\.example\.yml or set JOBS_FILE/);
  });
});
