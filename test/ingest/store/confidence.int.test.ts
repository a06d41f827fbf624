// Confidence in the store (issue 17 §5): each article's confidences are kept with its contribution
// (MENTIONS, NAMES, STATES_ROLE, STATES_RELATION) and the graph's aggregates carry the best article's
// — the entity, the co-mention (the product of both ends' in one article), HOLDS_ROLE and typed
// edges — exact after an article changes or is written again, and read back by the explorer's views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../ingest/model.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { contributionHash } from '../../../ingest/store/article-rows.ts';
import { entityDetail, graphOverview, neighbourhood } from '../../../ingest/store/queries/index.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';
import { entityIdOf, fixtureArticle, withConfidence } from './relation-fixtures.ts';

let store: Store;

const ZHANG = entityIdOf('Person', '张伟');
const PORT = entityIdOf('Organization', '宁波港集团');
const CITY = entityIdOf('Place', '宁波');

/** An article naming 张伟, 宁波港集团 and 宁波, with the confidences an extraction would attach. */
function article(id: string, publishedAt: string, c: { zhang: number; port: number; city: number; role: number; visit: number }): ArticleExtraction {
  const a = fixtureArticle({
    id,
    publishedAt,
    sentences: ['宁波港集团董事长张伟当天前往宁波。', '张伟说，宁波港集团今年的吞吐量还会增长。'],
    entities: [
      { name: '张伟', type: 'Person' },
      { name: '宁波港集团', type: 'Organization' },
      { name: '宁波', type: 'Place' },
    ],
    relations: [
      { type: 'HOLDS_ROLE', source: '张伟', target: '宁波港集团', sentence: 0, title: '董事长' },
      { type: 'VISITS', source: '张伟', target: '宁波', sentence: 0, date: publishedAt.slice(0, 10) },
    ],
  });
  return withConfidence(a, { 张伟: c.zhang, 宁波港集团: c.port, 宁波: c.city }, { HOLDS_ROLE: c.role, VISITS: c.visit });
}

const first = () => article('conf-1', '2025-03-02T08:00:00+08:00', { zhang: 0.9, port: 0.6, city: 0.95, role: 0.7, visit: 0.5 });
const second = () => article('conf-2', '2025-03-09T08:00:00+08:00', { zhang: 0.5, port: 0.8, city: 0.4, role: 0.85, visit: 0.3 });

async function stored() {
  const one = async (q: string) => (await store.driver.executeQuery(q, {}, { database: store.database })).records.map((r) => r.toObject());
  const entities = Object.fromEntries((await one('MATCH (e:Entity) RETURN e.id AS id, e.confidence AS c')).map((r) => [r.id, r.c]));
  const pairs = Object.fromEntries((await one('MATCH (x)-[r:CO_MENTIONED]->(y) RETURN x.id + "~" + y.id AS k, r.confidence AS c')).map((r) => [r.k, r.c]));
  const [role] = await one('MATCH (:Person)-[r:HOLDS_ROLE]->() RETURN r.confidence AS c');
  const [visit] = await one('MATCH (:Person)-[r:VISITS]->() RETURN r.confidence AS c');
  return { entities, pairs, role: role?.c, visit: visit?.c };
}

const pair = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

describe('confidence in the store', () => {
  it('should give every aggregate the best confidence of the articles behind it', async () => {
    await writeArticles(store, [{ article: first() }]);
    await writeArticles(store, [{ article: second() }]);
    const s = await stored();
    expect(s.entities).toEqual({ [ZHANG]: 0.9, [PORT]: 0.8, [CITY]: 0.95 });
    // Per article the product of both ends', then the better article: 0.9 × 0.6 = 0.54 vs 0.5 × 0.8 = 0.4.
    expect(s.pairs[pair(ZHANG, PORT)]).toBeCloseTo(0.54, 9);
    expect(s.pairs[pair(ZHANG, CITY)]).toBeCloseTo(0.855, 9);
    expect(s.role).toBe(0.85);
    expect(s.visit).toBe(0.5);
  });

  it('should follow an article whose confidences changed, exactly as writing it fresh would', async () => {
    const lowered = article('conf-1', '2025-03-02T08:00:00+08:00', { zhang: 0.3, port: 0.2, city: 0.35, role: 0.1, visit: 0.2 });
    expect(contributionHash(lowered)).not.toBe(contributionHash(first()));
    expect(await writeArticles(store, [{ article: lowered }])).toEqual(['updated']);
    const s = await stored();
    expect(s.entities).toEqual({ [ZHANG]: 0.5, [PORT]: 0.8, [CITY]: 0.4 });
    expect(s.pairs[pair(ZHANG, PORT)]).toBeCloseTo(0.4, 9);
    expect(s.role).toBe(0.85);
    expect(s.visit).toBe(0.3);
    const after = await dumpGraph(store);
    await resetDatabase(store);
    await writeArticles(store, [{ article: lowered }, { article: second() }]);
    expect(await dumpGraph(store)).toEqual(after);
    expect(await writeArticles(store, [{ article: lowered }, { article: second() }])).toEqual(['unchanged', 'unchanged']);
  });

  it('should hand the explorer each node’s and edge’s confidence, and null for data stored without one', async () => {
    const legacy = fixtureArticle({
      id: 'conf-legacy',
      publishedAt: '2025-03-10T08:00:00+08:00',
      sentences: ['舟山港务局局长李明到访宁波港集团。'],
      entities: [
        { name: '李明', type: 'Person' },
        { name: '宁波港集团', type: 'Organization' },
        { name: '舟山港务局', type: 'Organization' },
      ],
      relations: [],
    });
    await writeArticles(store, [{ article: legacy }]);
    const home = await graphOverview(store);
    const node = (id: string) => home.nodes.find((n) => n.id === id);
    expect(node(PORT)?.confidence).toBe(0.8);
    expect(node(entityIdOf('Person', '李明'))?.confidence).toBeNull();
    expect((await entityDetail(store, PORT))?.confidence).toBe(0.8);
    expect((await entityDetail(store, entityIdOf('Person', '李明')))?.confidence).toBeNull();
    const around = await neighbourhood(store, { ids: [ZHANG] });
    const edge = around.edges.find((e) => !('type' in e) && [e.source, e.target].sort().join() === [ZHANG, CITY].sort().join());
    // 0.5 × 0.4 in the second article beats 0.3 × 0.35 in the lowered first.
    expect(edge?.confidence).toBeCloseTo(0.2, 9);
    const typed = around.edges.find((e) => 'type' in e && e.type === 'HOLDS_ROLE');
    expect(typed?.confidence).toBe(0.85);
  });
});
