// Server start benchmark (issue 14: the server does not load extraction code it does not call).
// Starts a local Neo4j in a temp dir, lets the server ingest the bundled sample once, then starts
// `node --import tsx web/server/start.ts` against that database (NEO4J_URI, no jobs file) several
// times in two layouts, alternating: as it is, and "eager", with the extraction path preloaded the
// way start.ts imported it before (ingest/ingest-sample.ts and the jobs' run path). Prints the time
// from spawn to "ready", the server's RSS just after, and eager/lazy ratios. Linux only for RSS (/proc); never asserts.
// With a baseline checkout it also starts that one in turn and prints baseline/this ratios.
// `npx tsx bench/server-start.ts [runs] [baseline checkout]`
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLocalNeo4j } from '../neo4j/launcher.ts';

export const DEFAULT_BENCH_SERVER_START_OPTIONS = {
  /** Starts per layout (after the first start, which ingests the sample). */
  runs: 5,
  /** Repository whose web/server/start.ts is started. */
  root: join(dirname(fileURLToPath(import.meta.url)), '..'),
  /** Another checkout (e.g. `git worktree add /tmp/kg-old <commit>`) started in turn with `root`, for ratios; '' for none. */
  baselineRoot: '',
  /** How long after "ready" the RSS is read again, ms. */
  settleMs: 1_000,
  /** Give up on a start after this long, ms. */
  timeoutMs: 120_000,
};

/** Modules the server imported statically before issue 14 and now imports only when it needs them. */
const EAGER_PRELOAD = ['./ingest/ingest-sample.ts', './ingest/jobs/run-job.ts'];

interface StartFigures {
  readyMs: number;
  rssReadyMb: number | null;
  rssSettledMb: number | null;
  output: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The process's resident set in MB, or null where /proc does not exist (not Linux). */
function rssMb(pid: number): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

async function startOnce(root: string, env: Record<string, string>, preload: string[], opts: typeof DEFAULT_BENCH_SERVER_START_OPTIONS): Promise<StartFigures> {
  const port = await freePort();
  const args = ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'web/server/start.ts'];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench/server-start: no "ready" within ${opts.timeoutMs} ms; output:\n${output}`)), opts.timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (/\bready\b/.test(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`bench/server-start: the server exited (${code}) before "ready"; output:\n${output}`));
      });
    });
    const rssReadyMb = rssMb(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, opts.settleMs));
    return { readyMs, rssReadyMb, rssSettledMb: rssMb(child.pid!), output };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

function summary(runs: StartFigures[]): Record<string, unknown> {
  const rss = runs.map((r) => r.rssSettledMb).filter((x): x is number => x !== null);
  return {
    readyMsMedian: round(median(runs.map((r) => r.readyMs)), 0),
    readyMs: runs.map((r) => round(r.readyMs, 0)),
    rssMbMedian: rss.length ? round(median(rss)) : null,
    rssMbAtReady: runs.map((r) => r.rssReadyMb),
  };
}

export async function benchServerStart(options: Partial<typeof DEFAULT_BENCH_SERVER_START_OPTIONS> = {}): Promise<Record<string, unknown>> {
  const opts = { ...DEFAULT_BENCH_SERVER_START_OPTIONS, ...options };
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-start-'));
  const neo4j = await startLocalNeo4j({ dataDir: join(dataDir, 'neo4j') });
  const env = { NEO4J_URI: neo4j.uri, DATA_DIR: dataDir, JOBS_FILE: join(dataDir, 'no-jobs.yml'), HOST: '127.0.0.1' };
  try {
    // The first start finds the database empty and ingests the sample (and so loads extraction).
    const first = await startOnce(opts.root, env, [], opts);
    if (!/sample/.test(first.output)) throw new Error(`bench/server-start: the first start did not ingest the sample; output:\n${first.output}`);
    const eagerPossible = EAGER_PRELOAD.every((p) => existsSync(join(opts.root, p)));
    const lazy: StartFigures[] = [];
    const eager: StartFigures[] = [];
    const baseline: StartFigures[] = [];
    for (let i = 0; i < opts.runs; i++) {
      lazy.push(await startOnce(opts.root, env, [], opts));
      if (eagerPossible) eager.push(await startOnce(opts.root, env, EAGER_PRELOAD, opts));
      if (opts.baselineRoot) baseline.push(await startOnce(opts.baselineRoot, env, [], opts));
    }
    const figures: Record<string, unknown> = {
      root: opts.root,
      firstStartWithSampleIngest: { readyMs: round(first.readyMs, 0), rssMb: first.rssSettledMb },
      withData: summary(lazy),
    };
    const ratio = (other: Record<string, unknown>, mine: Record<string, unknown>) => ({
      readyMs: round((other.readyMsMedian as number) / (mine.readyMsMedian as number), 2),
      rssMb: other.rssMbMedian && mine.rssMbMedian ? round((other.rssMbMedian as number) / (mine.rssMbMedian as number), 2) : null,
    });
    if (eager.length) {
      figures.eagerBeforeLayout = summary(eager);
      figures.ratioEagerOverLazy = ratio(figures.eagerBeforeLayout as Record<string, unknown>, figures.withData as Record<string, unknown>);
    }
    if (baseline.length) {
      figures.baseline = { root: opts.baselineRoot, ...summary(baseline) };
      figures.ratioBaselineOverThis = ratio(figures.baseline as Record<string, unknown>, figures.withData as Record<string, unknown>);
    }
    return figures;
  } finally {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = process.argv[2] ? Number(process.argv[2]) : undefined;
  const baselineRoot = process.argv[3];
  console.log(JSON.stringify(await benchServerStart({ ...(runs ? { runs } : {}), ...(baselineRoot ? { baselineRoot } : {}) }), null, 2));
}
