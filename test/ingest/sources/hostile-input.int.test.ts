// Hostile and broken input, each next to a good document in the same job run: the bad one is
// recorded in Neo4j with a clear reason, the good one is ingested as if nothing happened.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFailures } from '../../../ingest/jobs/failures.ts';
import { parseJobsFile } from '../../../ingest/jobs/jobs-file.ts';
import { runJob } from '../../../ingest/jobs/run-job.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/index.ts';
import { fetchResource } from '../../../ingest/sources/http-fetch.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { page, paragraphsFor, TEXT } from './fixtures.ts';
import { startHttpServer, type TestHttpServer } from './http-server.ts';

let http: TestHttpServer;
let store: Store;
let dir: string;
let hugeBytesSent = 0;

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://127.0.0.1/x</link></item></channel></rss>`;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  http = await startHttpServer();
  dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  const html = (res: import('node:http').ServerResponse, body: string): void =>
    void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  http.route('/good.html', (_q, res) => html(res, page('好新闻', paragraphsFor(1))));
  http.route('/500', (_q, res) => void res.writeHead(500).end('boom'));
  // Never answers (the server drops the connection when the file's tests end): only the client's
  // own timeout can end the request, so no test waits on or races a server delay.
  http.route('/slow', () => undefined);
  http.route('/loop-a', (_q, res) => void res.writeHead(302, { location: '/loop-b' }).end());
  http.route('/loop-b', (_q, res) => void res.writeHead(302, { location: '/loop-a' }).end());
  http.route(
    '/malformed.xml',
    (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<?xml version="1.0"?><rss version="2.0"><channel><item><title>断</title></channel></rss>'),
  );
  http.route('/bomb.xml', (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(BOMB));
  http.route('/huge.html', (_q, res) => {
    // 50 MB, streamed without a Content-Length, as a runaway page would be.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const chunk = Buffer.from(`<p>${'新闻'.repeat(10_000)}</p>`);
    const pump = (): void => {
      while (hugeBytesSent < 50 * 1024 * 1024 && !res.destroyed) {
        hugeBytesSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => res.destroy());
    pump();
  });
  http.route('/xss.html', (_q, res) =>
    html(
      res,
      `<!doctype html><html><head><title><img src=x onerror=alert(1)></title></head><body><article>${paragraphsFor(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    ),
  );
  writeFileSync(join(dir, 'good.txt'), `测试新闻\n\n${TEXT}\n`);
  writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await http.close();
  await store.close();
});

async function runWith(name: string, bad: string, good = `${http.base}/good.html`) {
  const file = parseJobsFile(
    {
      jobs: [
        {
          name,
          schedule: '0 0 * * *',
          sources: [bad, good],
          options: { timeoutMs: 400, maxBytes: 1024 * 1024, retryBackoffMs: 60_000, concurrency: 2, delayMs: 0 },
        },
      ],
    },
    'test',
  );
  const summary = await runJob(file.jobs[0]!, { store, owner: 'test', trigger: 'manual' });
  const failures = await listFailures(store, name);
  return { summary: summary!, failures };
}

function expectOneFailure(result: Awaited<ReturnType<typeof runWith>>, document: string, reason: string, wording: RegExp): void {
  expect(result.summary.status).toBe('partial');
  expect(result.summary.counts.failed).toBe(1);
  expect(result.summary.counts.new + result.summary.counts.unchanged).toBe(1);
  expect(result.failures).toHaveLength(1);
  expect(result.failures[0]).toMatchObject({ document, reason, attempts: 1, status: 'retrying' });
  expect(result.failures[0]!.message).toMatch(wording);
  expect(result.summary.error).toContain(reason);
}

describe('hostile and broken input', () => {
  it('should record an HTTP 500 and still ingest the good page', async () => {
    expectOneFailure(await runWith('h500', `${http.base}/500`), `${http.base}/500`, 'http-status', /answered HTTP 500/);
  });

  it('should give up on a response slower than the timeout', async () => {
    expectOneFailure(await runWith('hslow', `${http.base}/slow`), `${http.base}/slow`, 'timeout', /did not answer within 400 ms/);
    // The fetch itself gives up at the timeout: the server never answers, so nothing else could end it.
    await expect(fetchResource(`${http.base}/slow`, { ...DEFAULT_SOURCE_OPTIONS, timeoutMs: 400 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('should stop a redirect loop', async () => {
    expectOneFailure(await runWith('hloop', `${http.base}/loop-a`), `${http.base}/loop-a`, 'redirect-loop', /redirects in a loop/);
  });

  it('should record malformed XML', async () => {
    expectOneFailure(await runWith('hxml', `${http.base}/malformed.xml`), `${http.base}/malformed.xml`, 'malformed-xml', /not well-formed XML/);
  });

  it('should refuse an entity-expansion bomb without expanding it', async () => {
    // The reason shows it was refused for declaring entities, before any parser saw it (ingest/sources/safe-xml.ts).
    expectOneFailure(await runWith('hbomb', `${http.base}/bomb.xml`), `${http.base}/bomb.xml`, 'xml-entities', /declares XML entities/);
  });

  it('should cut a 50 MB page at the size limit', async () => {
    expectOneFailure(await runWith('hhuge', `${http.base}/huge.html`), `${http.base}/huge.html`, 'too-large', /larger than the limit of 1048576 bytes/);
    expect(hugeBytesSent).toBeLessThan(20 * 1024 * 1024);
  });

  it('should record a binary file as not text', async () => {
    expectOneFailure(await runWith('hbin', join(dir, 'scan.txt'), join(dir, 'good.txt')), join(dir, 'scan.txt'), 'binary', /is binary, not text/);
  });

  it('should record an empty file', async () => {
    expectOneFailure(await runWith('hempty', join(dir, 'empty.txt'), join(dir, 'good.txt')), join(dir, 'empty.txt'), 'empty', /is empty/);
  });

  it('should store a title of <img src=x onerror=alert(1)> as text', async () => {
    const { summary } = await runWith('hxss', `${http.base}/xss.html`);
    expect(summary.status).toBe('succeeded');
    const rows = await readFixture(store, 'article-ids');
    const xss = rows.find((r) => r.url === `${http.base}/xss.html`);
    expect(xss?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('should retry a failed document on a later run only after its backoff, and clear it once it works', async () => {
    const before = Date.now();
    const first = await runWith('hretry', `${http.base}/500`);
    // Recorded no earlier than `before`, so due no earlier than the 60 s backoff after it.
    expect(first.failures[0]!.nextAttemptAt).toBeGreaterThanOrEqual(before + 60_000);
    http.route('/500', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('恢复', paragraphsFor(4))));
    const second = await runWith('hretry', `${http.base}/500`);
    expect(second.summary.counts.new).toBe(1);
    expect(second.failures).toEqual([]);
  });
});
