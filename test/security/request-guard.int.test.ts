// Only the explorer's own page may call the API: the real server on 127.0.0.1 refuses other hosts
// (DNS rebinding), other origins and cross-site requests (CSRF), bodies that are not JSON, and
// bodies over the limit — and none of these reaches the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { dumpGraph } from '../ingest/store/dump.ts';
import { openTestStore } from '../setup/store.ts';
import { seedExplorerData } from '../web/fixtures/explorer-data.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

let store: Store;
let server: LiveServer;
let before: string[];
const READ = JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' });

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  before = await dumpGraph(store);
  server = await startLiveServer(store);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('the request guard', () => {
  it('should answer our own page: JSON from our origin on our host', async () => {
    const response = await server.send('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' },
      body: READ,
    });
    expect(response.status).toBe(200);
    const viaLocalhost = await server.send('/api/graph', { headers: { host: `localhost:${server.port}` } });
    expect(viaLocalhost.status).toBe(200);
  });

  it.each([
    ['a rebinding name', 'evil.example'],
    ['a rebinding name on our port', `evil.example:0`],
    ['loopback on another port', '127.0.0.1:1'],
  ])('should refuse %s as Host, on reads too (DNS rebinding)', async (_what, host) => {
    const response = await server.send('/api/graph', { headers: { host: host.replace(':0', `:${server.port}`) } });
    expect(response.status).toBe(403);
    expect(response.json().error).toMatch(/ALLOWED_HOSTS/);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type', {}],
  ])('should refuse a console body sent as %s with 415', async (_what, headers) => {
    const response = await server.send('/api/cypher', { method: 'POST', headers, body: READ });
    expect(response.status).toBe(415);
    expect(response.json().error).toMatch(/application\/json/);
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['our host on another port', 'http://127.0.0.1:1'],
    ['a null origin (sandboxed frame)', 'null'],
  ])('should refuse a POST from %s with 403 (CSRF)', async (_what, origin) => {
    const response = await server.send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: READ });
    expect(response.status).toBe(403);
    const trigger = await server.send('/api/jobs/any/run', {
      method: 'POST',
      headers: { origin, authorization: `Bearer ${server.token}` },
    });
    expect(trigger.status).toBe(403);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should refuse a request the browser marks cross-site', async () => {
    const response = await server.send('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: READ,
    });
    expect(response.status).toBe(403);
  });

  it('should refuse a 2 MB body with 413 before reading it all, on every route', async () => {
    const big = JSON.stringify({ query: `RETURN '${'x'.repeat(2 * 1024 * 1024)}'` });
    for (const path of ['/api/cypher', '/api/jobs/any/run', '/api/nowhere']) {
      const response = await server.send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(response.status, path).toBe(413);
    }
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should let a script without Origin (curl) use the console, as the README shows', async () => {
    const response = await server.send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: READ });
    expect(response.status).toBe(200);
  });
});

describe('CONSOLE modes', () => {
  it('should turn the console off with CONSOLE=off and say how it was turned off', async () => {
    const off = await startLiveServer(store, { consoleMode: 'off' });
    try {
      const response = await off.send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: READ });
      expect(response.status).toBe(403);
      expect(response.json().error).toMatch(/CONSOLE=off/);
      expect((await off.send('/api/search?q=%E9%A9%AC')).status).toBe(200);
    } finally {
      await off.close();
    }
  });

  it('should put the console behind API_TOKEN with CONSOLE=token', async () => {
    const guarded = await startLiveServer(store, { consoleMode: 'token' });
    try {
      const post = (headers: Record<string, string>) =>
        guarded.send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: READ });
      expect((await post({})).status).toBe(401);
      expect((await post({ authorization: 'Bearer wrong-token-of-some-length' })).status).toBe(403);
      expect((await post({ authorization: `Bearer ${guarded.token}` })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
