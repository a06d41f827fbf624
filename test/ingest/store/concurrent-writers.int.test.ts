import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { writeArticles, type ArticleInput } from '../../../ingest/store/write-articles.ts';
import { msraArticles } from '../../../bench/lib/msra-articles.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

// 160 articles of real MSRA sentences; two writers with their own drivers (own connections, own
// transactions) ingest overlapping halves at once, one of them backwards and in smaller batches.
let a: Store;
let b: Store;
let inputs: ArticleInput[];
let sequential: string[];

beforeAll(async () => {
  a = openTestStore();
  b = openTestStore();
  inputs = msraArticles({ articles: 160, seed: 7 }).map((p) => ({ article: extractArticle(p) }));
  await resetDatabase(a);
  await writeArticles(a, inputs);
  sequential = await dumpGraph(a);
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('concurrent writers', () => {
  it('should end with the same graph as one sequential writer when two drivers write overlapping sets at once', async () => {
    await resetDatabase(a);
    const first = inputs.slice(0, 110);
    const second = inputs.slice(50).reverse();
    const [ra, rb] = await Promise.all([writeArticles(a, first, { batchSize: 20 }), writeArticles(b, second, { batchSize: 7 })]);
    // Every article is new to exactly one writer; the other finds it unchanged.
    const newCount = [...ra, ...rb].filter((o) => o === 'new').length;
    expect(newCount).toBe(inputs.length);
    expect(await dumpGraph(a)).toEqual(sequential);
  });

  it('should stay exact when both writers race to write the same articles', async () => {
    await resetDatabase(a);
    await Promise.all([writeArticles(a, inputs, { batchSize: 40 }), writeArticles(b, inputs, { batchSize: 40 })]);
    expect(await dumpGraph(a)).toEqual(sequential);
  });
});
