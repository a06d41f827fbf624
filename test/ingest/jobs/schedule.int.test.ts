// Scheduled jobs end to end against the real Neo4j: a seconds-level cron runs twice without
// overlap and its history reads back through the CLI and the API; two app instances with the same
// jobs file run each scheduled slot once; stopping (SIGTERM) ends a run as interrupted after its
// current batch, and the next run resumes without duplicates. Time is a manual clock the test moves,
// and the slow pages answer when the test lets them, so nothing here races the wall clock.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { jobHistory, type RunRecord } from '../../../ingest/jobs/history.ts';
import { parseJobsFile, type JobsFile } from '../../../ingest/jobs/jobs-file.ts';
import { startScheduler } from '../../../ingest/jobs/scheduler.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase, testNeo4jUri } from '../../setup/store.ts';
import { page, paragraphsFor, TEXT } from '../sources/fixtures.ts';
import { startHttpServer, type TestHttpServer } from '../sources/http-server.ts';
import { manualClock } from '../../setup/manual-clock.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

let store: Store;
let http: TestHttpServer;
let dir: string;

/** Pages under /slow/ wait here while it is closed; opening it answers them all. */
const gate = {
  held: [] as (() => void)[],
  open: true,
  waiters: [] as { count: number; resolve: () => void }[],
  requests: 0,
  hold(answer: () => void): void {
    this.requests++;
    if (this.open) answer();
    else this.held.push(answer);
    for (const w of this.waiters.filter((x) => this.requests >= x.count)) w.resolve();
    this.waiters = this.waiters.filter((x) => this.requests < x.count);
  },
  /** Resolves once `n` more slow pages have been asked for. */
  requested(n: number): Promise<void> {
    const count = this.requests + n;
    return new Promise((resolve) => (this.requests >= count ? resolve() : this.waiters.push({ count, resolve })));
  },
  close(): void {
    this.open = false;
  },
  release(): void {
    this.open = true;
    this.held.splice(0).forEach((answer) => answer());
  },
};

/** A log that resolves `next()` when the scheduler reports the nth event. */
function eventLog() {
  const events: { owner: string; message: string }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    events,
    logTo: (owner: string) => (e: { message: string }) => {
      events.push({ owner, message: e.message });
      for (const w of waiters.filter((x) => events.length >= x.count)) w.resolve();
      waiters.splice(0, waiters.length, ...waiters.filter((x) => events.length < x.count));
    },
    /** Resolves once `n` events have been logged in all. */
    count: (n: number): Promise<void> => new Promise((resolve) => (events.length >= n ? resolve() : waiters.push({ count: n, resolve }))),
  };
}

function jobsFile(jobs: object[]): { file: JobsFile; path: string } {
  const path = join(dir, `jobs-${Math.random().toString(36).slice(2)}.json`);
  const doc = { defaults: { delayMs: 0, leaseMs: 60_000, storeWaitMs: 2000, timeoutMs: 60_000 }, jobs };
  writeFileSync(path, JSON.stringify(doc));
  return { file: parseJobsFile(doc, path), path };
}

function expectNoOverlap(runs: RunRecord[]): void {
  const sorted = [...runs].sort((a, b) => (a.startedAt! < b.startedAt! ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startedAt! >= sorted[i - 1]!.finishedAt!).toBe(true);
}

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  dir = mkdtempSync(join(tmpdir(), 'kg-jobs-'));
  writeFileSync(join(dir, 'a.txt'), `测试新闻\n\n${TEXT}\n`);
  http = await startHttpServer();
  for (let n = 1; n <= 12; n++) {
    // Pages that answer when the gate lets them, so a stop lands inside a run of twelve.
    http.route(`/slow/${n}.html`, (_q, res) =>
      gate.hold(() => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`慢讯${n}`, paragraphsFor(100 + n)))),
    );
  }
  const items = Array.from({ length: 12 }, (_, i) => `<item><title>慢讯${i + 1}</title><link>${http.base}/slow/${i + 1}.html</link></item>`).join('');
  const items2 = Array.from({ length: 12 }, (_, i) => `<item><title>慢讯${i + 1}</title><link>${http.base}/slow/${i + 1}.html?copy=2</link></item>`).join('');
  http.route(
    '/slow2.xml',
    (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>慢</title>${items2}</channel></rss>`),
  );
  http.route(
    '/slow.xml',
    (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>慢</title>${items}</channel></rss>`),
  );
  // Load the extraction model now, so scheduled runs take milliseconds, not seconds.
  for (const a of parseDocument(`预热\n\n${TEXT}`)) extractArticle(a);
});
afterAll(async () => {
  await http.close();
  await store.close();
});

