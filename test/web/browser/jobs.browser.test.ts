import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJobsFile } from '../../../ingest/jobs/jobs-file.ts';
import { ARTIFACTS_DIR, startTestServer, useExplorer, type TestServer } from '../../setup/browser.ts';
import { seedSearchEntities } from '../fixtures/search-entities.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TOKEN = 'a-test-token-of-24-chars';

const explorer = useExplorer(seedSearchEntities);
/** What the jobs server's trigger was asked to run. */
const triggered: string[] = [];
let withJobs: TestServer;

beforeAll(async () => {
  // The built app with a jobs file, API_TOKEN and a trigger that records what it was asked to run.
  const file = parseJobsFile(
    { jobs: [{ name: 'world-news', schedule: '0 6 * * *', sources: ['https://news.example.com/rss.xml'] }] },
    join(ROOT, 'ingest.jobs.yml'),
  );
  withJobs = await startTestServer(explorer.store, {
    jobs: {
      file,
      apiToken: TOKEN,
      trigger: async (name) => {
        triggered.push(name);
        return { id: `run-${triggered.length}` };
      },
    },
  });
});
afterAll(async () => {
  await withJobs?.close();
});

/** The jobs tab of `server` (the file's, without jobs, by default), once its panel is drawn. */
async function jobsTab(server?: TestServer): Promise<Page> {
  const { page } = await explorer.open('/?tab=jobs', { server, ready: '#panel-jobs :is(#no-jobs, .job)' });
  return page;
}

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations: slow on a loaded machine.
describe('the jobs tab', { timeout: 120_000 }, () => {
  it('should tell a fresh clone how to make a jobs file from the example', async () => {
    const page = await jobsTab();
    const text = await page.locator('#no-jobs').textContent();
    expect(text).toContain('cp ingest.jobs.example.yml ingest.jobs.yml');
    expect(text).toContain('JOBS_FILE');
    expect(text).not.toContain('see ingest.jobs.yml');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'jobs-fresh-clone.png') });
    await page.close();
  });

  it('should run a job now with the API token, and say so when the token is missing or wrong', async () => {
    const page = await jobsTab(withJobs);
    const job = page.locator('.job[data-job="world-news"]');
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/令牌 .*token.*401/i);
    expect(triggered).toEqual([]);
    await page.fill('#jobs-token', 'wrong-token-wrong-token');
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/403/);
    expect(triggered).toEqual([]);
    await page.fill('#jobs-token', TOKEN);
    await job.locator('.run-now').click();
    await expect.poll(() => job.locator('.run-status').textContent()).toMatch(/已开始 Started: run run-1/);
    expect(triggered).toEqual(['world-news']);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'jobs-run-now.png') });
    await page.close();
  });
});
