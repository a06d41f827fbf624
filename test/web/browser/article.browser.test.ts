import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { selectedIds, useExplorer } from '../../setup/browser.ts';
import { expectScreenshot } from '../../setup/screenshot.ts';
import { HOSTILE_ID, HOSTILE_NAME, HOSTILE_TITLE, seedExplorerData } from '../fixtures/explorer-data.ts';

/** An invented report of 200,000 characters whose last paragraph is marked, dated after the sample. */
const LONG_TITLE = '超长测试报道';
const LONG_END = '全文完。';
function longArticle(): string {
  const paragraph = '记者从上海获悉，马斯克当天再次前往特斯拉上海超级工厂，与工程师讨论新车型的生产安排和供应链细节。';
  const body: string[] = [];
  let length = 0;
  for (let i = 1; length < 200_000; i++) {
    const line = `第${i}段。${paragraph}`;
    body.push(line);
    length += line.length + 2;
  }
  return `${LONG_TITLE}\n\n2024-07-01 08:00:00 来源:测试\n\n${body.join('\n\n')}\n\n${LONG_END}\n`;
}

const explorer = useExplorer(async (store) => {
  await seedExplorerData(store);
  await ingestDocuments(store, [parseDocument(longArticle(), { name: 'long.txt', format: 'auto' })]);
});

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations: slow on a loaded machine.
describe('the article view in headless Chromium', { timeout: 120_000 }, () => {
  it('should open the article of an evidence sentence at that sentence, with its entities highlighted, and focus one in the graph on a click', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent('organization:特斯拉')}`);
    await page.waitForSelector('#panel-details .evidence-item .open-article');
    const sentence = (await page.locator('#panel-details .evidence-item .sentence').first().textContent())!;
    await page.locator('#panel-details .evidence-item .open-article').first().click();
    await page.waitForSelector('#article-view .article-text mark.mention');
    expect(
      await page
        .locator('#article-view .article-text .focus')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe(sentence);
    expect(await page.locator('#article-view .article-meta').first().textContent()).toMatch(/来源 Source: .+ · \d{4}-\d{2}-\d{2}/);
    // The article view against its baseline: the sheet alone, not the graph moving beside it.
    await expectScreenshot(page, 'article-view', { element: page.locator('#article-view') });
    const musk = page.locator('#article-view mark.mention[data-entity="person:马斯克"]').first();
    await musk.click();
    await expect.poll(() => selectedIds(page)).toEqual(['person:马斯克']);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('马斯克');
    expect(await page.locator('#article-view').isVisible()).toBe(true);
    await page.click('#article-view .article-close');
    expect(await page.locator('#article-view').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should list the articles that mention an entity and the articles of a day', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent('person:马斯克')}`);
    await page.click('#panel-details [data-action="entity-articles"]');
    await page.waitForSelector('#article-view .article-list-item');
    const titles = await page.locator('#article-view .article-list-item button').allTextContents();
    expect(titles[0]).toBe(LONG_TITLE);
    expect(titles).toContain(HOSTILE_TITLE);
    expect(titles.some((t) => t.includes('中美AI'))).toBe(true);
    await page.locator('#article-view .article-list-item button', { hasText: '中美AI' }).click();
    await page.waitForSelector('#article-view .article-text');
    await page.locator('#article-view button', { hasText: '同日文章 Same day' }).click();
    await page.waitForSelector('#article-view .article-list-item');
    expect(await page.locator('#article-view .article-heading').textContent()).toContain('2024-05-05');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show names and titles with HTML in them as text', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent(HOSTILE_ID)}`);
    await page.click('#panel-details [data-action="entity-articles"]');
    await page.locator('#article-view .article-list-item button', { hasText: HOSTILE_TITLE }).click();
    await page.waitForSelector('#article-view .article-text mark.mention');
    expect(await page.locator('#article-view .article-heading').textContent()).toBe(HOSTILE_TITLE);
    const titles = await page.locator('#article-view mark.mention').evaluateAll((marks) => marks.map((m) => m.getAttribute('title') ?? ''));
    expect(titles.some((t) => t.startsWith(HOSTILE_NAME))).toBe(true);
    expect(await page.locator('#article-view img, #article-view script').count()).toBe(0);
    expect(await page.locator('#article-view .article-meta a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should open a 200,000-character article a chunk at a time and render the rest as it is scrolled', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent('person:马斯克')}`);
    await page.click('#panel-details [data-action="entity-articles"]');
    await page.locator('#article-view .article-list-item button', { hasText: LONG_TITLE }).click();
    await page.waitForSelector('#article-view .article-text mark.mention');
    const state = () =>
      page.evaluate(() => {
        const view = document.querySelector<HTMLElement>('#article-view')!;
        return {
          chunks: Number(view.dataset.chunks),
          rendered: Number(view.dataset.renderedChunks),
          characters: view.querySelector('.article-text')!.textContent!.length,
        };
      });
    const first = await state();
    expect(first.chunks).toBeGreaterThanOrEqual(20);
    expect(first.rendered).toBeLessThanOrEqual(3);
    expect(first.characters).toBeLessThan(30_000);
    // The page answers while the article is open: a click on a name still focuses it in the graph.
    await page.locator('#article-view mark.mention[data-entity="person:马斯克"]').first().click();
    await expect.poll(() => selectedIds(page)).toEqual(['person:马斯克']);
    const scrollToEnd = async () => {
      await page.locator('#article-view .article-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
      return (await state()).rendered;
    };
    await expect.poll(scrollToEnd, { timeout: 30_000 }).toBe(first.chunks);
    const last = await state();
    expect(last.rendered).toBe(first.chunks);
    expect(last.characters).toBeGreaterThan(200_000);
    expect(await page.locator('#article-view .article-text').textContent()).toContain(LONG_END);
    expect(errors).toEqual([]);
    await page.close();
  });
});
