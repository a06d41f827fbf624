// The availability middleware over the real app: while Neo4j is not up, /api answers 503 at once
// (health with the state, other routes with a message that says what is happening), and a call cut
// off by an outage answers 503 rather than 500. "Neo4j" here is either the shared test database or a
// loopback port nobody listens on.
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { createAvailability, unavailableMessage } from '../../../web/server/availability.ts';
import { API_STORE_OPTIONS } from '../../../web/server/neo4j-availability.ts';
import { openTestStore } from '../../setup/store.ts';

let live: Store;
let dead: Store;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

beforeAll(async () => {
  live = openTestStore();
  dead = openStore({ uri: `bolt://127.0.0.1:${await closedPort()}`, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' }, API_STORE_OPTIONS);
});
afterAll(async () => {
  await live.close();
  await dead.close();
});

describe('availability of Neo4j in the web server', () => {
  it('should answer /api/health with 503 and the restart state, without asking Neo4j', async () => {
    const availability = createAvailability(() => Date.parse('2026-12-01T08:00:00Z'));
    availability.set('restarting', 'restart attempt 2: starting the JVM', { attempt: 2 });
    const response = await createApp({ store: dead, availability }).request('/api/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      status: 'unavailable',
      neo4j: { reachable: false, state: 'restarting', reason: 'restart attempt 2: starting the JVM', since: '2026-12-01T08:00:00.000Z', attempt: 2 },
    });
  });

  it('should answer every other API call with 503 and say Neo4j is restarting', async () => {
    const availability = createAvailability();
    availability.set('restarting', 'restart attempt 2: starting the JVM', { attempt: 2 });
    const app = createApp({ store: dead, availability });
    for (const path of ['/api/search?q=%E9%A9%AC%E6%96%AF%E5%85%8B', '/api/graph', '/api/stats', '/api/jobs']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(503);
      expect(await response.json()).toEqual({ error: 'web/server: Neo4j is restarting (attempt 2); try again in a few seconds' });
    }
  });

  it('should say why Neo4j is down and what to do when the supervisor gave up', () => {
    const availability = createAvailability();
    availability.set('down', 'neo4j/supervisor: gave up after 8 consecutive restart attempts', { advice: 'restart the server once the cause is fixed' });
    expect(unavailableMessage(availability.current())).toBe(
      'web/server: Neo4j is down (neo4j/supervisor: gave up after 8 consecutive restart attempts); restart the server once the cause is fixed',
    );
  });

  it('should answer 503, not 500, when Neo4j goes away under a call the state did not yet know about', async () => {
    const response = await createApp({ store: dead, availability: createAvailability() }).request('/api/search?q=%E9%A9%AC%E6%96%AF%E5%85%8B');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'web/server: Neo4j is down (Neo4j stopped answering); try again in a few seconds' });
  });

  it('should answer 503 at once to a call already waiting on Neo4j when Neo4j goes down', async () => {
    // A port that accepts connections and never answers: the driver (default, patient options) waits.
    const held = new Set<Socket>();
    const hole = createServer((socket) => void held.add(socket));
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', r));
    const waiting = openStore({ uri: `bolt://127.0.0.1:${(hole.address() as { port: number }).port}`, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
    const availability = createAvailability();
    const connected = new Promise((r) => hole.once('connection', r));
    const pending = createApp({ store: waiting, availability }).request('/api/search?q=%E9%A9%AC%E6%96%AF%E5%85%8B');
    await connected;
    availability.set('down', 'the bundled Neo4j exited unexpectedly (signal SIGKILL)');
    const response = await pending;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'web/server: Neo4j is down (the bundled Neo4j exited unexpectedly (signal SIGKILL)); try again in a few seconds',
    });
    // The answer came while the driver was still waiting on its connection.
    expect([...held].some((s) => !s.destroyed)).toBe(true);
    held.forEach((s) => s.destroy());
    await waiting.close();
    await new Promise((r) => hole.close(r));
  });

  it('should pass calls through as before while Neo4j is up', async () => {
    const availability = createAvailability();
    const response = await createApp({ store: live, availability }).request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
  });

  it('should tell listeners of a change of state once, not of a repeated report', () => {
    const availability = createAvailability();
    const seen: string[] = [];
    availability.onChange((s) => seen.push(`${s.state}: ${s.reason}`));
    availability.set('down', 'not reachable');
    availability.set('down', 'not reachable');
    availability.set('up', 'answers server-version');
    expect(seen).toEqual(['down: not reachable', 'up: answers server-version']);
  });
});
