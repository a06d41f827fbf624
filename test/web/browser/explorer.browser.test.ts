import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectedIds, typeCypher, useExplorer } from '../../setup/browser.ts';
import { expectScreenshot, graphCanvas } from '../../setup/screenshot.ts';
import { createApp } from '../../../web/server/app.ts';
import { countNodes, HOSTILE_ID, HOSTILE_NAME, HOSTILE_TITLE, HOSTILE_URL, seedExplorerData } from '../fixtures/explorer-data.ts';

const explorer = useExplorer(seedExplorerData);
const app = () => createApp({ store: explorer.store });

type Win = {
  __sigma: {
    getGraph(): { order: number; hasNode(id: string): boolean; nodes(): string[]; getNodeAttribute(id: string, k: string): unknown };
    getNodeState(id: string): { isHidden: boolean };
    getNodeDisplayData(id: string): { x: number; y: number };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
  __app: { view: { selected: string[] } };
  __xss?: number;
};

const order = (page: Page) => page.evaluate(() => (window as unknown as Win).__sigma.getGraph().order);

async function search(page: Page, text: string): Promise<void> {
  await page.fill('#search', text);
  await page.waitForSelector('#search-results li[data-id]', { timeout: 10_000 });
  await page.press('#search', 'Enter');
}

describe('graph explorer in headless Chromium', () => {
  it('should draw the home view with a legend and a time histogram', async () => {
    const { page, errors } = await explorer.open();
    expect(await order(page)).toBeGreaterThan(10);
    expect(await page.locator('#legend').textContent()).toContain('人物 Person');
    expect(await page.locator('.histogram .bar').count()).toBeGreaterThan(1);
    await expectScreenshot(page, 'explorer-home', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should select 马斯克 when searching 马斯克 and show evidence mentioning 特斯拉', async () => {
    const { page, errors } = await explorer.open();
    await search(page, '马斯克');
    await expect.poll(() => selectedIds(page)).toEqual(['person:马斯克']);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('马斯克');
    await page.waitForSelector('#panel-details .evidence-item');
    const sentences = await page.locator('#panel-details .evidence-item .sentence').allTextContents();
    expect(sentences.some((s) => s.includes('特斯拉'))).toBe(true);
    expect(await page.locator('#panel-details .evidence-item mark').first().textContent()).toMatch(/马斯克|Musk/);
    expect(await page.locator('#panel-details .co-mentions').textContent()).toContain('特斯拉');
    await expectScreenshot(page, 'explorer-search-musk', { mask: graphCanvas(page) });
    expect(new URL(page.url()).searchParams.get('sel')).toBe('person:马斯克');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should select 马斯克 when searching its pinyin mask', async () => {
    const { page } = await explorer.open();
    await search(page, 'mask');
    expect(await page.locator('#search-results li[data-id]').count()).toBe(0);
    await expect.poll(() => selectedIds(page)).toEqual(['person:马斯克']);
    await page.close();
  });

  it('should restore the selection from a shared link', async () => {
    const { page } = await explorer.open(`/?sel=${encodeURIComponent('person:马斯克')}&color=community`);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('马斯克');
    expect(await page.locator('#color-by').inputValue()).toBe('community');
    await page.close();
  });

  it('should expand a node on double-click and collapse it with undo', async () => {
    const { page, errors } = await explorer.open('/?limit=12');
    const before = await order(page);
    const target = await page.evaluate(() => {
      const w = window as unknown as Win;
      const id = w.__sigma.getGraph().hasNode('person:马斯克') ? 'person:马斯克' : w.__sigma.getGraph().nodes()[0]!;
      return { id, ...w.__sigma.framedGraphToViewport(w.__sigma.getNodeDisplayData(id)) };
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.mouse.dblclick(box.x + target.x, box.y + target.y);
    await expect.poll(() => order(page), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/展开 Expanded/);
    await expectScreenshot(page, 'explorer-expanded', { mask: graphCanvas(page) });
    await page.click('#undo');
    await expect.poll(() => order(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should hide what only later articles mention when the time slider ends earlier', async () => {
    const { page, errors } = await explorer.open();
    const hidden = () => page.evaluate((id) => (window as unknown as Win).__sigma.getNodeState(id).isHidden, HOSTILE_ID);
    expect(await page.evaluate((id) => (window as unknown as Win).__sigma.getGraph().hasNode(id), HOSTILE_ID)).toBe(true);
    expect(await hidden()).toBe(false);
    await page.evaluate(() => {
      const to = document.querySelector<HTMLInputElement>('#time-to')!;
      const from = document.querySelector<HTMLInputElement>('#time-from')!;
      // The last day with data is 2024-06-10; pull the end back to the May article.
      to.value = String(Number(to.max) - 36);
      to.dispatchEvent(new Event('input', { bubbles: true }));
      void from;
    });
    await expect.poll(() => page.locator('#time-label').textContent()).toMatch(/— 2024-05-05$/);
    await expect.poll(hidden, { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Win).__sigma.getNodeState('person:马斯克').isHidden)).toBe(false);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2024-05-05');
    await expectScreenshot(page, 'explorer-time-window', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should run a read query in the console and show it as graph and table', async () => {
    const { page, errors } = await explorer.open('/?tab=console');
    await page.waitForSelector('#cypher-editor .cm-content');
    await page.selectOption('#cypher-mode', 'replace');
    // Ordered, so the same 25 rows come back every run and the screenshot can be compared.
    await typeCypher(page, 'MATCH (p:Person)-[r:CO_MENTIONED]-(o:Organization) RETURN p, r, o ORDER BY p.id, o.id LIMIT 25');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#cypher-status').textContent(), { timeout: 20_000 }).toMatch(/行 rows/);
    const rows = await page.locator('#cypher-results tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(25);
    expect(await page.locator('#cypher-results thead th > span').allTextContents()).toEqual(['p', 'r', 'o']);
    expect(await page.locator('#cypher-results thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-kind')))).toEqual([
      'node',
      'relationship',
      'node',
    ]);
    await expect.poll(() => order(page)).toBeGreaterThan(1);
    const types = await page.evaluate(() => {
      const g = (window as unknown as Win).__sigma.getGraph();
      return [...new Set(g.nodes().map((n) => g.getNodeAttribute(n, 'entityType')))].sort();
    });
    expect(types).toEqual(['Organization', 'Person']);
    // The status line reports the query's milliseconds.
    await expectScreenshot(page, 'explorer-console', { mask: [...graphCanvas(page), page.locator('#cypher-status')] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should refuse CREATE in the console and leave the database unchanged', async () => {
    const before = await countNodes(explorer.store);
    const { page } = await explorer.open('/?tab=console');
    await page.waitForSelector('#cypher-editor .cm-content');
    await typeCypher(page, 'CREATE (n:X) RETURN n');
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-status').getAttribute('class')).toContain('error');
    expect(await page.locator('#cypher-status').textContent()).toMatch(/refused|read-only/);
    await expectScreenshot(page, 'explorer-console-refused', { mask: graphCanvas(page) });
    expect(await countNodes(explorer.store)).toBe(before);
    const direct = await app().request('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'CREATE (n:X) RETURN n' }),
    });
    expect(direct.status).toBe(403);
    expect(await countNodes(explorer.store)).toBe(before);
    await page.close();
  });

  it('should render a <script> entity name and an <img onerror> title as text, running no script', async () => {
    const { page, errors, dialogs } = await explorer.open();
    await page.evaluate((id) => (window as unknown as { __app: { selectById(id: string): Promise<void> } }).__app.selectById(id), HOSTILE_ID);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe(HOSTILE_NAME);
    await page.waitForSelector('#panel-details .evidence-item');
    expect(await page.locator('#panel-details .evidence-item .source').first().textContent()).toContain(HOSTILE_TITLE);
    expect(await page.locator('#panel-details img').count()).toBe(0);
    expect(await page.locator('#panel-details script').count()).toBe(0);
    await page.fill('#search', 'script');
    await page.waitForSelector('#search-results li[data-id]');
    expect(await page.locator('img').count()).toBe(0);
    await expectScreenshot(page, 'explorer-hostile', { mask: graphCanvas(page) });
    expect(await page.evaluate(() => (window as unknown as Win).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show an article whose URL is javascript:alert(1) as text, with no link to it', async () => {
    const { page, errors, dialogs } = await explorer.open();
    await page.evaluate((id) => (window as unknown as { __app: { selectById(id: string): Promise<void> } }).__app.selectById(id), HOSTILE_ID);
    await page.waitForSelector('#panel-details .evidence-item');
    const source = page.locator('#panel-details .evidence-item .source').first();
    expect(await source.textContent()).toContain(HOSTILE_URL);
    expect(await page.locator(`a[href="${HOSTILE_URL}"]`).count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    expect(await source.locator('a').count()).toBe(0);
    await source.locator('.article-title').click();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show the jobs page or say clearly that there is no jobs API yet', async () => {
    const { page } = await explorer.open('/?tab=jobs');
    await expect.poll(async () => (await page.locator('#panel-jobs').textContent()) ?? '').toMatch(/No scheduled jobs|计划 Schedule/);
    await expectScreenshot(page, 'explorer-jobs', { mask: graphCanvas(page) });
    await page.close();
  });
});
