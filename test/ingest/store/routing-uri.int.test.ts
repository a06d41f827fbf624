// A `neo4j://` URI (the routing scheme of clusters and Aura) against the local single instance: the
// driver asks the server for its routing table and sends reads and writes where it says, so the
// ingest path and the queries work exactly as over `bolt://`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { openStore, serverInfo, type Store } from '../../../ingest/store/client.ts';
import { graphStats, searchEntities } from '../../../ingest/store/queries/index.ts';
import { openTestStore, resetDatabase, testNeo4jUri } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

const ARTICLE: ParsedArticle = {
  id: 'url:https://news.example.cn/routing/1.html',
  url: 'https://news.example.cn/routing/1.html',
  title: '李强会见马斯克',
  publishedAt: '2024-05-05T09:00:00+00:00',
  source: '测试网',
  authors: [],
  text: '国务院总理李强在北京会见特斯拉首席执行官马斯克。\n\n马斯克表示，特斯拉上海超级工厂是公司全球效率最高的工厂之一。',
};

let bolt: Store;
let routed: Store;

beforeAll(() => {
  bolt = openTestStore();
  const uri = testNeo4jUri();
  expect(uri.startsWith('bolt://')).toBe(true);
  routed = openStore({ uri: uri.replace(/^bolt:/, 'neo4j:'), neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
});
afterAll(async () => {
  await routed.close();
  await bolt.close();
});

describe('neo4j:// (routing) URIs', () => {
  it('should write and read through a neo4j:// URI the same graph a bolt:// URI writes', { timeout: 180_000 }, async () => {
    await resetDatabase(bolt);
    expect((await serverInfo(routed)).version).toMatch(/^5\./);
    expect(await ingestDocuments(routed, [[ARTICLE]])).toEqual(['new']);
    const viaRouting = await dumpGraph(bolt);
    expect((await searchEntities(routed, { q: '马斯克' })).map((h) => h.name)).toContain('马斯克');
    expect((await graphStats(routed)).labels.Article).toBe(1);

    await resetDatabase(bolt);
    expect(await ingestDocuments(bolt, [[ARTICLE]])).toEqual(['new']);
    expect(await dumpGraph(bolt)).toEqual(viaRouting);
  });
});
