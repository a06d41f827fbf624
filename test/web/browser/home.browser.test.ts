import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSample } from '../../../ingest/ingest-sample.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { launchBrowser, startTestServer, type TestServer } from '../../setup/browser.ts';
import { expectScreenshot, graphCanvas } from '../../setup/screenshot.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await ingestSample(store);
  server = await startTestServer(store);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('explorer home page in headless Chromium', () => {
  it('should draw the sample graph on a sigma canvas, with Chinese labels and no page errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(server.url);
    await page.waitForSelector('#graph[data-ready="true"]', { timeout: 60_000 });
    const canvases = await page.locator('#graph canvas').count();
    expect(canvases).toBeGreaterThan(0);
    const order = await page.evaluate(() => (window as unknown as { __sigma: { getGraph(): { order: number } } }).__sigma.getGraph().order);
    expect(order).toBeGreaterThan(10);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/\d+ 个实体/);
    await expectScreenshot(page, 'home', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
