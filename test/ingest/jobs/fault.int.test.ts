// The fault test: a job ingests a feed of 200 articles into its own Neo4j, which is stopped in the
// middle of the run. The run waits (bounded) and ends as failed; Neo4j starts again; the next run
// completes. The graph then holds each article exactly once, and its totals match a clean run of
// the same feed on that database emptied. Pages after the twentieth answer only once Neo4j has
// stopped, so the stop lands mid-run however fast or slow the machine is. It needs no shared test
// database, so it runs in the jvm project (vitest.config.ts) beside the files that do.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHistory } from '../../../ingest/jobs/history.ts';
import { parseJobsFile, type JobSpec } from '../../../ingest/jobs/jobs-file.ts';
import { runJob } from '../../../ingest/jobs/run-job.ts';
import { openStore, type Store } from '../../../ingest/store/client.ts';
import { applySchema } from '../../../ingest/store/schema.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../neo4j/launcher.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { resetDatabase } from '../../setup/store.ts';
import { page, paragraphsFor, rss } from '../sources/fixtures.ts';
import { startHttpServer, type TestHttpServer } from '../sources/http-server.ts';

const ARTICLES = 200;
let http: TestHttpServer;
let dataDir: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let faulty: Store;
let job: JobSpec;
let neo4jStopped!: () => void;
const afterStop = new Promise<void>((resolve) => (neo4jStopped = resolve));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port: p } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return p;
}

beforeAll(async () => {
  http = await startHttpServer();
  const items = Array.from({ length: ARTICLES }, (_, i) => ({ title: `第${i + 1}号快讯`, link: `${http.base}/news/${i + 1}.html` }));
  http.route('/feed.xml', (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(items)));
  for (const [i, item] of items.entries()) {
    const answer = (res: import('node:http').ServerResponse) =>
      void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(item.title, paragraphsFor(i + 1)));
    http.route(`/news/${i + 1}.html`, (_q, res) => (i < 20 ? answer(res) : void afterStop.then(() => answer(res))));
  }
  job = parseJobsFile(
    {
      jobs: [
        {
          name: 'fault',
          schedule: '0 0 1 1 *',
          sources: [`${http.base}/feed.xml`],
          // The feed has only a one-line description, so every article is fetched from its page.
          // Pages wait for Neo4j's stop, which a loaded machine can stretch past the default 15 s
          // fetch timeout: such a page would fail (and be held back from the next run) for the load.
          options: { concurrency: 2, batchSize: 10, delayMs: 0, minFeedTextLength: 20, storeWaitMs: 3000, leaseMs: 5000, timeoutMs: 180_000 },
        },
      ],
    },
    'fault-test',
  ).jobs[0]!;
  dataDir = mkdtempSync(join(tmpdir(), 'kg-fault-neo4j-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m' });
  faulty = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  await applySchema(faulty);
}, 240_000);

afterAll(async () => {
  await faulty?.close();
  await neo4j?.stop();
  await http?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j stopping mid-run', () => {
  it('should end the run as failed, resume on the next run, and hold each of 200 articles exactly once', async () => {
    let written = 0;
    let stopped: Promise<void> | undefined;
    const first = await runJob(job, {
      store: faulty,
      owner: 'fault-test',
      trigger: 'manual',
      hooks: {
        onDocument: () => {
          written++;
          if (written === 20) stopped = neo4j!.stop().then(neo4jStopped);
        },
      },
    });
    await stopped;
    expect(first!.status).toBe('failed');
    expect(first!.error).toMatch(/Neo4j/);
    expect(first!.counts.new).toBeGreaterThan(0);
    expect(first!.counts.new).toBeLessThan(ARTICLES);

    neo4j = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m' });
    const second = (await runJob(job, { store: faulty, owner: 'fault-test', trigger: 'manual' }))!;
    expect(second.status).toBe('succeeded');
    expect(second.counts.seen).toBe(ARTICLES);
    expect(second.counts.failed).toBe(0);
    expect(second.counts.new + second.counts.unchanged).toBe(ARTICLES);
    expect(second.counts.unchanged).toBeGreaterThanOrEqual(first!.counts.new);

    const ids = (await readFixture(faulty, 'article-ids')).map((r) => String(r.id));
    expect(ids).toHaveLength(ARTICLES);
    expect(new Set(ids).size).toBe(ARTICLES);
    // The first run's record, which Neo4j could not take at the time, reads as failed.
    const history = await jobHistory(faulty, 'fault');
    expect(history.map((r) => r.status)).toEqual(['succeeded', 'failed']);

    // A clean run of the same feed on this database, emptied to a fresh install's state, ends with the
    // same totals. It runs as another owner: the run cut off by the outage stopped renewing its lease
    // (run-job.ts), so nothing takes the emptied database's lease back from it.
    const [actual] = await readFixture(faulty, 'graph-totals');
    await resetDatabase(faulty);
    const run = (await runJob(job, { store: faulty, owner: 'clean', trigger: 'manual' }))!;
    expect(run.counts).toEqual({ seen: ARTICLES, new: ARTICLES, updated: 0, unchanged: 0, failed: 0 });
    const [expected] = await readFixture(faulty, 'graph-totals');
    expect(actual).toEqual(expected);
    expect(expected!.articles).toBe(ARTICLES);
  }, 600_000);
});
