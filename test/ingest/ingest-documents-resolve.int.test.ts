// Resolution across articles, through the one ingest path: an entity is found in the store by any
// of its names, two stored entities a new article shows to be one are merged with their evidence,
// entities of different types stay apart, and the graph does not depend on the order or the number
// of times articles arrive. Names and texts are invented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../ingest/ingest-documents.ts';
import { ESTABLISHED_ARTICLES } from '../../ingest/resolve/known.ts';
import type { ParsedArticle } from '../../ingest/model.ts';
import { articleId } from '../../ingest/parse/article-id.ts';
import type { Store } from '../../ingest/store/client.ts';
import { findStoredEntities } from '../../ingest/store/known-entities.ts';
import { readFixture } from '../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../setup/store.ts';
import { dumpGraph } from './store/dump.ts';

let store: Store;
beforeAll(() => {
  store = openTestStore();
});
afterAll(async () => {
  await store.close();
});

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-03-${day}T09:00:00+08:00` };
}

// Full name alone; full name with the short form declared; short form alone; the short form with
// another entity; and an article that names both again in one sentence.
const FULL = article('研究院发布报告', '青岚星河研究院今天发布年度报告。院长李明远介绍了青岚星河研究院的新项目。', '01');
const BOTH = article('星研院扩大招生', '青岚星河研究院(星研院)宣布扩大招生。星研院院长李明远在云栖市出席仪式。', '02');
const SHORT = article('星研院与云栖市合作', '星研院今天与云栖市签署合作协议。星研院院长李明远说，合作将继续。', '03');
// The same name read as a person (the extraction's reading of this sentence).
const PERSON = article('星研院与云栖市', '星研院与云栖市签署合作协议。星研院表示，李明远将牵头这项合作。', '04');

const entities = async () =>
  (await readFixture(store, 'entities-all')).map((r) => ({
    id: r.id as string,
    name: r.name as string,
    type: r.type as string,
    aliases: r.aliases as string[],
    mentionCount: Number(r.mentionCount),
    mergedIds: r.mergedIds as string[],
  }));
const ingest = async (...articles: ParsedArticle[]) => {
  const warnings: string[] = [];
  for (const a of articles) await ingestDocuments(store, [[a]], { onWarning: (w) => warnings.push(w) });
  return warnings;
};
const orgs = async () => (await entities()).filter((e) => e.type === 'Organization');

describe('ingestDocuments: one node per real thing across articles', () => {
  it('should make the short form first and the full name later one node', async () => {
    await resetDatabase(store);
    await ingest(SHORT, BOTH);
    const o = await orgs();
    expect(o.map((e) => [e.id, e.aliases])).toEqual([['organization:星研院', ['青岚星河研究院']]]);
  });

  it('should make the full name first and the short form later one node', async () => {
    await resetDatabase(store);
    await ingest(FULL, BOTH, SHORT);
    const o = await orgs();
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ id: 'organization:星研院', name: '星研院', aliases: ['青岚星河研究院'], mergedIds: ['organization:青岚星河研究院'] });
    // Every mention of either name counts for the one node: 2 + 3 + 2.
    expect(o[0]!.mentionCount).toBe(7);
  });

  it('should merge two stored nodes a third article links, with their evidence and exact co-mention weights', async () => {
    await resetDatabase(store);
    await ingest(FULL, SHORT);
    expect((await orgs()).map((e) => e.id)).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
    await ingest(BOTH);
    const merged = await dumpGraph(store);
    const o = await orgs();
    expect(o.map((e) => [e.id, e.mentionCount, e.mergedIds])).toEqual([['organization:星研院', 7, ['organization:青岚星河研究院']]]);
    expect(merged.some((l) => l.includes('"organization:青岚星河研究院"') && !l.includes('mergedIds'))).toBe(false);
    const pairs = (await readFixture(store, 'co-mentions')).map((r) => [r.x, r.y, Number(r.weight), Number(r.articleCount)]);
    // 李明远 and the institute share one sentence in each of FULL, BOTH and SHORT.
    expect(pairs).toContainEqual(['organization:星研院', 'person:李明远', 3, 3]);
    expect(pairs.every(([x, y]) => x !== 'organization:青岚星河研究院' && y !== 'organization:青岚星河研究院')).toBe(true);
    // The evidence behind the edge: every sentence naming the institute now mentions the survivor.
    const session = store.driver.session();
    try {
      const r = await session.run('MATCH (:Sentence)-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m) AS n', { id: 'organization:星研院' });
      expect(Number(r.records[0]!.get('n'))).toBe(7);
    } finally {
      await session.close();
    }
  });

  it('should give exactly the graph of one batch, and of any order, after a merge', async () => {
    await resetDatabase(store);
    await ingest(FULL, SHORT, BOTH);
    const sequential = await dumpGraph(store);
    await resetDatabase(store);
    await ingestDocuments(store, [[BOTH], [SHORT], [FULL]]);
    expect(await dumpGraph(store)).toEqual(sequential);
    await resetDatabase(store);
    await ingest(BOTH, FULL, SHORT);
    expect(await dumpGraph(store)).toEqual(sequential);
  });

  it('should not merge two nodes that each stand on many articles on one article’s word, and say so', async () => {
    await resetDatabase(store);
    const days = Array.from({ length: ESTABLISHED_ARTICLES }, (_, i) => String(i + 1).padStart(2, '0'));
    await ingestDocuments(store, [days.map((d, i) => article(`研究院第${i + 1}份报告`, `青岚星河研究院今天发布第${i + 1}份年度报告。`, d))]);
    await ingestDocuments(store, [days.map((d, i) => article(`星研院第${i + 1}次招生`, `星研院今天宣布第${i + 1}次扩大招生。`, d))]);
    const found = await findStoredEntities(store, { forms: ['星研院', '青岚星河研究院'], ids: [] });
    expect(found.map((e) => [e.id, e.articles])).toEqual([
      ['organization:星研院', ESTABLISHED_ARTICLES],
      ['organization:青岚星河研究院', ESTABLISHED_ARTICLES],
    ]);
    const warnings = await ingest(BOTH);
    expect((await orgs()).map((e) => e.id)).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
    expect(warnings.filter((w) => w.includes('kg curate merge organization:星研院 organization:青岚星河研究院'))).toHaveLength(1);
  });

  it('should leave the graph unchanged when the same articles are ingested again', async () => {
    await resetDatabase(store);
    await ingest(FULL, SHORT, BOTH);
    const once = await dumpGraph(store);
    const outcomes = await ingestDocuments(store, [[FULL], [SHORT], [BOTH]]);
    expect(outcomes).toEqual(['unchanged', 'unchanged', 'unchanged']);
    await ingest(BOTH, FULL);
    expect(await dumpGraph(store)).toEqual(once);
  });

  it('should never merge entities of different types that share a name', async () => {
    await resetDatabase(store);
    await ingest(FULL, PERSON, BOTH);
    const all = await entities();
    expect(all.filter((e) => e.id.endsWith(':星研院')).map((e) => [e.id, e.mentionCount])).toEqual([
      ['organization:星研院', 5],
      ['person:星研院', 2],
    ]);
    const pairs = (await readFixture(store, 'co-mentions')).map((r) => [r.x, r.y, Number(r.weight)]);
    expect(pairs).toContainEqual(['person:星研院', 'person:李明远', 1]);
    expect(pairs).toContainEqual(['organization:星研院', 'person:李明远', 2]);
  });
});
