// The explorer API for roles and typed relations (issue 16): the entity detail lists them, the graph
// views return typed edges beside the co-mentions, and one endpoint pages the evidence of a typed
// edge; the analyst queries are console examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { ApiGraph, CypherExample, CypherResult, EntityDetail, Page, RelationEvidenceItem } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { entityDetail } from '../../../ingest/store/queries/entity-detail.ts';
import { exampleParams } from '../../../web/server/routes/cypher.ts';
import { openTestStore } from '../../setup/store.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';
import { seedTypedRelations, TYPED_ARTICLE_ID, TYPED_ARTICLE_TITLE } from '../fixtures/typed-relations.ts';

let store: Store;
const app = () => createApp({ store });
async function get<T>(path: string, status = 200): Promise<T> {
  const response = await app().request(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}
const q = encodeURIComponent;

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  await seedTypedRelations(store);
});
afterAll(async () => {
  await store.close();
});

describe('typed relations in the explorer API', () => {
  it('should list an entity’s typed relations either way, with the other entity and the stated dates', async () => {
    const detail = await get<EntityDetail>(`/api/entities/${q('person:马斯克')}`);
    const meets = detail.relations!.find((r) => r.type === 'MEETS' && r.other.id === 'person:李强');
    expect(meets).toMatchObject({ direction: 'in', other: { id: 'person:李强', name: '李强' }, articles: 1, firstDate: '2024-04-28', lastDate: '2024-04-28' });
    const visit = detail.relations!.find((r) => r.type === 'VISITS' && r.other.id === 'place:北京');
    expect(visit).toMatchObject({ direction: 'out', other: { name: '北京', type: 'Place' } });
    expect(visit!.dates).toContain('2024-04-28');
    expect(detail.roles!.map((r) => r.normalizedTitle)).toContain('首席执行官');
    const li = await get<EntityDetail>(`/api/entities/${q('person:李强')}`);
    expect(li.relations!.find((r) => r.type === 'MEETS' && r.other.id === 'person:马斯克')).toMatchObject({ direction: 'out', other: { id: 'person:马斯克' } });
  });

  it('should list an organization’s role holders with title and dates', async () => {
    const tesla = await get<EntityDetail>(`/api/entities/${q('organization:特斯拉')}`);
    expect(tesla.holders).toContainEqual(
      expect.objectContaining({ personId: 'person:马斯克', personName: '马斯克', title: 'CEO', normalizedTitle: '首席执行官' }),
    );
    expect(tesla.holders!.every((h) => h.articles >= 1 && h.firstSeen !== null)).toBe(true);
  });

  it('should read the latest role holders of a hub along the index as it sorts them for any other entity, undated ones aside', async () => {
    let compared = 0;
    for (const id of ['organization:特斯拉', 'place:美国', 'organization:外交部', 'place:中国']) {
      const sorted = (await entityDetail(store, id))?.holders ?? [];
      const alongIndex = (await entityDetail(store, id, { hubArticles: 0 }))?.holders ?? [];
      const key = (h: (typeof sorted)[number]) => `${h.lastSeen} ${h.personId} ${h.normalizedTitle}`;
      const ordered = (hs: typeof sorted) => hs.map(key).sort().reverse();
      expect(alongIndex.map((h) => h.lastSeen)).toEqual(
        alongIndex
          .map((h) => h.lastSeen)
          .sort()
          .reverse(),
      );
      expect(ordered(alongIndex)).toEqual(ordered(sorted.filter((h) => h.lastSeen !== null)));
      compared += alongIndex.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('should return typed edges beside the co-mentions in the neighbourhood, co-mentions untyped as before', async () => {
    const hood = await get<ApiGraph>(`/api/neighbourhood?ids=${q('person:马斯克')}`);
    const typed = hood.edges.filter((e) => e.type !== undefined);
    expect(typed).toContainEqual(
      expect.objectContaining({ source: 'person:李强', target: 'person:马斯克', type: 'MEETS', weight: 1, firstDate: '2024-04-28' }),
    );
    expect(typed).toContainEqual(expect.objectContaining({ source: 'person:马斯克', target: 'organization:特斯拉', type: 'HOLDS_ROLE', title: 'CEO' }));
    const co = hood.edges.filter((e) => e.type === undefined);
    expect(co.some((e) => [e.source, e.target].includes('person:马斯克') && [e.source, e.target].includes('person:李强'))).toBe(true);
  });

  it('should return typed edges among the home view’s entities, and leave them out of a window they do not overlap', async () => {
    const home = await get<ApiGraph>('/api/home?limit=1000');
    expect(home.edges.some((e) => e.type === 'SIGNS' && e.source === 'organization:特斯拉' && e.target === 'organization:百度')).toBe(true);
    const june = await get<ApiGraph>('/api/home?limit=1000&from=2024-06-01&to=2024-06-30');
    expect(june.edges.some((e) => e.type === 'SIGNS')).toBe(false);
  });

  it('should send the typed edges stated by the most articles up to edgeLimit, and count the rest', async () => {
    const all = (await get<ApiGraph>('/api/home?limit=1000')).edges.filter((e) => e.type !== undefined);
    expect(all.length).toBeGreaterThan(2);
    const home = await get<ApiGraph>('/api/home?limit=1000');
    expect(home.typedEdgesNotShown).toBeUndefined();
    const capped = await get<ApiGraph>('/api/home?limit=1000&edgeLimit=2');
    const kept = capped.edges.filter((e) => e.type !== undefined);
    expect(kept).toHaveLength(2);
    expect(capped.typedEdgesNotShown).toBe(all.length - 2);
    const weights = all.map((e) => e.weight).sort((a, b) => b - a);
    expect(kept.map((e) => e.weight).sort((a, b) => b - a)).toEqual(weights.slice(0, 2));
    for (const e of kept) expect(all).toContainEqual(e);
  });

  it('should page the evidence of a typed edge with its article, date and both names highlighted', async () => {
    const page = await get<Page<RelationEvidenceItem>>(`/api/relation-evidence?type=MEETS&source=${q('person:李强')}&target=${q('person:马斯克')}`);
    expect(page.total).toBe(1);
    const item = page.items[0]!;
    expect(item).toMatchObject({
      articleId: TYPED_ARTICLE_ID,
      articleTitle: TYPED_ARTICLE_TITLE,
      date: '2024-04-28',
      url: 'https://news.example.cn/2024/04/29/meeting.html',
    });
    expect(item.highlights!.map((h) => item.text.slice(h.start, h.end)).sort()).toEqual(['李强', '马斯克']);
  });

  it('should page a role’s evidence by its normalized title', async () => {
    const page = await get<Page<RelationEvidenceItem>>(
      `/api/relation-evidence?type=HOLDS_ROLE&source=${q('person:马斯克')}&target=${q('organization:特斯拉')}&title=${q('首席执行官')}`,
    );
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]!.text).toMatch(/特斯拉/);
  });

  it('should answer an unknown type, a relation without target and a role without title with 400', async () => {
    expect((await get<{ error: string }>(`/api/relation-evidence?type=LIKES&source=a&target=b`, 400)).error).toMatch(/type/);
    expect((await get<{ error: string }>(`/api/relation-evidence?type=VISITS&source=a`, 400)).error).toMatch(/target/);
    expect((await get<{ error: string }>(`/api/relation-evidence?type=HOLDS_ROLE&source=a&target=b`, 400)).error).toMatch(/title/);
  });

  it('should offer the analyst queries (who held a title, visits to a place) as console examples', async () => {
    const response = await app().request('/api/cypher/examples');
    const { examples } = (await response.json()) as { examples: CypherExample[] };
    const names = examples.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['roles-holders', 'visits-to-place']));
    expect(names).not.toContain('relations-sum');
    expect(examples.find((e) => e.name === 'roles-holders')!.params).toEqual({ title: '发言人', org: '外交部' });
    // Run as a click in the console runs it: the example's own query with its own parameters.
    const visits = examples.find((e) => e.name === 'visits-to-place')!;
    expect(visits.params).toEqual({ place: '北京', from: '2024-01-01', to: '2024-12-31' });
    const run = await app().request('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: visits.query, params: visits.params }),
    });
    expect(run.status).toBe(200);
    const { rows } = (await run.json()) as CypherResult;
    expect(rows).toContainEqual(expect.objectContaining({ visitor: '马斯克', place: '北京', date: '2024-04-28', articleId: TYPED_ARTICLE_ID }));
  });

  it('should say which file holds a Parameters line that is not JSON', () => {
    expect(() => exampleParams('broken', '// Parameters: {title: 发言人}\nRETURN 1')).toThrow(/cypher\/broken\.cypher/);
    expect(exampleParams('plain', 'RETURN 1')).toEqual({});
  });
});
