// Benchmark of feed ingest: documents per second from a local HTTP server serving an RSS feed of
// 2,000 articles (each item followed to its HTML page: fetch, decode, Readability, extract, write)
// into a fresh local Neo4j. Also: the same without writing (--dry-run path: the cost of the source
// and extraction stages alone), and the second, conditional run of the unchanged feed.
// Run: npx tsx bench/ingest-feed.ts [articles] [concurrency]
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ENGINE_OPTIONS, runIngest, type EngineOptions } from '../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../ingest/sources/index.ts';
import { openStore } from '../ingest/store/client.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';

const PARAGRAPHS = [
  '新华社北京5月5日电 国务院总理李强在北京会见特斯拉首席执行官马斯克，双方就电动汽车、自动驾驶和人工智能合作交换了意见。',
  '马斯克表示，特斯拉上海超级工厂是公司全球效率最高的工厂之一，特斯拉愿继续深化在华投资与合作。',
  '美国国务卿布林肯4月24日至26日访华期间，中美双方同意举行人工智能政府间对话首次会议。',
];

function pageHtml(n: number): string {
  const body = PARAGRAPHS.map((p) => `<p>第${n}号：${p}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>快讯${n}_测试新闻网</title><meta property="article:published_time" content="2024-05-05T17:38:55+08:00"></head><body><nav>首页 国内 国际</nav><article><h1>快讯${n}</h1>${body}</article><footer>版权所有</footer></body></html>`;
}

async function serveFeed(articles: number): Promise<{ base: string; close(): Promise<void> }> {
  let base = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"bench"') return void res.writeHead(304, { etag: '"bench"' }).end();
      const items = Array.from(
        { length: articles },
        (_, i) => `<item><title>快讯${i + 1}</title><link>${base}/a/${i + 1}.html</link><pubDate>Sun, 05 May 2024 09:38:55 GMT</pubDate></item>`,
      ).join('');
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"bench"' })
        .end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>${items}</channel></rss>`);
    }
    const m = /^\/a\/(\d+)\.html$/.exec(url);
    if (m) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function benchIngestFeed(articles = 2000, concurrency = 8): Promise<Record<string, unknown>> {
  const feed = await serveFeed(articles);
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-feed-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, concurrency, source: { ...DEFAULT_SOURCE_OPTIONS } };
  const url = `${feed.base}/feed.xml`;
  try {
    await applySchema(store);
    const timed = async (dryRun: boolean) => {
      const started = performance.now();
      const result = await runIngest(store, [url], { ...opts, dryRun });
      return { seconds: (performance.now() - started) / 1000, counts: result.counts };
    };
    const dry = await timed(true);
    const first = await timed(false);
    const second = await timed(false);
    const rate = (n: number, s: number): number => Math.round((n / s) * 10) / 10;
    return {
      articles,
      concurrency,
      dryRunDocsPerSecond: rate(dry.counts.seen, dry.seconds),
      ingestDocsPerSecond: rate(first.counts.seen, first.seconds),
      ingestSeconds: Math.round(first.seconds * 10) / 10,
      firstRunCounts: first.counts,
      unchangedFeedSecondRunMs: Math.round(second.seconds * 1000),
      secondRunCounts: second.counts,
    };
  } finally {
    await store.close();
    await neo4j.stop();
    await feed.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchIngestFeed(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 8));
  console.log(JSON.stringify(figures, null, 2));
}
