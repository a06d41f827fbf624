// The store writes the co-mentions the extraction made (ArticleExtraction.coMentions), not its own
// count of them: the CO_MENTIONED aggregate is the sum of the written extractions' co-mentions,
// whatever they say, and changing an article replaces exactly its share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../ingest/model.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { applySchema } from '../../../ingest/store/schema.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { seed } from '../extract/seed-fixture.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

let store: Store;
let extractions: ArticleExtraction[];

/** The aggregate the store must hold for these extractions: summed per pair (x < y). */
function expected(articles: ArticleExtraction[]): { x: string; y: string; weight: number; articleCount: number }[] {
  const pairs = new Map<string, { x: string; y: string; weight: number; articleCount: number }>();
  for (const a of articles) {
    for (const c of a.coMentions) {
      const [x, y] = c.source < c.target ? [c.source, c.target] : [c.target, c.source];
      const p = pairs.get(`${x}\u0000${y}`) ?? { x, y, weight: 0, articleCount: 0 };
      p.weight += c.weight;
      p.articleCount += 1;
      pairs.set(`${x}\u0000${y}`, p);
    }
  }
  return [...pairs.values()].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : a.y < b.y ? -1 : a.y > b.y ? 1 : 0));
}

const stored = async (): Promise<unknown[]> =>
  (await readFixture(store, 'co-mentions')).map((r) => ({ x: r.x, y: r.y, weight: Number(r.weight), articleCount: Number(r.articleCount) }));

/** The main article with its co-mentions cut to the first two, the first one's weight doubled. */
function edited(a: ArticleExtraction): ArticleExtraction {
  const [first, second] = a.coMentions;
  return { ...a, coMentions: [{ ...first!, weight: first!.weight * 2 }, second!] };
}

beforeAll(() => {
  store = openTestStore();
  extractions = seed().extractions;
});
afterAll(async () => {
  await store.close();
});

describe('co-mentions in the store', () => {
  it('should hold exactly the sum of the extractions’ co-mentions after the seed is written', async () => {
    await resetDatabase(store);
    await writeArticles(
      store,
      extractions.map((article) => ({ article })),
    );
    expect(extractions[0]!.coMentions.length).toBeGreaterThan(2);
    expect(await stored()).toEqual(expected(extractions));
  });

  it('should write the co-mentions an extraction states, even where its sentences would say otherwise', async () => {
    const changed = [edited(extractions[0]!), ...extractions.slice(1)];
    expect(
      await writeArticles(
        store,
        changed.map((article) => ({ article })),
      ),
    ).toEqual(['updated', ...extractions.slice(1).map(() => 'unchanged')]);
    expect(await stored()).toEqual(expected(changed));
    const afterUpdate = await dumpGraph(store);
    await resetDatabase(store);
    await writeArticles(
      store,
      changed.map((article) => ({ article })),
    );
    expect(await dumpGraph(store)).toEqual(afterUpdate);
  });

  it('should go back to the original aggregate when the original is written again', async () => {
    await writeArticles(
      store,
      extractions.map((article) => ({ article })),
    );
    expect(await stored()).toEqual(expected(extractions));
  });

  it('should key a database written before co-mentions had keys once, so later writes find its edges', async () => {
    await resetDatabase(store);
    await writeArticles(
      store,
      extractions.map((article) => ({ article })),
    );
    const keys = async () => {
      const session = store.driver.session();
      try {
        const r = await session.run(
          "MATCH (x:Entity)-[r:CO_MENTIONED]->(y:Entity) RETURN count(r) AS edges, sum(CASE WHEN r.pair = x.id + '\\u001f' + y.id THEN 1 ELSE 0 END) AS keyed",
        );
        return { edges: Number(r.records[0]!.get('edges')), keyed: Number(r.records[0]!.get('keyed')) };
      } finally {
        await session.close();
      }
    };
    const written = await keys();
    expect(written.keyed).toBe(written.edges);
    // As a version-4 database holds them.
    await store.writeTx(async (tx) => {
      await tx.run('MATCH ()-[r:CO_MENTIONED]->() REMOVE r.pair');
      await tx.run('MATCH (v:SchemaVersion) REMOVE v.coMentionKeys');
    });
    expect(await keys()).toEqual({ edges: written.edges, keyed: 0 });
    await applySchema(store);
    expect(await keys()).toEqual(written);
    // A changed article's pairs are found by key, not doubled.
    const changed = [edited(extractions[0]!), ...extractions.slice(1)];
    await writeArticles(
      store,
      changed.map((article) => ({ article })),
    );
    expect(await stored()).toEqual(expected(changed));
  });

  it('should refuse a co-mention with an entity the article does not mention, naming the module', async () => {
    const main = extractions[0]!;
    const bad = { ...main, coMentions: [...main.coMentions, { source: main.coMentions[0]!.source, target: 'person:无此人', weight: 1, sentences: [0] }] };
    await expect(writeArticles(store, [{ article: bad }])).rejects.toThrow(/^store\/article-rows: .*person:无此人/);
  });
});
