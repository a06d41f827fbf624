// Dates in the API are the articles' own local dates: a date-time in the article's offset (its first
// ten characters are the day the article states), a month for an article dated to a month only, and
// time windows read in local days. Invented pages, written through the real pipeline and Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import type { ApiGraph, EvidenceItem, HistogramBucket, Page } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { formatDay } from '../../../web/src/views/dom.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

const NIGHT = '夜班货轮抵达青州港\n2024年05月05日 01:06 来源:晨光日报\n\n马斯克在北京会见了特斯拉中国区的工程师。\n';
const MONTHLY = '青州港九月简报\n2024年9月\n\n黄仁勋在上海参观了英伟达的新办公室。\n';

let store: Store;
async function get<T>(path: string): Promise<T> {
  const response = await createApp({ store }).request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  const articles = [NIGHT, MONTHLY].map((raw, i) => parseDocument(raw, { name: `local-${i}.txt` })[0]!);
  await writeArticles(
    store,
    articles.map((a) => ({ article: extractArticle(a) })),
  );
});
afterAll(async () => {
  await store.close();
});

describe('local dates in the API', () => {
  it('should send the evidence of an article published at 01:06 +08:00 in that offset, shown on that day', async () => {
    const page = await get<Page<EvidenceItem>>(`/api/entities/${encodeURIComponent('person:马斯克')}/mentions`);
    expect(page.items[0]!.publishedAt).toBe('2024-05-05T01:06:00.000+08:00');
    expect(formatDay(page.items[0]!.publishedAt, page.items[0]!.datePrecision)).toBe('2024-05-05');
  });

  it('should say an article is dated to a month, so the list shows 2024-09', async () => {
    const page = await get<Page<EvidenceItem>>(`/api/entities/${encodeURIComponent('person:黄仁勋')}/mentions`);
    expect(page.items[0]!.datePrecision).toBe('month');
    expect(formatDay(page.items[0]!.publishedAt, page.items[0]!.datePrecision)).toBe('2024-09');
  });

  it('should count the 01:06 article on its local day in the histogram', async () => {
    const { buckets } = await get<{ buckets: HistogramBucket[] }>('/api/histogram?bucket=day');
    expect(buckets.filter((b) => (b.articles ?? 0) > 0).map((b) => b.date)).toEqual(['2024-05-05']);
  });

  it('should hold the 01:06 article in the home view of its local day only', async () => {
    const day = await get<ApiGraph>('/api/home?from=2024-05-05&to=2024-05-05');
    expect(day.nodes.map((n) => n.id)).toContain('person:马斯克');
    const before = await get<ApiGraph>('/api/home?from=2024-05-04&to=2024-05-04');
    expect(before.nodes.map((n) => n.id)).not.toContain('person:马斯克');
  });
});

describe('local days in the neighbourhood window', () => {
  it("should keep the co-mentions of an article published at 01:06 +08:00 in its own day's window only", async () => {
    const path = `/api/neighbourhood?ids=${encodeURIComponent('person:马斯克')}`;
    expect((await get<ApiGraph>(`${path}&from=2024-05-05&to=2024-05-05`)).edges.length).toBeGreaterThan(0);
    expect((await get<ApiGraph>(`${path}&from=2024-05-04&to=2024-05-04`)).edges).toEqual([]);
  });
});
