import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { dateHistogram, entityDetail, entityMentions } from '../../../ingest/store/queries/index.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

// Invented pages: an article published at 01:06 Beijing time (17:06 UTC the day before) and one dated
// only to a month. The store must show each on its own local day or month, never the UTC day.
const NIGHT = '青州港夜间通关创新高\n2015年07月23日 01:06 来源:晨光日报\n\n马斯克当天在青州港参观了特斯拉的新仓库。\n';
const MONTHLY = '青州港月度简报\n2023年9月\n\n马斯克在青州港出席特斯拉仓库启用仪式。\n';

let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  const articles = [NIGHT, MONTHLY].map((raw, i) => parseDocument(raw, { name: `page-${i}.txt` })[0]!);
  await writeArticles(
    store,
    articles.map((a) => ({ article: extractArticle(a) })),
  );
});
afterAll(async () => {
  await store.close();
});

describe('publication dates in the store', () => {
  it('should give an article published at 01:06 +08:00 that local day, with its offset', async () => {
    const { items } = await entityMentions(store, { id: 'person:马斯克' });
    const night = items.find((i) => i.title === '青州港夜间通关创新高')!;
    expect(night.publishedAt).toBe('2015-07-23T01:06:00.000+08:00');
    expect(night.publishedAt!.slice(0, 10)).toBe('2015-07-23');
    expect((await entityDetail(store, 'person:马斯克'))!.firstSeen!.slice(0, 10)).toBe('2015-07-23');
  });

  it('should count the 01:06 article on its local day and the month-only one in its month only', async () => {
    const days = await dateHistogram(store, { bucket: 'day' });
    expect(days.filter((b) => b.articles > 0).map((b) => b.date)).toEqual(['2015-07-23']);
    const months = await dateHistogram(store, { bucket: 'month' });
    expect(months.filter((b) => b.articles > 0).map((b) => b.date)).toEqual(['2015-07', '2023-09']);
  });
});
