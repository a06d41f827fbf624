import { describe, expect, it } from 'vitest';
import { ingestSample } from '../../../ingest/ingest-sample.ts';
import { useExplorer } from '../../setup/browser.ts';
import { expectScreenshot, graphCanvas } from '../../setup/screenshot.ts';
import { resetDatabase } from '../../setup/store.ts';

const explorer = useExplorer(async (store) => {
  await resetDatabase(store);
  await ingestSample(store);
});

describe('explorer home page in headless Chromium', () => {
  it('should draw the sample graph on a sigma canvas, with Chinese labels and no page errors', async () => {
    const { page, errors } = await explorer.open('/', { viewport: { width: 1280, height: 800 } });
    const canvases = await page.locator('#graph canvas').count();
    expect(canvases).toBeGreaterThan(0);
    const order = await page.evaluate(() => (window as unknown as { __sigma: { getGraph(): { order: number } } }).__sigma.getGraph().order);
    expect(order).toBeGreaterThan(10);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/\d+ 个实体/);
    await expectScreenshot(page, 'home', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
  });
});
