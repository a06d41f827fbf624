import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { ArticleSummary, ArticleView, EvidenceItem, Page } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';
import { HOSTILE_TITLE, HOSTILE_URL, seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;
async function get<T>(path: string, status = 200): Promise<T> {
  const response = await createApp({ store }).request(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}
const MUSK = encodeURIComponent('person:马斯克');

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
});
afterAll(async () => {
  await store.close();
});

describe('articles: the source one click away', () => {
  it('should open the article behind an evidence sentence, with the sentence at its place in the text', async () => {
    const evidence = await get<Page<EvidenceItem>>(`/api/entities/${MUSK}/mentions?limit=1`);
    const item = evidence.items[0]!;
    const article = await get<ArticleView>(`/api/articles/${encodeURIComponent(item.articleId)}`);
    expect(article.id).toBe(item.articleId);
    expect(article.title).toBe(item.articleTitle);
    expect(article.text).toContain(item.text);
  });

  it('should give every entity mention with offsets that point at its surface in the text', async () => {
    const list = await get<Page<ArticleSummary>>(`/api/articles?entity=${MUSK}`);
    const seed = list.items.find((a) => a.title.includes('中美AI'))!;
    const article = await get<ArticleView>(`/api/articles/${encodeURIComponent(seed.id)}`);
    expect(article.mentions.length).toBeGreaterThan(10);
    const musk = article.mentions.filter((m) => m.id === 'person:马斯克');
    expect(musk.length).toBe(seed.mentions);
    for (const m of musk) expect(['马斯克', '埃隆•马斯克', 'Elon Musk']).toContain(article.text.slice(m.start, m.end));
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    for (let i = 1; i < article.mentions.length; i++) expect(article.mentions[i]!.start).toBeGreaterThanOrEqual(article.mentions[i - 1]!.start);
  });

  it('should date the sample article on its own local day with its zone and source', async () => {
    const list = await get<Page<ArticleSummary>>('/api/articles?day=2024-05-05');
    expect(list.total).toBeGreaterThan(0);
    const article = await get<ArticleView>(`/api/articles/${encodeURIComponent(list.items[0]!.id)}`);
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-05-05');
    expect(article.publishedAt).toMatch(/\+08:00$/);
    expect(article.source).toBeTruthy();
  });

  it('should list the articles that mention 马斯克, newest first, in pages', async () => {
    const all = await get<Page<ArticleSummary>>(`/api/articles?entity=${MUSK}&limit=100`);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const days = all.items.map((a) => a.publishedAt ?? '');
    expect([...days].sort().reverse()).toEqual(days);
    const second = await get<Page<ArticleSummary>>(`/api/articles?entity=${MUSK}&limit=1&skip=1`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).toBe(all.items[1]!.id);
    expect(all.items.every((a) => (a.mentions ?? 0) > 0)).toBe(true);
  });

  it('should list by entity and day together', async () => {
    const june = await get<Page<ArticleSummary>>(`/api/articles?entity=${MUSK}&day=2024-06-10`);
    expect(june.items.map((a) => a.title)).toEqual([HOSTILE_TITLE]);
    expect(june.items[0]!.url).toBe(HOSTILE_URL);
    const none = await get<Page<ArticleSummary>>('/api/articles?day=2020-01-01');
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it.each([['day=2024-02-30'], ['day=2024-05'], ['day=yesterday'], ['limit=0'], ['limit=101'], ['skip=-1']])(
    'should refuse %s with 400 naming it',
    async (query) => {
      const body = await get<{ error: string }>(`/api/articles?${query}`, 400);
      expect(body.error).toContain(query.split('=')[0]!);
    },
  );

  it('should answer 404 for an article that does not exist', async () => {
    const body = await get<{ error: string }>(`/api/articles/${encodeURIComponent('https://example.com/none')}`, 404);
    expect(body.error).toMatch(/no article/);
  });
});
