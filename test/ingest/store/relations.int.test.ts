// Typed relations in the store (issue 16): each article's statements (STATES_RELATION) summed into
// one relationship of the real type per (source, type, target), exact on re-ingest, on a changed
// article and when stored entities merge, and read back by the analyst query and the evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSample } from '../../../ingest/ingest-sample.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';
import { fixtureArticle, type FixtureSpec } from './relation-fixtures.ts';

let store: Store;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

const visitor = { name: '林远舟', type: 'Person' as const };
const city = { name: '北京', type: 'Place' as const };
const host = { name: '周启明', type: 'Person' as const };

// Invented people; sentences of our own.
const visitA = (date = '2024-04-26'): FixtureSpec => ({
  id: 'test:visit-a',
  publishedAt: '2024-04-27T08:00:00+08:00',
  sentences: ['林远舟昨日抵达北京开始访问。', '周启明在北京会见了林远舟。'],
  entities: [visitor, city, host],
  relations: [
    { type: 'VISITS', source: '林远舟', target: '北京', sentence: 0, date },
    { type: 'MEETS', source: '周启明', target: '林远舟', sentence: 1, date },
  ],
});
const visitB: FixtureSpec = {
  id: 'test:visit-b',
  publishedAt: '2024-11-02T08:00:00+08:00',
  sentences: ['林远舟十一月再次访问北京。'],
  entities: [visitor, city],
  relations: [{ type: 'VISITS', source: '林远舟', target: '北京', sentence: 0, date: '2024-11' }],
};

async function typed(type: string): Promise<Record<string, unknown>[]> {
  const s = store.driver.session();
  try {
    const r = await s.run(
      `MATCH (a)-[r]->(b) WHERE type(r) = $type
       RETURN a.id AS source, b.id AS target, r.articleCount AS articles, r.firstDate AS firstDate, r.lastDate AS lastDate,
              r.dates AS dates, r.dateCount AS dateCount ORDER BY source, target`,
      { type },
    );
    return r.records.map((x) => ({ ...x.toObject(), articles: Number(x.get('articles')), dateCount: Number(x.get('dateCount')) }));
  } finally {
    await s.close();
  }
}

