// One ingest process or two on one database (issue 19, "past one machine"): the same generated
// articles (bench/corpus/) ingested by one `kg ingest` with a worker per core, then, into the
// database emptied, by two `kg ingest` processes at once, one worker each, each given half of the
// articles. Two processes writing at once are kept exact by the writer's locks (articles, then
// entities, in sorted order) — the same locks that let jobs in several places share a database
// under their leases — so both runs must end with the same graph; the figures say what the second
// process gains or costs on this machine. Prints figures, never asserts; the load average is
// printed with them. Run by name: `npm run bench -- writers`.
// Environment: WRITERS_ARTICLES (2000), WRITERS_BATCH (the CLI's default).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStore, type Store } from '../ingest/store/client.ts';
import { graphStats } from '../ingest/store/queries/graph-stats.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';
import { NewsCorpus } from './corpus/news-corpus.ts';
import { writeJsonl } from './corpus/write-corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string): void => void process.stderr.write(`bench/writers: ${line}\n`);

/** Runs `kg ingest` on `files` with `workers` extraction threads; resolves with its exit code. */
function kgIngest(uri: string, files: string[], workers: number, batch: string | undefined): Promise<number> {
  const args = ['--import', 'tsx', join(ROOT, 'ingest/cli.ts'), 'ingest', ...files, '--workers', String(workers), ...(batch ? ['--batch-size', batch] : [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr.on('data', (d: Buffer) => (tail = (tail + d.toString()).slice(-2000)));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0) log(`kg ingest ${files.join(' ')} exited ${code}: ${tail.trim().split('\n').at(-1)}`);
      resolve(code ?? 1);
    }),
  );
}

async function totals(store: Store): Promise<Record<string, number>> {
  const s = await graphStats(store);
  return { ...s.labels, ...s.relationships } as unknown as Record<string, number>;
}

export async function benchWriters(): Promise<Record<string, unknown>> {
  const articles = Number(process.env.WRITERS_ARTICLES ?? 2000);
  const batch = process.env.WRITERS_BATCH;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-writers-'));
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-writers-input-'));
  const corpus = new NewsCorpus();
  const half = Math.floor(articles / 2);
  const files = [join(work, 'a.jsonl'), join(work, 'b.jsonl')];
  await writeJsonl(corpus, 0, half, files[0]!);
  await writeJsonl(corpus, half, articles, files[1]!);
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '512m' });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  try {
    await applySchema(store);
    log(`one process, 2 workers, ${articles} articles`);
    let t = performance.now();
    const oneCode = await kgIngest(neo4j.uri, files, 2, batch);
    const oneSeconds = (performance.now() - t) / 1000;
    const oneTotals = await totals(store);
    const loadOne = loadavg()[0];

    await store.autoCommit('clear-all');
    await applySchema(store);
    log(`two processes at once, 1 worker each, ${half} and ${articles - half} articles`);
    t = performance.now();
    const twoCodes = await Promise.all(files.map((f) => kgIngest(neo4j.uri, [f], 1, batch)));
    const twoSeconds = (performance.now() - t) / 1000;
    const twoTotals = await totals(store);
    const same = JSON.stringify(oneTotals) === JSON.stringify(twoTotals);
    return {
      articles,
      oneProcess: { exit: oneCode, seconds: Math.round(oneSeconds), articlesPerSec: Math.round((articles / oneSeconds) * 10) / 10, loadAverage: loadOne },
      twoProcesses: {
        exit: twoCodes,
        seconds: Math.round(twoSeconds),
        articlesPerSec: Math.round((articles / twoSeconds) * 10) / 10,
        loadAverage: loadavg()[0],
      },
      sameGraph: same,
      totals: same ? oneTotals : { oneProcess: oneTotals, twoProcesses: twoTotals },
    };
  } finally {
    await store.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchWriters(), null, 2));
}