describe('scheduled jobs', () => {
  it('should run a seconds-level cron job twice without overlap, with history in the CLI and the API', async () => {
    const { file, path } = jobsFile([{ name: 'every-second', schedule: '* * * * * *', sources: [join(dir, 'a.txt')] }]);
    const clock = manualClock(Date.parse('2024-05-05T08:00:00.250Z'));
    const log = eventLog();
    const scheduler = startScheduler(store, file, { owner: 'instance-1', clock, log: log.logTo('instance-1') });
    try {
      expect(clock.pending()).toEqual([750]);
      expect(scheduler.nextRuns()).toEqual([{ job: 'every-second', nextRun: '2024-05-05T08:00:01.000Z' }]);
      await clock.advance(750);
      await log.count(1);
      await clock.advance(1000);
      await log.count(2);
    } finally {
      await scheduler.stop();
    }
    expect(clock.pending()).toEqual([]);
    const runs = await jobHistory(store, 'every-second');
    expect(runs.map((r) => [r.status, r.scheduledAt])).toEqual([
      ['succeeded', '2024-05-05T08:00:02Z'],
      ['succeeded', '2024-05-05T08:00:01Z'],
    ]);
    expectNoOverlap(runs);
    expect(runs.map((r) => r.trigger)).toContain('schedule');
    const total = runs.reduce((n, r) => n + r.counts.new, 0);
    expect(total).toBe(1);

    const app = createApp({ store, jobs: { file } });
    const body = (await (await app.request('/api/jobs')).json()) as { jobs: { name: string; schedule: string; lastRuns: RunRecord[] }[] };
    expect(body.jobs[0]).toMatchObject({ name: 'every-second', schedule: '* * * * * *' });
    expect(body.jobs[0]!.lastRuns.map((r) => r.id)).toEqual(runs.slice(0, 5).map((r) => r.id));

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'ingest', 'cli.ts'), 'jobs', 'history', 'every-second', '--json', '--file', path],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j' },
      },
    );
    const fromCli = JSON.parse(stdout) as RunRecord[];
    expect(fromCli.map((r) => r.id)).toEqual((await jobHistory(store, 'every-second')).map((r) => r.id));
  });

  it('should run each scheduled slot once when two app instances share the jobs file', async () => {
    writeFileSync(join(dir, 'b.txt'), `共享任务\n\n${TEXT.replace('北京', '上海')}\n`);
    const { file } = jobsFile([{ name: 'shared', schedule: '*/2 * * * * *', sources: [join(dir, 'b.txt')] }]);
    const other = openTestStore();
    // One clock for both instances: they fire for each slot together, as two servers would.
    const clock = manualClock(Date.parse('2024-05-05T08:00:00.000Z'));
    const log = eventLog();
    const a = startScheduler(store, file, { owner: 'instance-a', clock, log: log.logTo('instance-a') });
    const b = startScheduler(other, file, { owner: 'instance-b', clock, log: log.logTo('instance-b') });
    try {
      for (let slot = 1; slot <= 3; slot++) {
        await clock.advance(2000);
        await log.count(2 * slot);
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await other.close();
    }
    const runs = await jobHistory(store, 'shared', 100);
    // One run per slot, whichever instance claimed it; the other instance's firing did nothing.
    expect(runs.map((r) => [r.status, r.scheduledAt])).toEqual([
      ['succeeded', '2024-05-05T08:00:06Z'],
      ['succeeded', '2024-05-05T08:00:04Z'],
      ['succeeded', '2024-05-05T08:00:02Z'],
    ]);
    expect(log.events.filter((e) => e.message === 'slot claimed by another instance')).toHaveLength(3);
    expectNoOverlap(runs);
    expect(runs.reduce((n, r) => n + r.counts.new, 0)).toBe(1);
  });

  it('should finish the current batch on stop, record the run as interrupted, and resume without duplicates', async () => {
    const { file } = jobsFile([
      { name: 'slow-feed', schedule: '0 0 1 1 *', sources: [`${http.base}/slow.xml`], options: { concurrency: 2, batchSize: 2, minFeedTextLength: 100000 } },
    ]);
    const scheduler = startScheduler(store, file, { owner: 'instance-1' });
    gate.close();
    const asked = gate.requested(2);
    const { done } = await scheduler.trigger('slow-feed');
    await asked;
    // Stop while the first batch's pages are held, then let them answer: the batch finishes, no more.
    const stopped = scheduler.stop();
    gate.release();
    await stopped;
    const first = (await done)!;
    expect(first.status).toBe('interrupted');
    expect(first.counts.seen).toBeGreaterThan(0);
    expect(first.counts.seen).toBeLessThan(12);
    expect(first.counts.seen % 2).toBe(0);

    const again = startScheduler(store, file, { owner: 'instance-2' });
    const second = (await (await again.trigger('slow-feed')).done)!;
    await again.stop();
    expect(second.status).toBe('succeeded');
    expect(second.counts.new).toBe(12 - first.counts.new);
    expect(second.counts.unchanged).toBe(first.counts.new);
    const ids = (await readFixture(store, 'article-ids')).map((r) => String(r.id)).filter((id) => id.includes('/slow/'));
    expect(ids).toHaveLength(12);
    const statuses = (await jobHistory(store, 'slow-feed')).map((r) => r.status);
    expect(statuses).toEqual(['succeeded', 'interrupted']);
  });

  it('should exit with code 5 and record the run as interrupted when kg jobs run gets SIGTERM', async () => {
    const { path } = jobsFile([
      { name: 'cli-term', schedule: '0 0 1 1 *', sources: [`${http.base}/slow2.xml`], options: { concurrency: 2, batchSize: 2, minFeedTextLength: 100000 } },
    ]);
    gate.close();
    const asked = gate.requested(2);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'ingest', 'cli.ts'), 'jobs', 'run', 'cli-term', '--no-progress', '--file', path], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await asked;
    child.kill('SIGTERM');
    gate.release();
    expect(await exited).toBe(5);
    const summary = JSON.parse(stdout.trim().split('\n').pop()!) as { status: string; counts: { seen: number } };
    expect(summary.status).toBe('interrupted');
    expect(summary.counts.seen).toBeLessThan(12);
    const [run] = await jobHistory(store, 'cli-term');
    expect(run).toMatchObject({ status: 'interrupted', trigger: 'manual' });
    expect(run!.error).toMatch(/stopped by a signal after the current batch/);
  }, 120_000);
});
