// Console isolation benchmark (issue 13's target: /api/search p95 under 500 ms while 100 hostile
// console requests run). In a fresh local Neo4j holding the MSRA benchmark articles, it serves the
// real app on 127.0.0.1 and measures /api/search latency over HTTP twice in the same run: quiet, and
// while waves of 100 concurrent hostile console requests (a slow reduce, a planning bomb, a huge
// result) arrive. Prints p50/p95/p99 and their ratio; never asserts.
// `npx tsx bench/console-isolation.ts [articles]`
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { extractArticle } from '../ingest/extract/pipeline.ts';
import { openStore } from '../ingest/store/client.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { writeArticles } from '../ingest/store/write-articles.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';
import { createApp } from '../web/server/app.ts';
import { msraArticles } from './lib/msra-articles.ts';

export const DEFAULT_BENCH_CONSOLE_OPTIONS = { articles: 2_000, searches: 300, hostile: 100 };

const HOSTILE = [
  'RETURN size(reduce(a = [], x IN range(1, 100000) | [a])) AS n',
  `RETURN ${Array.from({ length: 1200 }, () => '1').join('+')} AS x`,
  'RETURN range(1, 10000000) AS x',
  'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)',
];
const QUERIES = ['马斯克', '北京', '中国', '新华社', 'ma', '上海', '美国', '李'];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

export async function benchConsoleIsolation(options: Partial<typeof DEFAULT_BENCH_CONSOLE_OPTIONS> = {}): Promise<Record<string, unknown>> {
  const opts = { ...DEFAULT_BENCH_CONSOLE_OPTIONS, ...options };
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-console-'));
  const neo4j = await startLocalNeo4j({ dataDir });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  try {
    await applySchema(store);
    const articles = msraArticles({ articles: opts.articles });
    await writeArticles(
      store,
      articles.map((a) => ({ article: extractArticle(a) })),
    );
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const listener = getRequestListener(createApp({ store, guard: { port } }).fetch);
    server.on('request', (req, res) => void listener(req, res));
    const base = `http://127.0.0.1:${port}`;

    const searchOnce = async (i: number): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${base}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench/console-isolation: search answered ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await searchOnce(i);
    const quiet: number[] = [];
    for (let i = 0; i < opts.searches; i++) quiet.push(await searchOnce(i));

    let stop = false;
    const statuses = new Map<number, number>();
    const flood = (async () => {
      while (!stop) {
        const wave = Array.from({ length: opts.hostile }, (_, k) =>
          fetch(`${base}/api/cypher`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: HOSTILE[k % HOSTILE.length] }),
          }).then(async (r) => {
            await r.arrayBuffer();
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          }),
        );
        await Promise.all(wave);
      }
    })();
    const loaded: number[] = [];
    for (let i = 0; i < opts.searches; i++) loaded.push(await searchOnce(i));
    stop = true;
    await flood;
    server.close();
    server.closeAllConnections();
    return {
      articles: opts.articles,
      searches: opts.searches,
      quietMs: { p50: pct(quiet, 50), p95: pct(quiet, 95), p99: pct(quiet, 99) },
      underFloodMs: { p50: pct(loaded, 50), p95: pct(loaded, 95), p99: pct(loaded, 99) },
      p95Ratio: Math.round((pct(loaded, 95) / pct(quiet, 95)) * 100) / 100,
      consoleStatuses: Object.fromEntries([...statuses.entries()].sort()),
    };
  } finally {
    await store.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const articles = Number(process.argv[2] ?? DEFAULT_BENCH_CONSOLE_OPTIONS.articles);
  console.log(JSON.stringify(await benchConsoleIsolation({ articles }), null, 2));
}
