import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { homeView } from '../../../ingest/store/queries/index.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

// Invented pages: one published at 01:06 Beijing time on 2024-05-05 (17:06 UTC on the 4th), one
// dated only to a month (2024年9月). The home view's time window is read in the articles' own local
// days: a window on the 5th holds the 01:06 article, a window on the 4th does not.
const NIGHT = '夜班货轮抵达青州港\n2024年05月05日 01:06 来源:晨光日报\n\n马斯克在北京会见了特斯拉中国区的工程师。\n';
const MONTHLY = '青州港九月简报\n2024年9月\n\n黄仁勋在上海参观了英伟达的新办公室。\n';

const MUSK = 'person:马斯克';
const HUANG = 'person:黄仁勋';

let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  const articles = [NIGHT, MONTHLY].map((raw, i) => parseDocument(raw, { name: `window-${i}.txt` })[0]!);
  expect(articles.map((a) => [a.publishedAt, a.datePrecision])).toEqual([
    ['2024-05-05T01:06:00+08:00', 'minute'],
    ['2024-09-01T00:00:00+08:00', 'month'],
  ]);
  await writeArticles(
    store,
    articles.map((a) => ({ article: extractArticle(a) })),
  );
});
afterAll(async () => {
  await store.close();
});

const ids = async (from: string, to: string): Promise<string[]> => (await homeView(store, { from, to, limit: 50, minWeight: 1 })).nodes.map((n) => n.id);

describe('the home view in a time window of local days', () => {
  it('should hold an article published at 01:06 +08:00 in the window of its own day', async () => {
    const view = await homeView(store, { from: '2024-05-05', to: '2024-05-05', limit: 50, minWeight: 1 });
    expect(view.nodes.map((n) => n.id)).toContain(MUSK);
    expect(view.edges.some((e) => e.source === MUSK || e.target === MUSK)).toBe(true);
  });

  it('should leave it out of the window of the UTC day before', async () => {
    expect(await ids('2024-05-04', '2024-05-04')).not.toContain(MUSK);
  });

  it('should hold an article dated to a month in a window inside that month, and not in the month before', async () => {
    expect(await ids('2024-09-10', '2024-09-20')).toContain(HUANG);
    expect(await ids('2024-09', '2024-09')).toContain(HUANG);
    expect(await ids('2024-08-01', '2024-08-31')).not.toContain(HUANG);
  });
});
