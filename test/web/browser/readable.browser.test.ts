// Readable by default (issue 18 §1) on a graph of more than 300 entities: labels never overlap, no
// two discs overlap after the layout, and selecting an entity brings it and its neighbours into
// view. Label boxes come from sigma's own label measure (the box it draws), not from the
// explorer's estimate, so the test checks what a reader sees. Screenshots of the home view and of a
// selection, unmasked: the layout runs a fixed number of iterations, so the picture repeats.
import { describe, expect, it } from 'vitest';
import { useExplorer, type ExplorerPage } from '../../setup/browser.ts';
import { overlappingLabels, scene, settle, touchingDiscs } from '../../setup/scene.ts';
import { expectScreenshot } from '../../setup/screenshot.ts';
import { DENSE_HUB, seedDenseGraph } from '../fixtures/dense-graph.ts';

const explorer = useExplorer(seedDenseGraph);

async function open(): Promise<ExplorerPage> {
  const opened = await explorer.open();
  await settle(opened.page);
  return opened;
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

  it('should label a hovered node in the frame that draws its hover', async () => {
    const { page, errors } = await open();
    // An unlabelled node well inside the view, and where the pointer finds it: the frame after the
    // hover must already draw its label (it once came a whole frame later).
    const target = await page.evaluate(() => {
      type D = { x: number; y: number; size: number; visibility: string };
      const r = (window as unknown as { __sigma: Record<string, never> }).__sigma as unknown as {
        getGraph(): { nodes(): string[] };
        getDimensions(): { width: number; height: number };
        getNodeDisplayData(k: string): D;
        getNodeDisplayedLabels(): Set<string>;
        framedGraphToViewport(p: D): { x: number; y: number };
      };
      const { width, height } = r.getDimensions();
      const labelled = r.getNodeDisplayedLabels();
      const nodes = r
        .getGraph()
        .nodes()
        .filter((k) => !labelled.has(k) && r.getNodeDisplayData(k).visibility !== 'hidden')
        .map((key) => ({ key, ...r.framedGraphToViewport(r.getNodeDisplayData(key)), size: r.getNodeDisplayData(key).size }))
        .filter((n) => n.x > 100 && n.y > 100 && n.x < width - 200 && n.y < height - 100)
        .sort((a, b) => b.size - a.size);
      return nodes[0]!;
    });
    await page.evaluate((key) => {
      const w = window as unknown as {
        __sigma: { once(e: string, f: () => void): void; getNodeDisplayedLabels(): Set<string>; getNodeState(k: string): { isHovered: boolean } };
        __hoverFrame?: { hovered: boolean; labelled: boolean };
      };
      const check = () => {
        const hovered = w.__sigma.getNodeState(key).isHovered;
        if (!hovered) return w.__sigma.once('afterRender', check);
        w.__hoverFrame = { hovered, labelled: w.__sigma.getNodeDisplayedLabels().has(key) };
      };
      w.__sigma.once('afterRender', check);
    }, target.key);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __hoverFrame?: unknown }).__hoverFrame)).toEqual({ hovered: true, labelled: true });
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
    // Any node but the pinned one, before and while the layout runs: the run has moved it.
    const other = () =>
      page.evaluate((id) => {
        const g = (
          window as unknown as { __sigma: { getGraph(): { nodes(): string[]; getNodeAttributes(k: string): { x: number; y: number } } } }
        ).__sigma.getGraph();
        const key = g.nodes().find((k) => k !== id)!;
        const { x, y } = g.getNodeAttributes(key);
        return `${x},${y}`;
      }, DENSE_HUB);
    const still = await other();
    await page.click('#layout-run');
    await expect.poll(other, { timeout: 20_000 }).not.toBe(still);
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
