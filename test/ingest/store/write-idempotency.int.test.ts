import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ArticleExtraction, ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles, type ArticleInput } from '../../../ingest/store/write-articles.ts';
import { graphStats } from '../../../ingest/store/queries/index.ts';
import { seed } from '../extract/seed-fixture.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

// The seed page (main article + 相关 snippets) under a URL with a tracking parameter, and a changed
// copy of its main article reached through the same page without it: one key, new text.
const URL_V1 = 'https://news.example.cn/2024/05/05/zhongmei-ai.html?utm_source=feed&id=7';
const URL_V2 = 'https://NEWS.example.cn/2024/05/05/zhongmei-ai.html?id=7#top';

let store: Store;
let original: ArticleInput[];
let changed: ArticleInput[];

// The article as a source would parse it from that URL: its id is the parse stage's, the one identity.
function withUrl(parsed: ParsedArticle, url: string, text = parsed.text): ArticleExtraction {
  return extractArticle({ ...parsed, id: articleId({ url, title: parsed.title, text }), url, text });
}

beforeAll(async () => {
  store = openTestStore();
  const { articles, extractions } = seed();
  const main = articles[0]!;
  // The changed copy drops every paragraph that names 马斯克 and adds one new sentence.
  const kept = main.text.split('\n\n').filter((p) => !p.includes('马斯克'));
  const changedText = [...kept, '新华社记者在北京报道，王毅会见了来访的布林肯。'].join('\n\n');
  original = [{ article: withUrl(main, URL_V1), authors: main.authors }, ...extractions.slice(1).map((article) => ({ article }))];
  changed = [{ article: withUrl(main, URL_V2, changedText), authors: main.authors }, ...extractions.slice(1).map((article) => ({ article }))];
});
afterAll(async () => {
  await store.close();
});

describe('exact, idempotent article writes', () => {
  let afterFirst: string[];
  let afterChange: string[];

  it('should leave every node, relationship and property unchanged when the seed is ingested twice', async () => {
    await resetDatabase(store);
    const first = await writeArticles(store, original);
    expect(first.every((o) => o === 'new')).toBe(true);
    afterFirst = await dumpGraph(store);
    const second = await writeArticles(store, original);
    expect(second.every((o) => o === 'unchanged')).toBe(true);
    expect(await dumpGraph(store)).toEqual(afterFirst);
  });

  it('should key the article by its canonical URL, so the changed copy replaces it', async () => {
    const outcomes = await writeArticles(store, changed);
    expect(outcomes[0]).toBe('updated');
    expect(outcomes.slice(1).every((o) => o === 'unchanged')).toBe(true);
    afterChange = await dumpGraph(store);
    const articles = afterChange.filter((l) => l.startsWith('["node",["Article"]'));
    expect(articles.filter((l) => l.includes('zhongmei-ai.html'))).toHaveLength(1);
    expect(articles.join('\n')).toContain('"url":"https://news.example.cn/2024/05/05/zhongmei-ai.html?id=7"');
  });

  it('should end with exactly the graph a fresh database gets from the changed copy alone', async () => {
    await resetDatabase(store);
    await writeArticles(store, changed);
    expect(await dumpGraph(store)).toEqual(afterChange);
    expect(afterChange).not.toEqual(afterFirst);
  });

  it('should remove 马斯克 and his co-mentions once no article mentions him', () => {
    expect(afterFirst.some((l) => l.includes('"id":"person:马斯克"'))).toBe(true);
    expect(afterChange.some((l) => l.includes('person:马斯克'))).toBe(false);
  });

  it('should give the same graph whatever the batch size', async () => {
    await resetDatabase(store);
    await writeArticles(store, original, { batchSize: 1 });
    await writeArticles(store, changed, { batchSize: 3 });
    expect(await dumpGraph(store)).toEqual(afterChange);
  });

  it('should give the same graph whatever order the ingest path meets the articles in', async () => {
    const { articles } = seed();
    await resetDatabase(store);
    for (const a of articles) await ingestDocuments(store, [[a]]);
    const forward = await dumpGraph(store);
    await resetDatabase(store);
    for (const a of [...articles].reverse()) await ingestDocuments(store, [[a]]);
    expect(await dumpGraph(store)).toEqual(forward);
    expect(
      await ingestDocuments(
        store,
        articles.map((a) => [a]),
      ),
    ).toEqual(articles.map(() => 'unchanged'));
    expect(await dumpGraph(store)).toEqual(forward);
  });

  it('should store the seed events with participants and the sentences that name them', async () => {
    const stats = await graphStats(store);
    expect(stats.labels.Event).toBeGreaterThan(0);
    expect(stats.relationships.PARTICIPATED_IN).toBeGreaterThan(0);
    expect(stats.relationships.REPORTS).toBe(stats.labels.Event);
    expect(afterChange.some((l) => l.startsWith('["rel"') && l.includes('"MENTIONS","event:'))).toBe(true);
  });
});
