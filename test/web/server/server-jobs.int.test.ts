// The jobs `npm start` schedules (web/server/server-jobs.ts) extract in the worker pool, as
// `kg schedule` does, and stopping the server ends the scheduler and then the pool's workers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../ingest/config.ts';
import { parseJobsFile } from '../../../ingest/jobs/jobs-file.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { ServerJobs } from '../../../web/server/server-jobs.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let jobs: ServerJobs | undefined;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await jobs?.stop();
  await store.close();
});

describe('the scheduled jobs of npm start', () => {
  it('should extract a run’s articles in the worker pool, and end the workers when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-server-jobs-'));
    const path = join(dir, 'news.txt');
    writeFileSync(path, '2024年5月6日 09:00\n美国国务卿布林肯在北京会见中国外交部长王毅。\n');
    const file = parseJobsFile({ jobs: [{ name: 'news', schedule: '0 0 1 1 *', sources: [path], options: { delayMs: 0 } }] }, 'server-jobs-test');
    jobs = await ServerJobs.prepare(loadConfig({}), { size: 1 });
    expect(jobs.extractor.degraded).toBeFalsy();
    const scheduler = jobs.schedule(store, file);
    const run = await scheduler.trigger('news');
    const summary = await run.done;
    expect(summary?.status).toBe('succeeded');
    expect(summary?.counts.new).toBe(1);
    expect(jobs.pool.extracted).toBe(1);
    await jobs.stop();
    expect(jobs.pool.size).toBe(0);
    await expect(jobs.pool.extract({ id: 'x', title: 'x', text: '王毅', authors: [] })).rejects.toThrow(/closed/);
    jobs = undefined;
  }, 240_000);
});
