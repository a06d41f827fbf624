import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { ARTIFACTS_DIR, useExplorer } from '../../setup/browser.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';

/** An invented itinerary: one traveller and 60 cities in one sentence, so the traveller is a hub of 60. */
const CITIES = (
  '北京 上海 广州 深圳 天津 重庆 成都 武汉 杭州 南京 西安 长沙 郑州 济南 青岛 大连 沈阳 长春 哈尔滨 石家庄 太原 呼和浩特 ' +
  '兰州 西宁 银川 乌鲁木齐 拉萨 昆明 贵阳 南宁 海口 福州 厦门 南昌 合肥 宁波 温州 苏州 无锡 常州 徐州 扬州 烟台 潍坊 ' +
  '洛阳 开封 襄阳 宜昌 岳阳 株洲 湘潭 桂林 柳州 三亚 珠海 汕头 佛山 东莞 中山 惠州'
).split(' ');
const TRAVELLER = '周明远';
function itinerary(): string {
  return `${TRAVELLER}的考察行程\n\n2024-05-20 10:00:00 来源:测试\n\n今年以来，企业家${TRAVELLER}先后考察了${CITIES.join('、')}等城市的产业园区。\n`;
}

const explorer = useExplorer(async (store) => {
  await seedExplorerData(store);
  await ingestDocuments(store, [parseDocument(itinerary(), { name: 'itinerary.txt', format: 'auto' })]);
});

type Win = {
  __app: { expand(id: string): Promise<void>; view: { selected: string[] } };
  __sigma: { getGraph(): { order: number; hasNode(id: string): boolean } };
};

async function pick(page: Page, input: string, text: string, name: string): Promise<void> {
  await page.fill(input, text);
  const hit = page.locator(`${input} + .search-results li[data-id]`, { hasText: name }).first();
  await hit.waitFor({ timeout: 10_000 });
  await hit.dispatchEvent('mousedown');
}

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations: slow on a loaded machine.
describe('no dead ends', { timeout: 120_000 }, () => {
  it('should find a shortest path between two entities picked by name, without shift-click', async () => {
    const { page, errors } = await explorer.open();
    await page.click('#path');
    expect(await page.locator('#path-find').isDisabled()).toBe(true);
    await pick(page, '#path-from', '马斯克', '马斯克');
    await pick(page, '#path-to', 'bulinken', '布林肯');
    expect(await page.locator('#path-find').isDisabled()).toBe(false);
    await page.click('#path-find');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/^路径 Path: 马斯克 → .+/);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/path-tool.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should fill the path tool from a two-entity selection', async () => {
    const { page } = await explorer.open(`/?sel=${encodeURIComponent('person:马斯克')},${encodeURIComponent('organization:特斯拉')}`);
    await page.click('#path');
    await expect.poll(() => page.locator('#path-from').inputValue()).toBe('马斯克');
    expect(await page.locator('#path-to').inputValue()).toBe('特斯拉');
    expect(await page.locator('#path-find').isDisabled()).toBe(false);
    await page.close();
  });

  it('should show the neighbours left out by the hub cap, a page at a time and then all', async () => {
    const { page, errors } = await explorer.open('/?limit=12');
    const hub = `person:${TRAVELLER}`;
    await page.evaluate((id) => (window as unknown as Win).__app.expand(id), hub);
    const pager = page.locator('#neighbour-pager');
    await expect.poll(() => pager.textContent()).toMatch(/还有 \d+ 个邻居未显示/);
    const hidden = () => pager.textContent().then((t) => Number(/还有 (\d+)/.exec(t ?? '')?.[1] ?? 0));
    const before = await hidden();
    expect(before).toBeGreaterThan(0);
    const all = (await (await fetch(`${explorer.server.url}/api/neighbourhood?ids=${encodeURIComponent(hub)}&hubCap=10000`)).json()) as {
      nodes: { id: string }[];
    };
    expect(all.nodes.length - 1).toBeGreaterThan(40);
    const missing = () =>
      page.evaluate(
        (ids) => ids.filter((id) => !(window as unknown as Win).__sigma.getGraph().hasNode(id)).length,
        all.nodes.map((n) => n.id),
      );
    expect(await missing()).toBe(before);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/show-more.png` });
    if (before > 40) {
      await page.click('#neighbour-pager [data-action="show-more"]');
      await expect.poll(hidden, { timeout: 20_000 }).toBe(before - 40);
    }
    await page.click(`#neighbour-pager [data-action="${(await hidden()) > 40 ? 'show-all' : 'show-more'}"]`);
    await expect.poll(() => pager.isVisible(), { timeout: 20_000 }).toBe(false);
    expect(await missing()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should answer a 500-character search in the suggestions and an emoji search with no match, never an error', async () => {
    const { page, errors } = await explorer.open();
    await page.fill('#search', '马'.repeat(500));
    await expect.poll(() => page.locator('#search-results').textContent()).toMatch(/q is 500 characters long.*at most 200/);
    expect(await page.locator('#status.error').count()).toBe(0);
    await page.fill('#search', '😀🚀');
    await expect.poll(() => page.locator('#search-results').textContent()).toBe('无结果 No match');
    expect(await page.locator('#status.error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
