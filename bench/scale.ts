// Scale benchmark (issue 19): ingests a generated year of news (bench/corpus/) through the engine
// `kg ingest` runs — JSON Lines in, extraction in the worker pool, writes pipelined behind it — into
// a fresh Neo4j of its own, growing to each size in turn (10k, 30k, 100k articles; SCALE_SIZES=2000,5000
// for others). At each size it prints ingest and extraction-only rates of that step, app and Neo4j
// RSS, store size, and p50/p95/p99 of every explorer query over ≥200 calls; then the growth per 10× of
// articles and the extrapolation to 1M. Prints figures, never asserts. Absolute figures depend on the
// machine and what else runs on it (loadAverage is printed with them).
// Environment: SCALE_SIZES, SCALE_RUNS (calls per query, 200), SCALE_BATCH (documents per write, the
// CLI's default), SCALE_WORKERS (the CLI's default: one per core), SCALE_HEAP (2g), SCALE_PAGECACHE (1g).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ENGINE_OPTIONS, runIngest } from '../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../ingest/sources/index.ts';
import { openStore, type Store } from '../ingest/store/client.ts';
import * as q from '../ingest/store/queries/index.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { DEFAULT_EXTRACT_POOL_OPTIONS, ExtractPool } from '../ingest/workers/extract-pool.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';
import { rankedNames } from './corpus/names.ts';
import { NewsCorpus } from './corpus/news-corpus.ts';
import { writeJsonl } from './corpus/write-corpus.ts';
import { fitGrowth } from './lib/growth.ts';
import { latency, type Percentiles } from './lib/latency.ts';
import { cpuMs, folderMb, peakRss, statusMb } from './lib/process-stats.ts';
import { profiledStore } from './lib/profiled-store.ts';

const QUERIES = ['search', 'entity', 'neighbourhood', 'neighbourhood2', 'evidence', 'home', 'window', 'histogram', 'timeline'] as const;
type QueryName = (typeof QUERIES)[number];

