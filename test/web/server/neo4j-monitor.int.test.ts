// The monitor of an external Neo4j (NEO4J_URI): the shared test database behind a loopback proxy the
// test cuts and restores. The state flips down and up, and the same store works again afterwards
// because the driver reconnects by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../ingest/store/client.ts';
import { createAvailability } from '../../../web/server/availability.ts';
import { API_STORE_OPTIONS } from '../../../web/server/neo4j-availability.ts';
import { monitorNeo4j } from '../../../web/server/neo4j-monitor.ts';
import { manualClock } from '../../setup/manual-clock.ts';
import { testNeo4jUri } from '../../setup/store.ts';
import { startTcpProxy, type TcpProxy } from '../../setup/tcp-proxy.ts';

let proxy: TcpProxy;
let store: Store;

beforeAll(async () => {
  proxy = await startTcpProxy(Number(new URL(testNeo4jUri()).port));
  store = openStore({ uri: `bolt://127.0.0.1:${proxy.port}`, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' }, API_STORE_OPTIONS);
});
afterAll(async () => {
  await store.close();
  await proxy.close();
});

describe('monitor of an external Neo4j', () => {
  it('should ping about once a second', () => {
    const clock = manualClock();
    const monitor = monitorNeo4j(store, createAvailability(), { clock, log: () => {} });
    expect(clock.pending()).toEqual([1_000]);
    monitor.stop();
    expect(clock.pending()).toEqual([]);
  });

  it('should flip to down when Neo4j stops answering and to up when it is back, and the store works again', async () => {
    const availability = createAvailability();
    const states: string[] = [];
    const logs: string[] = [];
    availability.onChange((s) => {
      if (s.state !== states.at(-1)) states.push(s.state);
    });
    const monitor = monitorNeo4j(store, availability, { clock: manualClock(), log: (l) => logs.push(l) });

    await monitor.check();
    expect(availability.current().state).toBe('up');
    await proxy.cut();
    await monitor.check();
    expect(availability.current()).toMatchObject({ state: 'down' });
    expect(availability.current().reason).toMatch(/^not reachable: /);
    await proxy.restore();
    await monitor.check();
    monitor.stop();

    expect(states).toEqual(['up', 'down', 'up']);
    expect(logs[0]).toMatch(/^web\/server\/neo4j-monitor: Neo4j is not reachable: .*; the API answers 503 until it is back$/);
    expect(logs[1]).toBe('web/server/neo4j-monitor: Neo4j answers again');
    const [row] = await store.read('server-version');
    expect(String(row?.version)).toMatch(/^5\./);
  });
});
