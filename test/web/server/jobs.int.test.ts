// /api/jobs over the real Neo4j: reading needs no token; triggering needs the API_TOKEN bearer
// (401 without credentials, 403 with wrong ones or when the server has no token).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHistory } from '../../../ingest/jobs/history.ts';
import { parseJobsFile, type JobsFile } from '../../../ingest/jobs/jobs-file.ts';
import { startScheduler, type Scheduler } from '../../../ingest/jobs/scheduler.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

const TOKEN = 'test-token-0123456789abcdef';
let store: Store;
let file: JobsFile;
let scheduler: Scheduler;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-jobs-'));
  writeFileSync(join(dir, 'a.txt'), '测试新闻\n\n新华社北京5月5日电 国务院总理李强在北京会见特斯拉首席执行官马斯克。\n');
  file = parseJobsFile({ jobs: [{ name: 'api-job', schedule: '0 0 1 1 *', sources: [join(dir, 'a.txt')] }] }, join(dir, 'ingest.jobs.yml'));
  scheduler = startScheduler(store, file, { owner: 'api-test' });
});
afterAll(async () => {
  await scheduler.stop();
  await store.close();
});

const app = (apiToken?: string) => createApp({ store, jobs: { file, apiToken, trigger: (name) => scheduler.trigger(name) } });

describe('/api/jobs', () => {
  it('should list jobs with schedule, next run, last runs and failures without a token', async () => {
    const res = await app(TOKEN).request('/api/jobs');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { jobs: Record<string, unknown>[] };
    expect(body.jobs).toHaveLength(1);
    expect(body.jobs[0]).toMatchObject({ name: 'api-job', schedule: '0 0 1 1 *', enabled: true, lastRuns: [], failures: [] });
    expect(String(body.jobs[0]!.nextRun)).toMatch(/^\d{4}-01-01T/);
  });

  it('should answer 401 to a trigger without credentials', async () => {
    const res = await app(TOKEN).request('/api/jobs/api-job/run', { method: 'POST' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await res.json()) as { error: string }).error).toMatch(/Authorization: Bearer/);
  });

  it('should answer 403 to a wrong token, and when the server has no API_TOKEN', async () => {
    const wrong = await app(TOKEN).request('/api/jobs/api-job/run', { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
    const disabled = await app(undefined).request('/api/jobs/api-job/run', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(disabled.status).toBe(403);
    expect(((await disabled.json()) as { error: string }).error).toMatch(/set API_TOKEN/);
  });

  it('should answer 404 for an unknown job', async () => {
    const res = await app(TOKEN).request('/api/jobs/nope/run', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
  });

  it('should start a run with the right token and show it in the history', async () => {
    const res = await app(TOKEN).request('/api/jobs/api-job/run', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    expect(runId).toMatch(/^api-job@manual-/);
    // Until the run has ended, however long that takes here (the test's timeout bounds it).
    const ended = async () => !['claimed', 'running', undefined].includes((await jobHistory(store, 'api-job'))[0]?.status);
    while (!(await ended())) await new Promise((r) => setTimeout(r, 50));
    const runs = (await (await app(TOKEN).request('/api/jobs/api-job/runs')).json()) as { runs: { id: string; status: string; counts: { new: number } }[] };
    expect(runs.runs[0]).toMatchObject({ id: runId, status: 'succeeded', counts: { new: 1 } });
  });
});