export interface ScaleSize {
  articles: number;
  ingestPerSec: number;
  charsPerSec: number;
  extractOnlyPerSec: number;
  /**
   * CPU time per article ingested, of Neo4j and of this process (extraction workers included): what
   * the store and extraction cost whatever else the machine runs, where the rates above mostly
   * measure the load. A rate of 300 articles/s on 2 cores needs both to sum to under ~6.7 ms.
   */
  neo4jCpuMsPerArticle: number | null;
  appCpuMsPerArticle: number;
  appRssMb: number;
  /** The process's RSS when the step began (after the previous step's queries): the part of the peak it inherited. */
  appRssStartMb: number;
  neo4jRssMb: number | null;
  storeMb: number;
  p95Ms: Record<QueryName, number>;
  latencyMs: Record<QueryName, Percentiles>;
  /** Database hits of one call on the hub (中国, or the pair 中国–美国 for evidence): the work, whatever the load. */
  hubDbHits: Record<QueryName, number>;
  failed: number;
  loadAverage: number[];
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const envInt = (name: string, fallback: number): number => (process.env[name] ? Number(process.env[name]) : fallback);
const log = (line: string): void => void process.stderr.write(`bench/scale: ${line}\n`);

/** What the queries are asked about: names users type, entities popular and rare, a hub, co-mentioned pairs. */
async function querySubjects(store: Store) {
  const ranked = rankedNames();
  const names = (['PER', 'ORG', 'LOC'] as const).flatMap((t) =>
    [0, 1, 2, 5, 10, 20, 50, 100, 300, 1000].map((r) => ranked[t][r]).filter((n): n is string => !!n),
  );
  const ids = new Set<string>();
  for (const name of names) for (const hit of (await q.searchEntities(store, { q: name })).slice(0, 2)) ids.add(hit.id);
  const top = await q.homeView(store, { limit: 100, minWeight: 1 });
  for (const n of top.nodes) ids.add(n.id);
  const hub = (await q.searchEntities(store, { q: '中国' })).find((h) => h.name === '中国')?.id ?? top.nodes[0]!.id;
  const pairs = top.edges.map((e) => [e.source, e.target] as [string, string]);
  return { names, ids: [...ids], hub, pairs };
}

async function queryLatencies(
  store: Store,
  runs: number,
  months: string[],
): Promise<{ latency: Record<QueryName, Percentiles>; hubDbHits: Record<QueryName, number> }> {
  const { names, ids, hub, pairs } = await querySubjects(store);
  const usa = (await q.searchEntities(store, { q: '美国' })).find((h) => h.name === '美国')?.id ?? pick(ids, 1);
  // Every fifth expansion is the hub (中国): the case a cap must keep cheap.
  const subject = (i: number): string => (i % 5 === 0 ? hub : pick(ids, i));
  const calls = (s: Store): Record<QueryName, (i: number) => Promise<unknown>> => ({
    search: (i) => q.searchEntities(s, { q: pick(names, i) }),
    entity: (i) => q.entityDetail(s, subject(i)),
    neighbourhood: (i) => q.neighbourhood(s, { ids: [subject(i)], depth: 1 }),
    neighbourhood2: (i) => q.neighbourhood(s, { ids: [subject(i)], depth: 2, hubCap: 20 }),
    evidence: (i) =>
      i % 5 === 0
        ? q.edgeEvidence(s, { source: hub, target: usa, skip: 0, limit: 20 })
        : q.edgeEvidence(s, { source: pick(pairs, i)[0], target: pick(pairs, i)[1], skip: 0, limit: 20 }),
    home: () => q.homeView(s, { limit: 300, minWeight: 1 }),
    window: (i) => q.homeView(s, { from: pick(months, i), to: pick(months, i), limit: 300, minWeight: 1 }),
    histogram: (i) => q.dateHistogram(s, { bucket: i % 2 === 0 ? 'day' : 'month' }),
    timeline: (i) => q.timeline(s, i % 2 === 0 ? { limit: 200 } : { from: pick(months, i), to: pick(months, i), limit: 200 }),
  });
  const fns = calls(store);
  const out = {} as Record<QueryName, Percentiles>;
  for (const name of QUERIES) out[name] = await latency(runs, fns[name]);
  // Call 0 of each is the hub's (search: the most popular name).
  const profiled = profiledStore(store);
  const pfns = calls(profiled.store);
  const hubDbHits = {} as Record<QueryName, number>;
  for (const name of QUERIES) {
    await pfns[name](0);
    hubDbHits[name] = profiled.take();
  }
  return { latency: out, hubDbHits };
}

/**
 * Extraction alone over `articles` of the same corpus, in the same pool: articles per second, the
 * pool's own capacity. At most `inFlight` articles are in the pool at a time (all 2,000 at once held
 * every result together and left the process ~170 MB larger at the next step's start, which its RSS
 * peak inherited), each replaced as soon as it is answered: handing them in 64 at a time and waiting
 * for the slowest left a worker idle at every group's end (317–365 against 493–561 articles/s,
 * interleaved, 2 workers).
 */
async function extractOnly(pool: ExtractPool, corpus: NewsCorpus, from: number, count: number, inFlight = 64): Promise<number> {
  const articles = [...corpus.articles(from, from + count)];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < articles.length) await pool.extract(articles[next++]!);
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  return Math.round(count / ((performance.now() - t) / 1000));
}

