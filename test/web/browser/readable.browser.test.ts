// Readable by default (issue 18 §1) on a graph of more than 300 entities: labels never overlap, no
// two discs overlap after the layout, and selecting an entity brings it and its neighbours into
// view. Label boxes come from sigma's own label measure (the box it draws), not from the
// explorer's estimate, so the test checks what a reader sees. Screenshots of the home view and of a
// selection, unmasked: the layout runs a fixed number of iterations, so the picture repeats.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { launchBrowser, startTestServer, type TestServer } from '../../setup/browser.ts';
import { expectScreenshot } from '../../setup/screenshot.ts';
import { openTestStore } from '../../setup/store.ts';
import { DENSE_HUB, seedDenseGraph } from '../fixtures/dense-graph.ts';

let store: Store;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  store = openTestStore();
  await seedDenseGraph(store);
  server = await startTestServer(store);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Scene {
  width: number;
  height: number;
  order: number;
  labels: { key: string; box: Box }[];
  discs: { key: string; x: number; y: number; r: number }[];
}

/** What is on screen now: each drawn label's box and each visible disc, in viewport pixels. */
async function scene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    type D = { x: number; y: number; size: number; visibility: string };
    const r = (window as unknown as { __sigma: Record<string, never> }).__sigma as unknown as {
      getGraph(): { order: number; nodes(): string[] };
      getDimensions(): { width: number; height: number };
      getNodeDisplayData(k: string): D | undefined;
      getNodeState(k: string): { isHidden: boolean };
      getNodeDisplayedLabels(): Set<string>;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      labelRenderer: { nodeLabelBox(d: D, radius: number): Box | null };
    };
    const { width, height } = r.getDimensions();
    const disc = (key: string) => {
      const d = r.getNodeDisplayData(key)!;
      const p = r.framedGraphToViewport(d);
      return { key, x: p.x, y: p.y, r: r.scaleSize(d.size), d };
    };
    const labels = [...r.getNodeDisplayedLabels()].map((key) => {
      const c = disc(key);
      const b = r.labelRenderer.nodeLabelBox(c.d, c.r)!;
      return { key, box: { minX: c.x + b.minX, maxX: c.x + b.maxX, minY: c.y + b.minY, maxY: c.y + b.maxY } };
    });
    const discs = r
      .getGraph()
      .nodes()
      .filter((k) => !r.getNodeState(k).isHidden)
      .map((k) => {
        const { key, x, y, r: radius } = disc(k);
        return { key, x, y, r: radius };
      });
    return { width, height, order: r.getGraph().order, labels, discs };
  });
}

const overlap = (a: Box, b: Box) => a.minX < b.maxX - 0.5 && b.minX < a.maxX - 0.5 && a.minY < b.maxY - 0.5 && b.minY < a.maxY - 0.5;

function overlappingLabels(s: Scene): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.labels.length; i++)
    for (let j = i + 1; j < s.labels.length; j++) if (overlap(s.labels[i]!.box, s.labels[j]!.box)) out.push(`${s.labels[i]!.key} × ${s.labels[j]!.key}`);
  return out;
}

function touchingDiscs(s: Scene): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.discs.length; i++) {
    for (let j = i + 1; j < s.discs.length; j++) {
      const a = s.discs[i]!;
      const b = s.discs[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) out.push(`${a.key} × ${b.key}`);
    }
  }
  return out;
}

/** Labels are picked once per frame after a change; the camera may be animating. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(900);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function open(path = '/'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('#graph[data-ready="true"]', { timeout: 60_000 });
  await settle(page);
  return { page, errors };
}

describe('a readable graph of more than 300 entities', () => {
  it('should draw many labels on the home view, none over another, and no disc over another', async () => {
    const { page, errors } = await open();
    // A fixed number of iterations (not a time budget): the same picture on every machine.
    expect(await page.evaluate(() => (window as unknown as { __app: { lastLayout: { stoppedBy: string } } }).__app.lastLayout.stoppedBy)).toBe('iterations');
    const s = await scene(page);
    expect(s.order).toBeGreaterThanOrEqual(300);
    expect(s.discs.length).toBeGreaterThanOrEqual(300);
    expect(s.labels.length).toBeGreaterThanOrEqual(25);
    expect(overlappingLabels(s)).toEqual([]);
    expect(s.labels.filter((l) => l.box.minX < 0 || l.box.maxX > s.width || l.box.minY < 0 || l.box.maxY > s.height)).toEqual([]);
    expect(touchingDiscs(s)).toEqual([]);
    await expectScreenshot(page, 'readable-home', { maxDiffRatio: 0.02 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should bring a selected hub and all its neighbours into view, labelled without overlaps', async () => {
    const { page, errors } = await open();
    await page.evaluate((id) => (window as unknown as { __app: { select(ids: string[]): void } }).__app.select([id]), DENSE_HUB);
    await page.waitForSelector('#panel-details h2');
    await settle(page);
    const s = await scene(page);
    const neighbours = await page.evaluate(
      (id) => (window as unknown as { __sigma: { getGraph(): { neighbors(k: string): string[] } } }).__sigma.getGraph().neighbors(id),
      DENSE_HUB,
    );
    expect(neighbours.length).toBeGreaterThan(20);
    const outside = s.discs
      .filter((d) => d.key === DENSE_HUB || neighbours.includes(d.key))
      .filter((d) => d.x - d.r < 0 || d.x + d.r > s.width || d.y - d.r < 0 || d.y + d.r > s.height)
      .map((d) => d.key);
    expect(outside).toEqual([]);
    const labelled = s.labels.map((l) => l.key);
    expect(labelled).toContain(DENSE_HUB);
    expect(overlappingLabels(s)).toEqual([]);
    expect(touchingDiscs(s)).toEqual([]);
    await expectScreenshot(page, 'readable-selection', { maxDiffRatio: 0.02 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep a dragged node where it was dropped when the layout runs again', async () => {
    const { page, errors } = await open();
    const before = await page.evaluate((id) => {
      const r = (
        window as unknown as {
          __sigma: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: unknown): { x: number; y: number } };
        }
      ).__sigma;
      return r.framedGraphToViewport(r.getNodeDisplayData(id));
    }, DENSE_HUB);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + before.x, box.y + before.y);
    await page.mouse.down();
    await page.mouse.move(box.x + before.x + 60, box.y + before.y + 40, { steps: 8 });
    await page.mouse.up();
    const pinned = await page.evaluate((id) => {
      const g = (
        window as unknown as { __sigma: { getGraph(): { getNodeAttributes(k: string): { x: number; y: number; fixed?: boolean } } } }
      ).__sigma.getGraph();
      return g.getNodeAttributes(id);
    }, DENSE_HUB);
    expect(pinned.fixed).toBe(true);
    await page.click('#layout-run');
    await page.waitForTimeout(800);
    await page.click('#layout-stop');
    await expect.poll(() => page.locator('#layout-run').isDisabled()).toBe(false);
    const after = await page.evaluate((id) => {
      const g = (window as unknown as { __sigma: { getGraph(): { getNodeAttributes(k: string): { x: number; y: number } } } }).__sigma.getGraph();
      return g.getNodeAttributes(id);
    }, DENSE_HUB);
    // The layout worker holds positions as 32-bit floats.
    expect(after.x).toBeCloseTo(pinned.x, 3);
    expect(after.y).toBeCloseTo(pinned.y, 3);
    await settle(page);
    expect(touchingDiscs(await scene(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
