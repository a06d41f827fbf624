import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, selectedIds, typeCypher, useExplorer, type ExplorerPage } from '../../setup/browser.ts';
import { outsideView, overlappingLabels, scene, settle, touchingDiscs } from '../../setup/scene.ts';
import { expectScreenshot } from '../../setup/screenshot.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';

const explorer = useExplorer(seedExplorerData);

async function openConsole(path = '/?tab=console'): Promise<ExplorerPage> {
  const opened = await explorer.open(path);
  await opened.page.waitForSelector('#cypher-cookbook [data-example]', { timeout: 60_000 });
  return opened;
}

/** 马斯克 and four entities named with it: a result of five nodes, one linked to the four others. */
const SMALL_RESULT = "MATCH (p:Person {name: '马斯克'})-[r:CO_MENTIONED]-(o) RETURN p, r, o ORDER BY o.id LIMIT 4";

/**
 * Visible nodes without a label although theirs would fit: inside the view, over no drawn label and
 * no labelled disc, its disc under no drawn label (boxes from sigma's own label measure, with the
 * picker's few pixels of padding allowed).
 */
function labelsLeftOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type D = { x: number; y: number; size: number; visibility: string; labelVisibility: string };
    type B = { minX: number; minY: number; maxX: number; maxY: number };
    const r = (window as unknown as { __sigma: Record<string, never> }).__sigma as unknown as {
      getGraph(): { nodes(): string[] };
      getDimensions(): { width: number; height: number };
      getNodeDisplayData(k: string): D;
      getNodeState(k: string): { isHidden: boolean };
      getNodeDisplayedLabels(): Set<string>;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      labelRenderer: { nodeLabelBox(d: D, radius: number): B | null };
    };
    const { width, height } = r.getDimensions();
    const PAD = 4;
    const nodes = r
      .getGraph()
      .nodes()
      .filter((k) => !r.getNodeState(k).isHidden)
      .map((key) => {
        const d = r.getNodeDisplayData(key);
        const p = r.framedGraphToViewport(d);
        const radius = r.scaleSize(d.size);
        const b = r.labelRenderer.nodeLabelBox({ ...d, labelVisibility: 'visible' }, radius);
        const label = b && { minX: p.x + b.minX, maxX: p.x + b.maxX, minY: p.y + b.minY, maxY: p.y + b.maxY };
        return { key, label, disc: { minX: p.x - radius, maxX: p.x + radius, minY: p.y - radius, maxY: p.y + radius } };
      });
    const drawn = r.getNodeDisplayedLabels();
    const hit = (a: B, b: B) => a.minX < b.maxX + PAD && b.minX < a.maxX + PAD && a.minY < b.maxY + PAD && b.minY < a.maxY + PAD;
    const taken = nodes.filter((n) => drawn.has(n.key)).flatMap((n) => [n.disc, n.label!]);
    return nodes
      .filter((n) => !drawn.has(n.key) && n.label)
      .filter(({ label }) => label!.minX >= 0 && label!.maxX <= width && label!.minY >= 0 && label!.maxY <= height)
      .filter(({ label, disc }) => !taken.some((t) => hit(label!, t) || hit(disc, t)))
      .map((n) => n.key);
  });
}

const order = (page: Page) => page.evaluate(() => (window as unknown as { __sigma: { getGraph(): { order: number } } }).__sigma.getGraph().order);

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
    await expect.poll(() => selectedIds(page)).toEqual([id]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should page a 50,000-row result a hundred rows at a time, say where it was cut, and keep the query in the history', async () => {
    const { page, errors } = await openConsole();
    const query = "UNWIND range(1, 50000) AS i RETURN i, 'row ' + toString(i) AS label";
    await typeCypher(page, query);
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

  it('should draw a small result that replaces the canvas as a ring in the view, small discs, nothing overlapping', async () => {
    const { page, errors } = await openConsole();
    await page.selectOption('#cypher-mode', 'replace');
    await typeCypher(page, SMALL_RESULT);
    await page.click('#cypher-run');
    await expect.poll(() => order(page), { timeout: 20_000 }).toBe(5);
    await settle(page);
    const s = await scene(page);
    expect(s.discs).toHaveLength(5);
    expect(outsideView(s)).toEqual([]);
    expect(touchingDiscs(s)).toEqual([]);
    expect(overlappingLabels(s)).toEqual([]);
    // No label left out that would fit: 雷军, 特斯拉 and 马斯克 were labelled on the home view and
    // dropped with it, and the picker once kept them as labelled and never drew them again.
    expect(await labelsLeftOut(page)).toEqual([]);
    expect(s.labels.length).toBeGreaterThanOrEqual(4);
    // 马斯克, linked to the four others, in the middle of them.
    const musk = s.discs.find((d) => d.key === 'person:马斯克')!;
    const others = s.discs.filter((d) => d !== musk);
    const mid = { x: others.reduce((a, d) => a + d.x, 0) / 4, y: others.reduce((a, d) => a + d.y, 0) / 4 };
    expect(Math.hypot(musk.x - mid.x, musk.y - mid.y)).toBeLessThan(2);
    // The ring's discs far enough apart for their labels: a fifth of the canvas's height at least.
    const gaps = others.flatMap((a) => others.filter((b) => b !== a).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
    expect(Math.min(...gaps)).toBeGreaterThan(s.height / 5);
    // Discs of a few pixels (sizes are capped), not the giants a few-unit layout drew.
    expect(Math.max(...s.discs.map((d) => d.r))).toBeLessThan(30);
    // The canvas alone, unmasked: the ring is placed, not simulated, so the picture repeats.
    await expectScreenshot(page, 'console-small-result', { element: page.locator('#graph'), maxDiffRatio: 0.02 });
    expect(errors).toEqual([]);
  });

  it('should add a small result beside the graph and bring it into view, without overlaps', async () => {
    const { page, errors } = await openConsole('/?tab=console&limit=5');
    const before = await order(page);
    await page.selectOption('#cypher-mode', 'add');
    await typeCypher(page, SMALL_RESULT);
    await page.click('#cypher-run');
    await expect.poll(() => order(page), { timeout: 20_000 }).toBeGreaterThan(before);
    await settle(page);
    const s = await scene(page);
    const result = [
      'person:马斯克',
      ...(await page.locator('#cypher-results button.chip[data-entity]').evaluateAll((b) => b.map((e) => e.getAttribute('data-entity')!))),
    ];
    expect(outsideView(s, result)).toEqual([]);
    expect(touchingDiscs(s)).toEqual([]);
    expect(overlappingLabels(s)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
