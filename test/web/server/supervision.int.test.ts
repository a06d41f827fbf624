// Issue 13's "JVM killed" case end to end: the server's own bundled Neo4j (in a temp dir, never the
// shared test database) under its supervisor, the real app on 127.0.0.1, a committed node, then
// SIGKILL to the JVM. Health and the API must answer 503 with the state at once, and 200 again after
// the restart, with the node still there. Assertions follow the availability state's transitions,
// not measured milliseconds; the figures are printed for the record.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../ingest/config.ts';
import type { AvailabilityState, Neo4jState } from '../../../web/server/availability.ts';
import { createApp } from '../../../web/server/app.ts';
import { openServerNeo4j, type ServerNeo4j } from '../../../web/server/neo4j-availability.ts';

let dataRoot: string;
let neo4j: ServerNeo4j;
let server: ServerType;
let base: string;
const logs: string[] = [];
const transitions: AvailabilityState[] = [];

function whenState(state: Neo4jState): Promise<AvailabilityState> {
  const now = neo4j.availability.current();
  if (now.state === state) return Promise.resolve(now);
  return new Promise((resolve) => {
    const off = neo4j.availability.onChange((s) => {
      if (s.state !== state) return;
      off();
      resolve(s);
    });
  });
}

const get = (path: string): Promise<Response> => fetch(`${base}${path}`);

beforeAll(async () => {
  dataRoot = mkdtempSync(join(tmpdir(), 'kg-supervision-'));
  const config = loadConfig({ DATA_DIR: dataRoot }, dataRoot);
  neo4j = await openServerNeo4j(config, {
    log: (l) => logs.push(l),
    // Port 0: a free port, so a developer's own Neo4j on 7687 is never touched; the supervisor
    // restarts on whatever port this first start got.
    bundled: { port: 0, launcher: { heap: '512m', pageCache: '64m' }, supervise: { policy: { initialDelayMs: 200 } } },
  });
  neo4j.availability.onChange((s) => transitions.push(s));
  const app = createApp({ store: neo4j.apiStore, availability: neo4j.availability });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await neo4j?.close();
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
});

describe('supervised bundled Neo4j under the web server', () => {
  it('should answer 503 while the killed JVM restarts, then 200 again with no committed data lost', { timeout: 240_000 }, async () => {
    expect(neo4j.bundled?.supervisor).toBeDefined();
    expect((await get('/api/health')).status).toBe(200);
    await neo4j.connection.store.driver.executeQuery("CREATE (:SupervisionMarker {name: '监督'})");

    const pid = neo4j.bundled!.pid()!;
    const killedAt = performance.now();
    const down = whenState('down');
    const restarting = whenState('restarting');
    process.kill(pid, 'SIGKILL');

    const downState = await down;
    const health = await get('/api/health');
    const toFirst503 = performance.now() - killedAt;
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    const body = (await health.json()) as { status: string; neo4j: { reachable: boolean; state: string; reason: string; since: string } };
    expect(body.status).toBe('unavailable');
    expect(body.neo4j.reachable).toBe(false);
    expect(['down', 'restarting']).toContain(body.neo4j.state);
    expect(downState.reason).toBe('the bundled Neo4j exited unexpectedly (signal SIGKILL)');
    expect(Number.isNaN(Date.parse(body.neo4j.since))).toBe(false);

    await restarting;
    const search = await get('/api/search?q=%E9%A9%AC%E6%96%AF%E5%85%8B');
    expect(search.status).toBe(503);
    expect(await search.json()).toEqual({ error: 'web/server: Neo4j is restarting (attempt 1); try again in a few seconds' });

    await whenState('up');
    const healthAgain = await get('/api/health');
    const toBack200 = performance.now() - killedAt;
    expect(healthAgain.status, await healthAgain.clone().text()).toBe(200);
    const { records } = await neo4j.apiStore.driver.executeQuery('MATCH (m:SupervisionMarker) RETURN m.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['监督']);
    expect(neo4j.bundled!.pid()).not.toBe(pid);

    const states = transitions.map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);
    expect(states).toEqual(['down', 'restarting', 'up']);
    expect(logs.some((l) => l.startsWith(`neo4j/supervisor: the bundled Neo4j (pid ${pid}) exited unexpectedly (signal SIGKILL)`))).toBe(true);
    expect(logs.some((l) => l.startsWith('neo4j/supervisor: restart attempt 1 succeeded'))).toBe(true);
    console.log(`[supervision] kill → first 503 from /api/health: ${toFirst503.toFixed(0)} ms; kill → 200 again: ${(toBack200 / 1000).toFixed(1)} s`);
  });
});
