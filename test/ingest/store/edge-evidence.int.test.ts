// The evidence of an edge, page by page, against every sentence naming both ends: the page is the
// same whichever way edge-evidence.cypher takes to it (along the date index for a pair in most
// articles, from the end with fewer mentions otherwise, and the second when the dated articles
// cannot fill the page), and the total is the edge's weight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { edgeEvidence } from '../../../ingest/store/queries/index.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
const CHINA = 'place:中国';
const USA = 'place:美国';

function article(n: number, day: string | undefined, text: string): ParsedArticle {
  const title = `第${n}轮对话`;
  return { id: articleId({ title, text }), title, text, authors: [], ...(day ? { publishedAt: `2024-03-${day}T09:00:00+08:00` } : {}) };
}
// Each end is named far more often alone than with the other, so a page near the end of the dated
// articles is sought along the dates first and has to be finished the other way.
const alone = '美国官员表示将继续努力。中国官员表示欢迎。'.repeat(12);
const articles = [
  ...Array.from({ length: 14 }, (_, i) => article(i + 1, String(i + 1).padStart(2, '0'), `中国和美国今天举行会谈。${alone}中国代表与美国代表交换了意见。`)),
  article(15, undefined, `中国和美国代表再次见面。${alone}`),
  article(16, undefined, `中国和美国发表联合声明。${alone}`),
  article(17, '20', '法国和德国今天签署协议。法国总统出席。'),
];

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await ingestDocuments(store, [articles]);
}, 120_000);
afterAll(async () => {
  await store.close();
});

describe('edgeEvidence', () => {
  it('should page the sentences naming both, newest first and undated last, whichever way it takes', async () => {
    const all = (await readFixture(store, 'evidence-all', { source: CHINA, target: USA })).map((r) => [r.articleId, Number(r.sentenceIndex)]);
    expect(all).toHaveLength(30);
    for (const [skip, limit] of [
      [0, 3],
      [0, 20],
      [10, 5],
      [26, 4],
      [27, 3],
      [29, 5],
      [0, 500],
      [40, 5],
    ] as const) {
      for (const [source, target] of [
        [CHINA, USA],
        [USA, CHINA],
      ]) {
        const page = await edgeEvidence(store, { source, target, skip, limit });
        expect(page.total).toBe(30);
        expect(page.items.map((i) => [i.articleId, i.sentenceIndex])).toEqual(all.slice(skip, skip + limit));
      }
    }
    const first = await edgeEvidence(store, { source: CHINA, target: USA, skip: 0, limit: 1 });
    expect(first.items[0]!.publishedAt).toMatch(/^2024-03-14/);
    expect(new Set(first.items[0]!.highlights.map((h) => h.entityId))).toEqual(new Set([CHINA, USA]));
  });

  it('should find the one sentence of a rare pair', async () => {
    const page = await edgeEvidence(store, { source: 'place:德国', target: 'place:法国' });
    expect(page.total).toBe(1);
    expect(page.items.map((i) => i.text)).toEqual(['法国和德国今天签署协议。']);
  });
});
