import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJobsFile } from '../../../ingest/jobs/jobs-file.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { httpServerFactory } from '../../../web/server/http-server.ts';
import { ARTIFACTS_DIR, launchBrowser, startTestServer, type TestServer } from '../../setup/browser.ts';
import { openTestStore } from '../../setup/store.ts';
import { seedSearchEntities } from '../fixtures/search-entities.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TOKEN = 'a-test-token-of-24-chars';

let store: Store;
let browser: Browser;
let bare: TestServer;
let withJobs: TestServer & { triggered: string[] };

/** The built app with a jobs file, API_TOKEN and a trigger that records what it was asked to run. */
async function serverWithJobs(): Promise<TestServer & { triggered: string[] }> {
  const triggered: string[] = [];
  const file = parseJobsFile(
    { jobs: [{ name: 'world-news', schedule: '0 6 * * *', sources: ['https://news.example.com/rss.xml'] }] },
    join(ROOT, 'ingest.jobs.yml'),
  );
  const app = createApp({
    store,
    staticDir: join(ROOT, 'dist'),
    jobs: {
      file,
      apiToken: TOKEN,
      trigger: async (name) => {
        triggered.push(name);
        return { id: `run-${triggered.length}` };
      },
    },
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: httpServerFactory(app.fetch) }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, triggered, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

beforeAll(async () => {
  store = openTestStore();
  await seedSearchEntities(store);
  bare = await startTestServer(store);
  withJobs = await serverWithJobs();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await bare?.close();
  await withJobs?.close();
  await store?.close();
});

async function jobsTab(base: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${base}/?tab=jobs`);
  await page.waitForSelector('#panel-jobs :is(#no-jobs, .job)', { timeout: 60_000 });
  return page;
}

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations: slow on a loaded machine.
describe('the jobs tab', { timeout: 120_000 }, () => {
  it('should tell a fresh clone how to make a jobs file from the example', async () => {
    const page = await jobsTab(bare.url);
    const text = await page.locator('#no-jobs').textContent();
    expect(text).toContain('cp ingest.jobs.example.yml ingest.jobs.yml');
    expect(text).toContain('JOBS_FILE');
    expect(text).not.toContain('see ingest.jobs.yml');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'jobs-fresh-clone.png') });
    await page.close();
  });

  it('should run a job now with the API token, and say so when the token is missing or wrong', async () => {
    const page = await jobsTab(withJobs.url);
    const job = page.locator('.job[data-job="world-news"]');
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/令牌 .*token.*401/i);
    expect(withJobs.triggered).toEqual([]);
    await page.fill('#jobs-token', 'wrong-token-wrong-token');
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/403/);
    expect(withJobs.triggered).toEqual([]);
    await page.fill('#jobs-token', TOKEN);
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/已开始 Started: run run-1/);
    expect(withJobs.triggered).toEqual(['world-news']);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'jobs-run-now.png') });
    await page.close();
  });
});
