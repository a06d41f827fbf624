// Typed relations in the explorer (issue 16), in headless Chromium over the real API: typed edges
// drawn in their type's colour with a legend that is also a filter (unchecking a type hides those
// edges on the canvas, and the link keeps it), and the entity panel listing roles and relations
// with their dates, each opening its evidence sentence.
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

type Win = {
  __sigma: {
    getGraph(): { edge(a: string, b: string): string | undefined; hasNode(id: string): boolean };
    getEdgeState(key: string): { isHidden: boolean };
    getEdgeDisplayData(key: string): { color: string; label: string | null } | undefined;
  };
};

/** What the canvas draws for the edge between two entities: hidden or not, its colour and label. */
function edgeLook(page: Page, a: string, b: string) {
  return page.evaluate(
    ([a, b]) => {
      const w = (window as unknown as Win).__sigma;
      const edge = w.getGraph().edge(a!, b!);
      if (edge === undefined) return null;
      const d = w.getEdgeDisplayData(edge);
      return { hidden: w.getEdgeState(edge).isHidden, color: d?.color ?? null, label: d?.label ?? null };
    },
    [a, b],
  );
}

const MEETS = ['person:李强', 'person:马斯克'];
const VISITS = ['person:马斯克', 'place:北京'];

describe('typed relations in the explorer', () => {
  it('should colour and label typed edges, and hide a type’s edges when its legend box is unchecked', async () => {
    const { page, errors } = await explorer.open();
    const legend = page.locator('#edge-legend');
    expect(await legend.textContent()).toContain('会见 MEETS');
    expect(await legend.textContent()).toContain('共现 CO_MENTIONED');
    expect(await edgeLook(page, MEETS[0]!, MEETS[1]!)).toEqual({ hidden: false, color: '#1f78b4', label: '会见' });
    expect(await edgeLook(page, VISITS[0]!, VISITS[1]!)).toMatchObject({ hidden: false, color: '#33a02c', label: '访问' });
    await expectScreenshot(page, 'explorer-edge-legend', { mask: graphCanvas(page) });

    // MEETS off: the pair is still co-mentioned, so its edge turns into a plain grey co-mention.
    await page.locator('#edge-legend input[data-edge-type="MEETS"]').uncheck();
    await expect.poll(() => edgeLook(page, MEETS[0]!, MEETS[1]!)).toMatchObject({ hidden: false, label: '' });
    expect((await edgeLook(page, MEETS[0]!, MEETS[1]!))!.color).not.toBe('#1f78b4');
    // Co-mentions off too: that edge goes, the visit stays.
    await page.locator('#edge-legend input[data-edge-type="CO_MENTIONED"]').uncheck();
    await expect.poll(() => edgeLook(page, MEETS[0]!, MEETS[1]!)).toMatchObject({ hidden: true });
    expect(await edgeLook(page, VISITS[0]!, VISITS[1]!)).toMatchObject({ hidden: false, label: '访问' });
    expect(new URL(page.url()).searchParams.get('hideEdges')).toBe('MEETS,CO_MENTIONED');
    // Back on: the meeting is drawn again.
    await page.locator('#edge-legend input[data-edge-type="MEETS"]').check();
    await expect.poll(() => edgeLook(page, MEETS[0]!, MEETS[1]!)).toEqual({ hidden: false, color: '#1f78b4', label: '会见' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should restore the switched-off edge types from a shared link', async () => {
    const { page } = await explorer.open('/?hideEdges=VISITS,CO_MENTIONED');
    expect(await page.locator('#edge-legend input[data-edge-type="VISITS"]').isChecked()).toBe(false);
    await expect.poll(() => edgeLook(page, VISITS[0]!, VISITS[1]!)).toMatchObject({ hidden: true });
    expect(await edgeLook(page, MEETS[0]!, MEETS[1]!)).toMatchObject({ hidden: false, label: '会见' });
    await page.close();
  });

  it('should list 马斯克’s roles and relations with dates, and open a relation’s evidence sentence on click', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent('person:马斯克')}`);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('马斯克');
    const relations = page.locator('#panel-details ul.relations');
    await expect.poll(() => relations.textContent()).toContain('访问 北京 · 2024-04-28');
    expect(await relations.textContent()).toContain('李强 会见 · 2024-04-28');
    expect(await page.locator('#panel-details ul.roles').textContent()).toContain('特斯拉 · CEO');
    await relations.locator('li', { hasText: '李强' }).locator('button.relation-line').click();
    const sentence = relations.locator('.relation-evidence .sentence').first();
    await expect.poll(() => sentence.textContent()).toBe('李强28日在北京会见了来访的马斯克。');
    expect(await relations.locator('.relation-evidence .source').first().textContent()).toContain('李强会见马斯克');
    await expectScreenshot(page, 'explorer-relations-panel', { mask: graphCanvas(page) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should list 特斯拉’s role holders and open a holder’s evidence on click', async () => {
    const { page, errors } = await explorer.open(`/?sel=${encodeURIComponent('organization:特斯拉')}`);
    const holders = page.locator('#panel-details ul.holders');
    await expect.poll(() => holders.textContent()).toContain('马斯克 · CEO');
    await holders.locator('li', { hasText: '马斯克' }).locator('button.relation-line').click();
    await expect.poll(() => holders.locator('.relation-evidence .sentence').first().textContent()).toMatch(/特斯拉/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show the meeting on the timeline with its date and place, and highlight its participants on click', async () => {
    const { page, errors } = await explorer.open('/?tab=timeline');
    const item = page.locator(`#panel-timeline li[data-id="${TYPED_EVENT.id}"]`);
    await item.waitFor({ timeout: 10_000 });
    expect(await item.textContent()).toContain(`${TYPED_EVENT.date} ${TYPED_EVENT.name} · 北京`);
    expect(await item.locator('.participants').textContent()).toBe('李强、马斯克');
    await item.locator('button').click();
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe(TYPED_EVENT.name);
    expect(await page.locator('#panel-details .facts').textContent()).toContain('北京');
    const highlighted = await page.evaluate(() => {
      const w = window as unknown as { __sigma: { getNodeState(id: string): { isHighlighted?: boolean } } };
      return ['person:李强', 'person:马斯克'].map((id) => w.__sigma.getNodeState(id).isHighlighted === true);
    });
    expect(highlighted).toEqual([true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
