import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { ARTIFACTS_DIR, launchBrowser, startTestServer, type TestServer } from '../../setup/browser.ts';
import { openTestStore } from '../../setup/store.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  server = await startTestServer(store);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

async function openConsole(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}/?tab=console`);
  await page.waitForSelector('#graph[data-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('#cypher-cookbook [data-example]', { timeout: 20_000 });
  return { page, errors };
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await expect.poll(() => page.locator('#cypher-editor .cm-content').textContent()).toBe(query);
}

const selected = (page: Page) => page.evaluate(() => (window as unknown as { __app: { view: { selected: string[] } } }).__app.view.selected);

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations: slow on a loaded machine.
describe('the console for analysts', { timeout: 120_000 }, () => {
  it('should list analyst questions, run one with its parameters, show typed columns and select a node chip in the graph', async () => {
    const { page, errors } = await openConsole();
    const titles = await page.locator('#cypher-cookbook [data-example]').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(10);
    expect(titles.join('\n')).not.toMatch(/job-lease|entities-add/);
    await page.click('#cypher-cookbook [data-example="analyst-top-comentions"]');
    expect(JSON.parse(await page.locator('#cypher-params').inputValue())).toMatchObject({ name: '马斯克' });
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-results .result-table tbody tr');
    const kinds = await page.locator('#cypher-results th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-kind')));
    expect(kinds).toEqual(['node', 'string', 'number', 'number']);
    expect(
      await page
        .locator('#cypher-results td.num')
        .first()
        .evaluate((td) => getComputedStyle(td).textAlign),
    ).toBe('right');
    const chip = page.locator('#cypher-results button.chip[data-entity]').first();
    const id = await chip.getAttribute('data-entity');
    await page.screenshot({ path: `${ARTIFACTS_DIR}/console-cookbook.png` });
    await chip.click();
    await expect.poll(() => selected(page)).toEqual([id]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should page a 50,000-row result a hundred rows at a time, say where it was cut, and keep the query in the history', async () => {
    const { page, errors } = await openConsole();
    const query = "UNWIND range(1, 50000) AS i RETURN i, 'row ' + toString(i) AS label";
    await typeQuery(page, query);
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-results .result-table tbody tr');
    expect(await page.locator('#cypher-results tbody tr').count()).toBe(100);
    const pager = page.locator('#cypher-results .result-pager');
    expect(await pager.textContent()).toMatch(/1–100 \/ \d+/);
    expect(await page.locator('#cypher-status').textContent()).toMatch(/1000 行 rows \(已截断 truncated: cut at 1000 rows/);
    await pager.locator('button', { hasText: '下一页 Next' }).click();
    expect(await page.locator('#cypher-results tbody tr').first().locator('td').first().textContent()).toBe('101');
    expect(await page.locator('#cypher-results tbody tr').count()).toBe(100);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/console-paged.png` });
    await page.click('#cypher-history summary');
    expect(await page.locator('#cypher-history li').first().textContent()).toBe(query);
    expect(errors).toEqual([]);
    await page.close();
  });
});
