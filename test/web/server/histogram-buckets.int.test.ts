// The histogram under the time slider picks its bucket from the span of the data (issue 18 §3): a
// corpus of one day gets day bars, one of a year weekly bars, one of twenty years yearly bars, and
// none of them is blank. Our own sentences, written by the store's one writer, read over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBucket } from '../../../ingest/store/queries/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import type { HistogramBucket } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { fixtureArticle } from '../../ingest/store/relation-fixtures.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
beforeAll(() => {
  store = openTestStore();
});
afterAll(async () => {
  await store.close();
});

interface Histogram {
  bucket: string;
  buckets: HistogramBucket[];
}

async function get(path: string): Promise<{ status: number; body: Histogram & { error?: string } }> {
  const response = await createApp({ store }).request(path);
  return { status: response.status, body: (await response.json()) as Histogram & { error?: string } };
}

/** One article per date (local dates in +08:00, one at 00:30 so its UTC day is the day before). */
async function seed(dates: string[]): Promise<void> {
  await resetDatabase(store);
  await writeArticles(
    store,
    dates.map((publishedAt, i) => ({
      article: fixtureArticle({
        id: `test:span-${i}`,
        publishedAt,
        sentences: [`青州港务局与远帆航运签署了第${i + 1}份合作协议。`],
        entities: [
          { name: '青州港务局', type: 'Organization' },
          { name: '远帆航运', type: 'Organization' },
        ],
        relations: [],
      }),
    })),
  );
}

const total = (h: Histogram) => h.buckets.reduce((sum, b) => sum + (b.articles ?? 0), 0);

describe('GET /api/histogram picks its bucket from the span', () => {
  it('should draw day bars for a corpus of one day, on the local day', async () => {
    await seed(['2024-05-05T00:30:00+08:00', '2024-05-05T09:00:00+08:00', '2024-05-05T21:15:00+08:00']);
    const { status, body } = await get('/api/histogram');
    expect(status).toBe(200);
    expect(body.bucket).toBe('day');
    expect(body.buckets).toEqual([{ date: '2024-05-05', count: 3, articles: 3, events: 0 }]);
    // The first write of a file warms Neo4j up: slow on a loaded machine.
  }, 180_000);

  it('should draw week bars (keyed by their Monday) for a corpus of one year', async () => {
    const dates = ['2023-01-04', '2023-03-15', '2023-03-16', '2023-07-01', '2023-12-29'].map((d) => `${d}T10:00:00+08:00`);
    await seed(dates);
    const { body } = await get('/api/histogram');
    expect(body.bucket).toBe('week');
    expect(body.buckets.map((b) => b.date)).toEqual(['2023-01-02', '2023-03-13', '2023-06-26', '2023-12-25']);
    expect(body.buckets.find((b) => b.date === '2023-03-13')!.articles).toBe(2);
    expect(total(body)).toBe(5);
  });

  it('should draw year bars for a corpus of twenty years', async () => {
    const dates = ['2004-02-10', '2009-06-01', '2015-11-20', '2015-12-01', '2024-01-15'].map((d) => `${d}T10:00:00+08:00`);
    await seed(dates);
    const { body } = await get('/api/histogram');
    expect(body.bucket).toBe('year');
    expect(body.buckets.map((b) => [b.date, b.articles])).toEqual([
      ['2004', 1],
      ['2009', 1],
      ['2015', 2],
      ['2024', 1],
    ]);
    // An explicit bucket still wins: the same corpus by month.
    const months = await get('/api/histogram?bucket=month');
    expect(months.body.bucket).toBe('month');
    expect(months.body.buckets.map((b) => b.date)).toEqual(['2004-02', '2009-06', '2015-11', '2015-12', '2024-01']);
  });

  it('should answer an empty database with day buckets and no bars, and refuse an unknown bucket', async () => {
    await resetDatabase(store);
    expect((await get('/api/histogram')).body).toEqual({ bucket: 'day', buckets: [] });
    const bad = await get('/api/histogram?bucket=decade');
    expect(bad.status).toBe(400);
  });
});

describe('chooseBucket', () => {
  it('should choose day, week, month and year as the span grows', () => {
    expect(chooseBucket(0)).toBe('day');
    expect(chooseBucket(364)).toBe('week');
    expect(chooseBucket(14 * 365)).toBe('month');
    expect(chooseBucket(20 * 365)).toBe('year');
    expect(() => chooseBucket(-1)).toThrow(/spanDays/);
  });
});
