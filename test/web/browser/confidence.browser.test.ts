// Confidence in the explorer (issue 17 §5), in headless Chromium over the real API: the 最低置信度 Min
// confidence slider hides the entities and edges the extractor is less sure of (and the link keeps
// the threshold), weak edges are drawn fainter than sure ones, and the entity panel states the
// entity's confidence.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { fixtureArticle, withConfidence } from '../../ingest/store/relation-fixtures.ts';
import { useExplorer } from '../../setup/browser.ts';
import { resetDatabase } from '../../setup/store.ts';

async function seed(store: Store): Promise<void> {
  await resetDatabase(store);
  const sure = fixtureArticle({
    id: 'test:confidence-sure',
    publishedAt: '2025-03-02T08:00:00+08:00',
    sentences: ['宁波港集团董事长张伟当天前往宁波。', '张伟说，宁波港集团今年的吞吐量还会增长。'],
    entities: [
      { name: '张伟', type: 'Person' },
      { name: '宁波港集团', type: 'Organization' },
      { name: '宁波', type: 'Place' },
    ],
    relations: [],
  });
  const doubtful = fixtureArticle({
    id: 'test:confidence-doubtful',
    publishedAt: '2025-03-03T08:00:00+08:00',
    sentences: ['张伟与东海鸣在宁波见面。'],
    entities: [
      { name: '张伟', type: 'Person' },
      { name: '东海鸣', type: 'Person' },
      { name: '宁波', type: 'Place' },
    ],
    relations: [],
  });
  await writeArticles(store, [
    { article: withConfidence(sure, { 张伟: 0.96, 宁波港集团: 0.93, 宁波: 0.95 }) },
    { article: withConfidence(doubtful, { 张伟: 0.9, 东海鸣: 0.32, 宁波: 0.95 }) },
  ]);
}

const explorer = useExplorer(seed);

type Win = {
  __sigma: {
    getGraph(): { edge(a: string, b: string): string | undefined };
    getNodeState(id: string): { isHidden: boolean };
    getEdgeState(key: string): { isHidden: boolean };
    getEdgeDisplayData(key: string): { color: string } | undefined;
  };
};

const ZHANG = 'person:张伟';
const DOUBT = 'person:东海鸣';
const PORT = 'organization:宁波港集团';

const nodeHidden = (page: Page, id: string) => page.evaluate((id) => (window as unknown as Win).__sigma.getNodeState(id).isHidden, id);

/** The edge's drawn colour as [r, g, b], and whether it is hidden. */
function edgeLook(page: Page, a: string, b: string) {
  return page.evaluate(
    ([a, b]) => {
      const w = (window as unknown as Win).__sigma;
      const edge = w.getGraph().edge(a!, b!) ?? w.getGraph().edge(b!, a!);
      if (edge === undefined) return null;
      const hex = w.getEdgeDisplayData(edge)?.color ?? '#000000';
      return { hidden: w.getEdgeState(edge).isHidden, rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) };
    },
    [a, b],
  );
}

async function setMinConfidence(page: Page, value: number): Promise<void> {
  await page.locator('#min-confidence').evaluate((input: HTMLInputElement, v) => {
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('confidence in the explorer', () => {
  it('should draw a doubtful edge fainter, and hide doubtful entities and edges below the chosen confidence', async () => {
    const { page, errors } = await explorer.open();
    expect(await nodeHidden(page, DOUBT)).toBe(false);
    // 张伟–东海鸣 is only as sure as 0.9 × 0.32; 张伟–宁波港集团 0.96 × 0.93: nearer the white background.
    const weak = (await edgeLook(page, ZHANG, DOUBT))!;
    const strong = (await edgeLook(page, ZHANG, PORT))!;
    expect(weak.hidden).toBe(false);
    weak.rgb.forEach((c, i) => expect(c).toBeGreaterThan(strong.rgb[i]!));

    await setMinConfidence(page, 0.5);
    await expect.poll(() => nodeHidden(page, DOUBT)).toBe(true);
    expect(await page.locator('#min-confidence-value').textContent()).toBe('0.50');
    expect(await nodeHidden(page, ZHANG)).toBe(false);
    expect(await nodeHidden(page, PORT)).toBe(false);
    expect((await edgeLook(page, ZHANG, DOUBT))!.hidden).toBe(true);
    expect((await edgeLook(page, ZHANG, PORT))!.hidden).toBe(false);
    await expect.poll(() => new URL(page.url()).searchParams.get('minConf')).toBe('0.5');

    // The link brings the threshold back.
    const again = await explorer.open(`/${new URL(page.url()).search}`);
    await expect.poll(() => nodeHidden(again.page, DOUBT)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('should state an entity’s confidence in its panel', async () => {
    const { page } = await explorer.open(`/?sel=${encodeURIComponent(ZHANG)}`);
    const facts = page.locator('.facts');
    await expect.poll(() => facts.textContent()).toContain('置信度 Confidence');
    expect(await facts.textContent()).toContain('0.96');
  });
});
