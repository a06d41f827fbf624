// Store benchmark: builds ≥10,000 articles from real MSRA sentences with dates over a year, runs them
// through extraction and the batched writer into a fresh local Neo4j, prints end-to-end throughput
// (extraction overlapped with writes), the writer's own throughput and CPU time, then p50/p95 latency
// of every library query on the resulting graph. Prints figures, never asserts.
// `npx tsx bench/store.ts [articles] [batchSize]`
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../ingest/extract/pipeline.ts';
import type { ArticleExtraction, ParsedArticle } from '../ingest/model.ts';
import { openStore, type Store } from '../ingest/store/client.ts';
import * as q from '../ingest/store/queries/index.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { writeArticles } from '../ingest/store/write-articles.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';
import { msraArticles } from './lib/msra-articles.ts';

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
};

async function latency(name: string, runs: number, fn: (i: number) => Promise<unknown>): Promise<[string, { p50: number; p95: number }]> {
  await fn(0); // plan and warm the page cache once
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return [name, { p50: pct(times, 50), p95: pct(times, 95) }];
}

async function queryLatencies(store: Store, entities: string[], pairs: [string, string][], names: string[]) {
  const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;
  const out = [
    await latency('searchEntities', 100, (i) => q.searchEntities(store, { q: pick(names, i) })),
    await latency('searchEntities (prefix "中")', 30, () => q.searchEntities(store, { q: '中' })),
    await latency('entityDetail', 100, (i) => q.entityDetail(store, pick(entities, i))),
    await latency('entityMentions', 100, (i) => q.entityMentions(store, { id: pick(entities, i), skip: 0, limit: 20 })),
    await latency('neighbourhood depth 1', 100, (i) => q.neighbourhood(store, { ids: [pick(entities, i)], depth: 1 })),
    await latency('neighbourhood depth 2', 30, (i) => q.neighbourhood(store, { ids: [pick(entities, i)], depth: 2, hubCap: 20 })),
    await latency('edgeEvidence', 100, (i) => q.edgeEvidence(store, { source: pick(pairs, i)[0], target: pick(pairs, i)[1], skip: 0, limit: 20 })),
    await latency('shortestPath', 50, (i) => q.shortestPath(store, { source: pick(entities, i), target: pick(entities, i + 7) })),
    await latency('homeView (all time)', 20, () => q.homeView(store, { limit: 300, minWeight: 1 })),
    await latency('homeView (one month)', 20, () => q.homeView(store, { from: '2023-09', to: '2023-09', limit: 300, minWeight: 1 })),
    await latency('timeline', 20, () => q.timeline(store, { limit: 200 })),
    await latency('graphStats', 20, () => q.graphStats(store)),
    await latency('dateHistogram (day)', 20, () => q.dateHistogram(store, { bucket: 'day' })),
  ];
  return Object.fromEntries(out);
}

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is none. */
function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return null; // not Linux: the CPU figures are left out, the wall-clock ones stand
  }
}

/**
 * The whole pipeline as a pipelined ingest runs it: extraction of the next batch overlaps the write of
 * the previous one (Node extracts while Neo4j writes on the other core). Extraction yields to the
 * event loop after every article so the writer's round trips keep going. Returns the wall clock
 * and the time spent inside extraction.
 */
async function pipelined(
  store: Store,
  corpus: ParsedArticle[],
  batchSize: number,
): Promise<{ wallMs: number; extractMs: number; extracted: ArticleExtraction[] }> {
  const extracted: ArticleExtraction[] = [];
  let extractMs = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const t = performance.now();
  for (let i = 0; i < corpus.length; i += batchSize) {
    const batch: ArticleExtraction[] = [];
    for (const article of corpus.slice(i, i + batchSize)) {
      const t0 = performance.now();
      batch.push(extractArticle(article));
      extractMs += performance.now() - t0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    extracted.push(...batch);
    await writing;
    writing = writeArticles(
      store,
      batch.map((article) => ({ article })),
      { batchSize },
    );
  }
  await writing;
  return { wallMs: performance.now() - t, extractMs, extracted };
}

export async function benchStore(articles = 10_000, batchSize = 250): Promise<Record<string, unknown>> {
  const corpus = msraArticles({ articles });
  extractArticle(corpus[0]!); // load the model outside the timings

  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-store-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '2g', pageCache: '1g' });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  try {
    await applySchema(store);
    // 1. End to end: extraction and writes overlapped, into the empty database.
    const pipe = await pipelined(store, corpus, batchSize);
    const extracted = pipe.extracted;
    const sentences = extracted.reduce((s, x) => s + x.sentences.length, 0);
    const mentions = extracted.reduce(
      (s, x) => s + x.entities.reduce((m, e) => m + e.mentions.length, 0) + x.events.reduce((m, e) => m + e.mentions.length, 0),
      0,
    );

    // 2. The writer alone, into the emptied database, with the CPU time each side used: on a shared
    // machine the wall clock mostly measures the other jobs, the CPU time does not.
    await store.autoCommit('clear-all');
    const neoCpu0 = cpuMs(neo4j.pid);
    const nodeCpu0 = process.cpuUsage();
    let t = performance.now();
    await writeArticles(
      store,
      extracted.map((article) => ({ article })),
      { batchSize },
    );
    const writeMs = performance.now() - t;
    const neoCpu1 = cpuMs(neo4j.pid);
    const nodeCpu = process.cpuUsage(nodeCpu0);
    t = performance.now();
    const again = await writeArticles(
      store,
      extracted.map((article) => ({ article })),
      { batchSize },
    );
    const rewriteMs = performance.now() - t;

    const top = await q.homeView(store, { limit: 200, minWeight: 1 });
    const entities = top.nodes.map((n) => n.id);
    const pairs = top.edges.map((e) => [e.source, e.target] as [string, string]);
    const names = top.nodes.map((n) => n.name);
    const stats = await q.graphStats(store);
    const perSec = (ms: number) => Math.round(articles / (ms / 1000));
    return {
      articles,
      sentences,
      mentions,
      batchSize,
      extract: { ms: Math.round(pipe.extractMs), articlesPerSec: perSec(pipe.extractMs) },
      write: {
        ms: Math.round(writeMs),
        articlesPerSec: perSec(writeMs),
        sentencesPerSec: Math.round(sentences / (writeMs / 1000)),
        mentionsPerSec: Math.round(mentions / (writeMs / 1000)),
        cpuMs: {
          neo4j: neoCpu0 === null || neoCpu1 === null ? null : Math.round(neoCpu1 - neoCpu0),
          node: Math.round((nodeCpu.user + nodeCpu.system) / 1000),
        },
      },
      endToEndArticlesPerSec: perSec(pipe.wallMs),
      endToEndSequentialArticlesPerSec: perSec(pipe.extractMs + writeMs),
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
      rewriteUnchanged: { ms: Math.round(rewriteMs), allUnchanged: again.every((o) => o === 'unchanged') },
      graph: stats,
      queryLatencyMs: await queryLatencies(store, entities, pairs, names),
    };
  } finally {
    await store.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 10_000);
  const batchSize = Number(process.argv[3] ?? 250);
  console.log(JSON.stringify(await benchStore(n, batchSize), null, 2));
}
