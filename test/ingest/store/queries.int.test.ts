import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { cypher } from '../../../ingest/store/cypher-registry.ts';
import { DEFAULT_ENTITY_DETAIL_OPTIONS } from '../../../ingest/store/queries/entity-detail.ts';
import {
  dateHistogram,
  edgeEvidence,
  entityDetail,
  entityMentions,
  graphStats,
  homeView,
  luceneQuery,
  neighbourhood,
  QueryOptionsError,
  searchEntities,
  shortestPath,
  timeline,
} from '../../../ingest/store/queries/index.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { seed } from '../extract/seed-fixture.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
const MUSK = 'person:马斯克';
const TESLA = 'organization:特斯拉';

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await writeArticles(
    store,
    seed().extractions.map((article) => ({ article })),
  );
});
afterAll(async () => {
  await store.close();
});

/** Every co-mention among `nodes` from their detail panels (all of them): the full reading a view must draw. */
async function expected(nodes: { id: string }[]): Promise<string[]> {
  const ids = new Set(nodes.map((n) => n.id));
  const pairs = new Set<string>();
  for (const id of ids) {
    for (const c of (await entityDetail(store, id, { coMentionLimit: 10_000 }))!.topCoMentions) {
      if (ids.has(c.id)) pairs.add(`${[id, c.id].sort().join(' ')} ${c.weight}`);
    }
  }
  return [...pairs].sort();
}
const drawn = (view: { edges: ({ source: string; target: string; weight: number } | { type: string })[] }): string[] =>
  view.edges
    .filter((e): e is { source: string; target: string; weight: number } => !('type' in e))
    .map((e) => `${[e.source, e.target].sort().join(' ')} ${e.weight}`)
    .sort();

describe('searchEntities', () => {
  it('should put the exact name 马斯克 first', async () => {
    const hits = await searchEntities(store, { q: '马斯克' });
    expect(hits[0]).toMatchObject({ id: MUSK, name: '马斯克', type: 'Person' });
    expect(hits[0]!.mentionCount).toBeGreaterThan(0);
  });

  it('should find Musk by the English prefix "mus" and 特斯拉 by its alias Tesla', async () => {
    expect((await searchEntities(store, { q: 'mus' })).map((h) => h.id)).toContain(MUSK);
    expect((await searchEntities(store, { q: 'Tesla' })).map((h) => h.id)).toContain(TESLA);
  });

  it('should escape Lucene syntax instead of failing on it', async () => {
    expect(luceneQuery('a+b (c')).toBe('a\\+b \\(c "a\\+b \\(c"^2');
    await expect(searchEntities(store, { q: 'AND OR ( " * ~' })).resolves.toBeInstanceOf(Array);
    expect(await searchEntities(store, { q: '   ' })).toEqual([]);
  });

  it('should keep only the requested types and refuse unknown ones', async () => {
    const places = await searchEntities(store, { q: '中国', types: ['Place'] });
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((h) => h.type === 'Place')).toBe(true);
    await expect(searchEntities(store, { q: '中国', types: ['Planet'] })).rejects.toThrow(QueryOptionsError);
  });
});