export async function benchScale(): Promise<Record<string, unknown>> {
  const sizes = (process.env.SCALE_SIZES ?? '10000,30000,100000').split(',').map(Number);
  if (sizes.some((n, i) => !Number.isInteger(n) || n < 1 || (i > 0 && n <= sizes[i - 1]!))) {
    throw new Error(`bench/scale: SCALE_SIZES must be increasing whole numbers such as 2000,5000; got "${process.env.SCALE_SIZES}"`);
  }
  const runs = envInt('SCALE_RUNS', 200);
  const batchSize = envInt('SCALE_BATCH', DEFAULT_ENGINE_OPTIONS.batchSize);
  const workers = envInt('SCALE_WORKERS', DEFAULT_EXTRACT_POOL_OPTIONS.size);
  const corpus = new NewsCorpus();
  const months = Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, '0')}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-scale-input-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: process.env.SCALE_HEAP ?? '2g', pageCache: process.env.SCALE_PAGECACHE ?? '1g' });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  const pool = await ExtractPool.start({ size: workers });
  const results: ScaleSize[] = [];
  try {
    await applySchema(store);
    let done = 0;
    for (const size of sizes) {
      const path = join(work, `articles-${done}-${size}.jsonl`);
      const chars = await writeJsonl(corpus, done, size, path);
      log(`ingesting articles ${done}–${size} (${Math.round(chars / (size - done))} characters each on average)`);
      const appRssStartMb = Math.round(process.memoryUsage.rss() / 1024 / 1024);
      const rss = peakRss();
      const neo4jCpu = cpuMs(neo4j.pid);
      const appCpu = process.cpuUsage();
      const t = performance.now();
      const result = await runIngest(store, [path], { ...DEFAULT_ENGINE_OPTIONS, batchSize, source: { ...DEFAULT_SOURCE_OPTIONS }, pool });
      const seconds = (performance.now() - t) / 1000;
      const appCpuUsed = process.cpuUsage(appCpu);
      const neo4jCpuUsed = neo4jCpu === null ? null : (cpuMs(neo4j.pid) ?? neo4jCpu) - neo4jCpu;
      const appRssMb = rss.stop();
      if (result.storeDown) throw result.storeDown;
      const extractOnlyPerSec = await extractOnly(pool, corpus, done, Math.min(size - done, 2000));
      log(`querying at ${size} articles (${runs} calls each)`);
      const { latency: lat, hubDbHits } = await queryLatencies(store, runs, months);
      results.push({
        articles: size,
        ingestPerSec: Math.round((size - done) / seconds),
        charsPerSec: Math.round(chars / seconds),
        extractOnlyPerSec,
        neo4jCpuMsPerArticle: neo4jCpuUsed === null ? null : Math.round((neo4jCpuUsed / (size - done)) * 10) / 10,
        appCpuMsPerArticle: Math.round(((appCpuUsed.user + appCpuUsed.system) / 1000 / (size - done)) * 10) / 10,
        appRssMb,
        appRssStartMb,
        neo4jRssMb: statusMb(neo4j.pid, 'VmRSS'),
        storeMb: folderMb(dataDir),
        p95Ms: Object.fromEntries(QUERIES.map((n) => [n, lat[n].p95])) as Record<QueryName, number>,
        latencyMs: lat,
        hubDbHits,
        failed: result.counts.failed,
        loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
      });
      log(JSON.stringify(results[results.length - 1]));
      rmSync(path, { force: true });
      done = size;
    }
  } finally {
    await pool.close();
    await store.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  const growth = (value: (s: ScaleSize) => number | null) => fitGrowth(results.map((s) => ({ size: s.articles, value: value(s) ?? 0 })));
  const figure = (value: (s: ScaleSize) => number | null) => {
    const g = growth(value);
    return g ? { per10x: g.per10x, at1M: Math.round(g.at(1_000_000) * 10) / 10 } : null;
  };
  const fits = {
    ingestPerSec: figure((s) => s.ingestPerSec),
    appRssMb: figure((s) => s.appRssMb),
    neo4jRssMb: figure((s) => s.neo4jRssMb),
    storeMb: figure((s) => s.storeMb),
    p95Ms: Object.fromEntries(QUERIES.map((n) => [n, figure((s) => s.p95Ms[n])])),
    hubDbHits: Object.fromEntries(QUERIES.map((n) => [n, figure((s) => s.hubDbHits[n])])),
  };
  return {
    cores: availableParallelism(),
    workers,
    batchSize,
    sizes: results,
    growthPer10x: {
      ingestPerSec: fits.ingestPerSec?.per10x ?? null,
      appRssMb: fits.appRssMb?.per10x ?? null,
      neo4jRssMb: fits.neo4jRssMb?.per10x ?? null,
      storeMb: fits.storeMb?.per10x ?? null,
      p95Ms: Object.fromEntries(QUERIES.map((n) => [n, fits.p95Ms[n]?.per10x ?? null])),
      hubDbHits: Object.fromEntries(QUERIES.map((n) => [n, fits.hubDbHits[n]?.per10x ?? null])),
    },
    extrapolated1M: {
      articles: 1_000_000,
      ingestPerSec: fits.ingestPerSec?.at1M ?? null,
      appRssMb: fits.appRssMb?.at1M ?? null,
      neo4jRssMb: fits.neo4jRssMb?.at1M ?? null,
      storeMb: fits.storeMb?.at1M ?? null,
      p95Ms: Object.fromEntries(QUERIES.map((n) => [n, fits.p95Ms[n]?.at1M ?? null])),
      hubDbHits: Object.fromEntries(QUERIES.map((n) => [n, fits.hubDbHits[n]?.at1M ?? null])),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchScale(), null, 2));
}
