// Time you can see (issue 18 §3) in headless Chromium: the time bar under the graph is as wide as
// the canvas and shows bars in the bucket the server chose; play steps the window through time and
// the graph follows; the timeline draws the events on a time axis, coloured by kind, and a click on
// one focuses its participants.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExplorer } from '../../setup/browser.ts';
import { expectScreenshot, graphCanvas } from '../../setup/screenshot.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';
import { seedTypedRelations, TYPED_EVENT } from '../fixtures/typed-relations.ts';

const explorer = useExplorer(async (store) => {
  await seedExplorerData(store);
  await seedTypedRelations(store);
});

const visibleNodes = (page: Page) =>
  page.evaluate(() => {
    const r = (window as unknown as { __sigma: { getGraph(): { nodes(): string[] }; getNodeState(k: string): { isHidden: boolean } } }).__sigma;
    return r
      .getGraph()
      .nodes()
      .filter((k) => !r.getNodeState(k).isHidden).length;
  });

describe('the time bar and the timeline', () => {
  it('should draw a time bar as wide as the canvas with daily bars over the weeks of articles', async () => {
    const { page, errors } = await explorer.open();
    const bar = (await page.locator('#timebar').boundingBox())!;
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(bar.width).toBeGreaterThanOrEqual(graph.width - 1);
    expect(bar.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    // Articles and day-dated events over about six weeks: daily bars (the server's choice).
    expect(await page.locator('#time-unit').textContent()).toMatch(/^按日 daily/);
    const bars = await page.locator('#timebar .histogram .bar').evaluateAll((els) => els.map((e) => (e as HTMLElement).getBoundingClientRect().width));
    expect(bars.length).toBeGreaterThanOrEqual(2);
    // A day of a few weeks on a bar about 550 px wide: each bar several pixels, not a hairline.
    expect(Math.min(...bars)).toBeGreaterThan(3);
    await expectScreenshot(page, 'time-bar', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should step the window through time when playing, with the graph following, and stop on pause', async () => {
    const { page, errors } = await explorer.open();
    const all = await visibleNodes(page);
    await page.click('#time-play');
    await expect.poll(() => page.locator('#time-play').textContent()).toMatch(/暂停 Pause/);
    const first = await page.locator('#time-label').textContent();
    await expect.poll(() => new URL(page.url()).searchParams.get('to'), { timeout: 15_000 }).not.toBeNull();
    // The first window holds the first articles only: fewer entities than the whole graph.
    await expect.poll(() => visibleNodes(page), { timeout: 15_000 }).toBeLessThan(all);
    await expect.poll(() => page.locator('#time-label').textContent(), { timeout: 15_000 }).not.toBe(first);
    await page.click('#time-play');
    expect(await page.locator('#time-play').textContent()).toMatch(/播放 Play/);
    const paused = await page.locator('#time-label').textContent();
    await page.waitForTimeout(2_500);
    expect(await page.locator('#time-label').textContent()).toBe(paused);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should put the events on a time axis coloured by kind and focus the participants of the one clicked', async () => {
    const { page, errors } = await explorer.open('/?tab=timeline');
    const dot = page.locator(`#panel-timeline svg .timeline-dot[data-id="${TYPED_EVENT.id}"]`);
    await dot.waitFor({ timeout: 10_000 });
    expect(await dot.getAttribute('fill')).toBe('#2e86ab');
    expect(await page.locator('#panel-timeline .timeline-legend').textContent()).toContain('会见 meeting');
    await dot.click();
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe(TYPED_EVENT.name);
    const highlighted = await page.evaluate(() => {
      const w = window as unknown as { __sigma: { getNodeState(id: string): { isHighlighted?: boolean } } };
      return ['person:李强', 'person:马斯克'].map((id) => w.__sigma.getNodeState(id).isHighlighted === true);
    });
    expect(highlighted).toEqual([true, true]);
    await page.click('[data-tab="timeline"]');
    await dot.waitFor();
    await expectScreenshot(page, 'time-timeline', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