describe('entityDetail and entityMentions', () => {
  it('should describe 马斯克 with co-mentions, the article and plain dates', async () => {
    const detail = await entityDetail(store, MUSK);
    expect(detail).not.toBeNull();
    expect(detail!.topCoMentions.map((c) => c.id)).toContain(TESLA);
    expect(detail!.latestArticles[0]!.title).toBe('中美AI的破冰时刻');
    expect(detail!.firstSeen).toBe('2024-05-05T17:38:55.000+08:00');
    expect(await entityDetail(store, 'person:nobody')).toBeNull();
  });

  it('should read the latest articles of a hub along the date index exactly as it sorts them for any other entity', async () => {
    for (const id of [MUSK, TESLA]) {
      const sorted = await entityDetail(store, id);
      const alongIndex = await entityDetail(store, id, { hubArticles: 0 });
      expect(sorted!.latestArticles.length).toBeGreaterThan(0);
      expect(alongIndex!.latestArticles).toEqual(sorted!.latestArticles);
    }
  });

  it('should read the latest events of a hub along the date index as it sorts them for any other entity, undated ones aside', async () => {
    let compared = 0;
    for (const id of ['person:布林肯', 'place:中国', 'place:美国', MUSK]) {
      const sorted = (await entityDetail(store, id))!.events;
      const alongIndex = (await entityDetail(store, id, { hubArticles: 0 }))!.events;
      const byDateThenId = (es: typeof sorted) => [...es].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
      expect(alongIndex.map((e) => e.date)).toEqual(
        alongIndex
          .map((e) => e.date)
          .sort()
          .reverse(),
      );
      expect(byDateThenId(alongIndex)).toEqual(byDateThenId(sorted.filter((e) => e.date !== null)));
      compared += alongIndex.length;
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('should list the events 布林肯 took part in', async () => {
    const detail = await entityDetail(store, 'person:布林肯');
    expect(detail!.events.map((e) => e.name)).toContain('中美人工智能政府间对话首次会议');
  });

  it('should not walk the articles’ date index for an entity that is no hub', async () => {
    // Only a hub's latest articles are read along the index; a filter planned after the scan once read
    // every article's entry there for every other entity's panel (all the index, at any size).
    interface Plan {
      rows: number;
      arguments: Record<string, unknown>;
      children: Plan[];
    }
    const flat = (p: Plan): Plan[] => [p, ...p.children.flatMap(flat)];
    const params = Object.fromEntries(Object.entries(DEFAULT_ENTITY_DETAIL_OPTIONS).map(([k, v]) => [k, neo4j.int(v)]));
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${cypher('entity-detail')}`, { ...params, id: MUSK });
      const walks = flat(result.summary.profile as unknown as Plan).filter((op) => String(op.arguments.Details ?? '').includes('Article(publishedAt)'));
      expect(walks.length).toBeGreaterThan(0);
      expect(walks.map((op) => op.rows)).toEqual(walks.map(() => 0));
    } finally {
      await session.close();
    }
  });

  it('should page the sentences that mention 马斯克 with highlights inside each sentence', async () => {
    const page = await entityMentions(store, { id: MUSK, skip: 0, limit: 2 });
    expect(page.total).toBeGreaterThan(2);
    expect(page.items).toHaveLength(2);
    for (const item of page.items) {
      for (const h of item.highlights) expect(item.text.slice(h.start, h.end)).toMatch(/马斯克|Musk/);
    }
    const rest = await entityMentions(store, { id: MUSK, skip: 2, limit: 100 });
    expect(rest.items).toHaveLength(page.total - 2);
  });
});

describe('edgeEvidence', () => {
  it('should return the sentences naming both 马斯克 and 特斯拉, highlighting each', async () => {
    const page = await edgeEvidence(store, { source: MUSK, target: TESLA, skip: 0, limit: 10 });
    expect(page.total).toBeGreaterThan(0);
    const item = page.items[0]!;
    expect(item.title).toBe('中美AI的破冰时刻');
    const ids = new Set(item.highlights.map((h) => h.entityId));
    expect(ids).toEqual(new Set([MUSK, TESLA]));
    for (const h of item.highlights) expect(h.end).toBeGreaterThan(h.start);
  });

  it('should find no evidence joining 马斯克 and 哈马斯', async () => {
    expect(await edgeEvidence(store, { source: MUSK, target: 'organization:哈马斯' })).toEqual({ total: 0, items: [] });
  });
});

describe('neighbourhood and shortestPath', () => {
  it('should expand 马斯克 one ring deep with edges only between returned nodes', async () => {
    const view = await neighbourhood(store, { ids: [MUSK], depth: 1 });
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.has(MUSK) && ids.has(TESLA)).toBe(true);
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(view.truncated).toEqual([]);
  });

  it('should draw every co-mention among the nodes reached', async () => {
    for (const hubCap of [3, 1000]) {
      const view = await neighbourhood(store, { ids: ['place:中国'], depth: 1, hubCap });
      expect(drawn(view)).toEqual(await expected(view.nodes));
      expect(drawn(view).length).toBeGreaterThanOrEqual(hubCap === 1000 ? 20 : hubCap);
    }
  });

  it('should cap a hub at hubCap neighbours and say how many it hid', async () => {
    const full = await neighbourhood(store, { ids: ['place:中国'], depth: 1, hubCap: 1000 });
    const capped = await neighbourhood(store, { ids: ['place:中国'], depth: 1, hubCap: 3 });
    expect(capped.nodes).toHaveLength(4);
    expect(capped.truncated).toEqual([{ id: 'place:中国', hidden: full.nodes.length - 4 }]);
  });

  it('should reach further at depth 2 and respect type filters', async () => {
    const one = await neighbourhood(store, { ids: [MUSK], depth: 1 });
    const two = await neighbourhood(store, { ids: [MUSK], depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const people = await neighbourhood(store, { ids: [MUSK], depth: 2, types: ['Person'] });
    expect(people.nodes.filter((n) => n.id !== MUSK).every((n) => n.type === 'Person')).toBe(true);
    const none = await neighbourhood(store, { ids: [MUSK], from: '2030-01-01' });
    expect(none.nodes.map((n) => n.id)).toEqual([MUSK]);
  });

  it('should find a path from 马斯克 to 布林肯, and none to 哈马斯 within one hop', async () => {
    const path = await shortestPath(store, { source: MUSK, target: 'person:布林肯' });
    expect(path!.nodes[0]!.id).toBe(MUSK);
    expect(path!.nodes.at(-1)!.id).toBe('person:布林肯');
    expect(path!.edges).toHaveLength(path!.nodes.length - 1);
    expect(await shortestPath(store, { source: MUSK, target: 'organization:哈马斯', maxDepth: 1 })).toBeNull();
    expect(await shortestPath(store, { source: MUSK, target: 'person:nobody' })).toBeNull();
    await expect(shortestPath(store, { source: MUSK, target: MUSK })).rejects.toThrow(/same entity/);
  });
});

describe('homeView, timeline, graphStats and dateHistogram', () => {
  it('should rank entities over all time and inside the seed day', async () => {
    const all = await homeView(store, { limit: 5, minWeight: 1 });
    expect(all.nodes).toHaveLength(5);
    const day = await homeView(store, { from: '2024-05-05', to: '2024-05-05', limit: 5, minWeight: 1 });
    expect(day.nodes.map((n) => n.id)).toContain('place:中国');
    expect((await homeView(store, { from: '2030-01-01', limit: 5, minWeight: 1 })).nodes).toEqual([]);
  });

  it('should draw every co-mention among its nodes, as their detail panels list them, over all time and in a window', async () => {
    for (const options of [{}, { from: '2000-01-01', to: '2030-12-31' }]) {
      for (const limit of [3, 20]) {
        const view = await homeView(store, { limit, minWeight: 1, ...options });
        expect(view.nodes).toHaveLength(limit);
        const edges = drawn(view);
        expect(edges.length).toBeGreaterThanOrEqual(limit === 3 ? 2 : 10);
        expect(edges).toEqual(await expected(view.nodes));
      }
    }
  });

  it('should send only the strongest co-mentions among its nodes over all time, and count the rest', async () => {
    const full = await homeView(store, { limit: 20, minWeight: 1 });
    const coMentions = (view: Awaited<ReturnType<typeof homeView>>) => view.edges.filter((e) => !('type' in e)) as { weight: number }[];
    const all = coMentions(full);
    expect(full.edgesNotShown).toBe(0);
    expect(all.length).toBeGreaterThan(10);
    // Expanding its nodes (the walk, which does not count, is the test above).
    const capped = await homeView(store, { limit: 20, minWeight: 1, edgeLimit: 5, walkAbove: 100_000_000 });
    expect(capped.nodes).toEqual(full.nodes);
    const kept = coMentions(capped);
    expect(kept).toHaveLength(5);
    expect(capped.edgesNotShown).toBe(all.length - 5);
    // The five kept are the heaviest: none left out weighs more than the lightest kept.
    const weights = all.map((e) => e.weight).sort((a, b) => b - a);
    expect(kept.map((e) => e.weight).sort((a, b) => b - a)).toEqual(weights.slice(0, 5));
    await expect(homeView(store, { edgeLimit: -1 })).rejects.toThrow(/edgeLimit/);
  });

  it('should draw the same strongest co-mentions whether it expands its nodes or walks the weight index, and say what it left out', async () => {
    const coMentions = (view: Awaited<ReturnType<typeof homeView>>) => view.edges.filter((e) => !('type' in e)) as { weight: number }[];
    for (const window of [{}, { from: '2000-01-01', to: '2030-12-31' }, { from: '2024-05-05', to: '2024-05-05' }]) {
      const every = coMentions(await homeView(store, { limit: 20, minWeight: 1, edgeLimit: 100_000, ...window }));
      let walks = 0;
      for (const edgeLimit of [1, 5, 12]) {
        const expanded = await homeView(store, { limit: 20, minWeight: 1, edgeLimit, walkAbove: 100_000_000, ...window });
        expect(expanded.maxWeightNotShown).toBeUndefined();
        expect(expanded.edgesNotShown).toBe(Math.max(0, every.length - edgeLimit));
        let walked = 0;
        for (const walkAbove of [1, 2, 5, 10, 20, 50, 100, 200, 500]) {
          const view = await homeView(store, { limit: 20, minWeight: 1, edgeLimit, walkAbove, ...window });
          expect(view.nodes).toEqual(expanded.nodes);
          expect(view.edges).toEqual(expanded.edges);
          if (view.maxWeightNotShown === undefined) {
            expect(view.edgesNotShown).toBe(expanded.edgesNotShown);
            continue;
          }
          walked++;
          expect(view.edgesNotShown).toBeUndefined();
          // The stated weight is the lightest drawn, and nothing left out weighs more.
          const drawnWeights = coMentions(view).map((e) => e.weight);
          expect(Math.min(...drawnWeights)).toBe(view.maxWeightNotShown);
          const left = every.length - drawnWeights.length;
          expect(left).toBeGreaterThan(0);
          expect(every.map((e) => e.weight).sort((a, b) => b - a)[edgeLimit]).toBeLessThanOrEqual(view.maxWeightNotShown);
        }
        walks += walked;
      }
      // Each window's view took the walk for some limit (the seed graph is small: not for every one).
      expect(walks > 0 ? 'walked' : JSON.stringify(window)).toBe('walked');
    }
  });

  it('should list dated events in order with participants and place', async () => {
    const events = await timeline(store, { limit: 100 });
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    const dialogue = events.find((e) => e.name === '中美人工智能政府间对话首次会议')!;
    expect(dialogue.date).toBe('2024-04-26');
    expect(dialogue.participants.map((p) => p.id)).toContain('person:布林肯');
    const april = await timeline(store, { from: '2024-04-01', to: '2024-04-30', limit: 100 });
    expect(april.every((e) => e.date.startsWith('2024-04') || e.date === '2024')).toBe(true);
  });

  it('should count labels and relationship types and report the latest ingest', async () => {
    const stats = await graphStats(store);
    expect(stats.labels.Article).toBe(seed().extractions.length);
    expect(stats.labels.Person).toBeGreaterThan(0);
    expect(stats.relationships.CO_MENTIONED).toBeGreaterThan(0);
    expect(stats.latestIngest).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('should bucket articles and events by day and by month', async () => {
    const days = await dateHistogram(store, { bucket: 'day' });
    expect(days.find((d) => d.date === '2024-05-05')?.articles).toBe(1);
    const months = await dateHistogram(store, { bucket: 'month' });
    expect(months.some((m) => m.date === '2024-04' && m.events > 0)).toBe(true);
  });
});