describe('typed relations in the store', () => {
  it('should write a visit as (:Person)-[:VISITS]->(:Place) that an analyst can MATCH by type', async () => {
    await writeArticles(store, [{ article: fixtureArticle(visitA()) }]);
    const s = store.driver.session();
    try {
      const r = await s.run("MATCH (p:Person)-[v:VISITS]->(:Place {name: '北京'}) RETURN p.name AS who, v.articleCount AS n, v.firstDate AS d");
      expect(r.records.map((x) => [x.get('who'), Number(x.get('n')), x.get('d')])).toEqual([['林远舟', 1, '2024-04-26']]);
    } finally {
      await s.close();
    }
    expect(await typed('MEETS')).toMatchObject([{ source: 'person:周启明', target: 'person:林远舟', articles: 1 }]);
    // Next to the co-mention, not instead of it.
    expect((await dumpGraph(store)).filter((l) => l.includes('"CO_MENTIONED"'))).toHaveLength(3);
  });

  it('should sum the articles stating a relation, with first and last stated dates and the distinct dates', async () => {
    await writeArticles(store, [{ article: fixtureArticle(visitB) }]);
    expect(await typed('VISITS')).toEqual([
      {
        source: 'person:林远舟',
        target: 'place:北京',
        articles: 2,
        firstDate: '2024-04-26',
        lastDate: '2024-11',
        dates: ['2024-04-26', '2024-11'],
        dateCount: 2,
      },
    ]);
  });

  it('should answer every visit to 北京 in 2024 with its sentence and article, and leave out other years', async () => {
    const rows = await store.read('visits-to-place', { place: '北京', from: '2024-01-01', to: '2024-12-31' });
    expect(rows.map((r) => [r.visitor, r.date, r.articleId])).toEqual([
      ['林远舟', '2024-04-26', 'test:visit-a'],
      ['林远舟', '2024-11', 'test:visit-b'],
    ]);
    expect(rows[0]!.sentence).toBe('林远舟昨日抵达北京开始访问。');
    expect(await store.read('visits-to-place', { place: '北京', from: '2024-05-01', to: '2024-10-31' })).toEqual([]);
    expect(await store.read('visits-to-place', { place: '北京', from: '2023-01-01', to: '2023-12-31' })).toEqual([]);
  });

  it('should list the evidence sentences of a typed relation with article and stated date', async () => {
    const [page] = await store.read('relation-evidence', { type: 'VISITS', source: 'person:林远舟', target: 'place:北京', skip: 0, limit: 10 });
    expect(page!.total).toBe(2);
    expect((page!.items as { articleId: string; date: string; text: string }[]).map((i) => [i.articleId, i.date, i.text])).toEqual([
      ['test:visit-b', '2024-11', '林远舟十一月再次访问北京。'],
      ['test:visit-a', '2024-04-26', '林远舟昨日抵达北京开始访问。'],
    ]);
  });

  it('should change nothing when the same articles are ingested again', async () => {
    const before = await dumpGraph(store);
    const outcomes = await writeArticles(store, [{ article: fixtureArticle(visitA()) }, { article: fixtureArticle(visitB) }]);
    expect(outcomes).toEqual(['unchanged', 'unchanged']);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should replace a changed article’s contribution and drop a relation no article states any more', async () => {
    await writeArticles(store, [{ article: fixtureArticle(visitA('2024-04-25')) }]);
    expect(await typed('VISITS')).toMatchObject([{ articles: 2, dates: ['2024-04-25', '2024-11'] }]);
    await writeArticles(store, [{ article: fixtureArticle({ ...visitA(), relations: [] }) }]);
    expect(await typed('MEETS')).toEqual([]);
    expect(await typed('VISITS')).toMatchObject([{ articles: 1, dates: ['2024-11'] }]);
  });

  it('should end with exactly the graph a fresh database gets from the final articles, in either order', async () => {
    const final = [{ article: fixtureArticle({ ...visitA(), relations: [] }) }, { article: fixtureArticle(visitB) }];
    const now = await dumpGraph(store);
    await resetDatabase(store);
    await writeArticles(store, [...final].reverse(), { batchSize: 1 });
    expect(await dumpGraph(store)).toEqual(now);
  });

  it('should keep the first 20 distinct stated dates and say how many there are', async () => {
    await resetDatabase(store);
    const days = Array.from({ length: 25 }, (_, i) => `2024-03-${String(i + 1).padStart(2, '0')}`);
    await writeArticles(store, [
      {
        article: fixtureArticle({
          id: 'test:many-dates',
          publishedAt: '2024-03-31T08:00:00+08:00',
          sentences: days.map((d) => `${d.slice(8)}日林远舟访问北京。`),
          entities: [visitor, city],
          relations: days.map((date, i) => ({ type: 'VISITS' as const, source: '林远舟', target: '北京', sentence: i, date })),
        }),
      },
    ]);
    const [v] = await typed('VISITS');
    expect(v).toMatchObject({ articles: 1, dateCount: 25, firstDate: '2024-03-01', lastDate: '2024-03-25' });
    expect(v!.dates).toEqual(days.slice(0, 20));
  });

  it('should carry typed relations over when two stored places merge, summed on the survivor', async () => {
    await resetDatabase(store);
    const short = { name: '青湾', type: 'Place' as const };
    const full = { name: '青湾市', type: 'Place' as const };
    await writeArticles(store, [
      {
        article: fixtureArticle({
          id: 'test:m1',
          publishedAt: '2024-06-01T08:00:00+08:00',
          sentences: ['林远舟抵达青湾市访问。'],
          entities: [visitor, full],
          relations: [{ type: 'VISITS', source: '林远舟', target: '青湾市', sentence: 0, date: '2024-06-01' }],
        }),
      },
      {
        article: fixtureArticle({
          id: 'test:m2',
          publishedAt: '2024-06-03T08:00:00+08:00',
          sentences: ['林远舟再次访问青湾。'],
          entities: [visitor, short],
          relations: [{ type: 'VISITS', source: '林远舟', target: '青湾', sentence: 0, date: '2024-06-03' }],
        }),
      },
    ]);
    expect(await typed('VISITS')).toHaveLength(2);
    await writeArticles(store, [], {
      merges: [{ into: { id: 'place:青湾市', name: '青湾市', type: 'Place' }, absorbed: ['place:青湾'], mergedIds: ['place:青湾'] }],
    });
    expect(await typed('VISITS')).toEqual([
      {
        source: 'person:林远舟',
        target: 'place:青湾市',
        articles: 2,
        firstDate: '2024-06-01',
        lastDate: '2024-06-03',
        dates: ['2024-06-01', '2024-06-03'],
        dateCount: 2,
      },
    ]);
    const [page] = await store.read('relation-evidence', { type: 'VISITS', source: 'person:林远舟', target: 'place:青湾市', skip: 0, limit: 10 });
    expect(page!.total).toBe(2);
  });

  it('should carry typed relations over when the source of a relation merges', async () => {
    await resetDatabase(store);
    const spec = (id: string, name: string, day: string): FixtureSpec => ({
      id,
      publishedAt: `2024-07-${day}T08:00:00+08:00`,
      sentences: [`${name}在北京会见周启明。`],
      entities: [{ name, type: 'Person' }, host, city],
      relations: [{ type: 'MEETS', source: name, target: '周启明', sentence: 0, date: `2024-07-${day}` }],
    });
    await writeArticles(store, [{ article: fixtureArticle(spec('test:s1', '林远舟', '01')) }, { article: fixtureArticle(spec('test:s2', '林舟', '02')) }]);
    await writeArticles(store, [], {
      merges: [{ into: { id: 'person:林远舟', name: '林远舟', type: 'Person' }, absorbed: ['person:林舟'], mergedIds: ['person:林舟'] }],
    });
    expect(await typed('MEETS')).toMatchObject([{ source: 'person:林远舟', target: 'person:周启明', articles: 2, dates: ['2024-07-01', '2024-07-02'] }]);
    const statements = (await dumpGraph(store)).filter((l) => l.includes('"STATES_RELATION"'));
    expect(statements.every((l) => l.includes('"relationId":"meets:person:林远舟|person:周启明|'))).toBe(true);
  });
});

describe('the seed’s visits in the store, ingested as npm start ingests the sample', () => {
  it('should store 马斯克 VISITS 北京 dated 2024-04-28, found by the analyst query for 2024', async () => {
    await resetDatabase(store);
    await ingestSample(store);
    const rows = await store.read('visits-to-place', { place: '北京', from: '2024-01-01', to: '2024-12-31' });
    expect(rows).toContainEqual(expect.objectContaining({ visitorId: 'person:马斯克', date: '2024-04-28' }));
  });

  it('should store 布林肯 VISITS 中国 dated within 2024-04-24..26', async () => {
    const rows = await store.read('visits-to-place', { place: '中国', from: '2024-04-24', to: '2024-04-26' });
    expect(rows.filter((r) => r.visitorId === 'person:布林肯').length).toBeGreaterThan(0);
  });

  it('should change nothing when the sample is ingested again', async () => {
    const before = await dumpGraph(store);
    await ingestSample(store);
    expect(await dumpGraph(store)).toEqual(before);
    expect(before.some((l) => l.includes('"VISITS"'))).toBe(true);
  });
});
