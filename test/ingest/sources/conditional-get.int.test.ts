// An unchanged feed costs one conditional request on the second run and writes nothing; validators
// live in Neo4j, so any process (or app instance) that reads the feed next benefits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS, runIngest, type EngineOptions } from '../../../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { conditional, startHttpServer, type TestHttpServer } from './http-server.ts';
import { page, paragraphsFor, rss } from './fixtures.ts';

let http: TestHttpServer;
let store: Store;
const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, storeWaitMs: 2000, source: { ...DEFAULT_SOURCE_OPTIONS, timeoutMs: 3000 } };

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  http = await startHttpServer();
  const items = [1, 2, 3].map((n) => ({ title: `快讯${n}`, link: `${http.base}/news/${n}.html?utm_source=rss` }));
  http.route('/feed.xml', conditional(rss(items), 'application/rss+xml; charset=utf-8'));
  for (const n of [1, 2, 3])
    http.route(`/news/${n}.html`, (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`快讯${n}`, paragraphsFor(n))));
});
afterAll(async () => {
  await http.close();
  await store.close();
});

describe('conditional GET', () => {
  it('should write every item on the first run and nothing on the second, which asks If-None-Match', async () => {
    const first = await runIngest(store, [`${http.base}/feed.xml`], opts);
    expect(first.counts).toEqual({ seen: 3, new: 3, updated: 0, unchanged: 0, failed: 0 });
    http.requests.length = 0;
    const second = await runIngest(store, [`${http.base}/feed.xml`], opts);
    expect(second.counts).toEqual({ seen: 0, new: 0, updated: 0, unchanged: 0, failed: 0 });
    expect(http.requests).toEqual([{ path: '/feed.xml', ifNoneMatch: '"v1"', ifModifiedSince: 'Sun, 05 May 2024 09:00:00 GMT' }]);
    const [row] = await store.read('article-count');
    expect(Number(row!.articles)).toBe(3);
  });

  it('should store articles under their canonical URL, without tracking parameters', async () => {
    const rows = await readFixture(store, 'article-ids');
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3].map((n) => `url:${http.base}/news/${n}.html`));
  });
});
