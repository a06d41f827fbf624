// A flood of hostile console requests must not take the app down: the console runs at most a few
// queries at once on connections of its own, refuses the rest at once with 429, and search keeps
// answering from the app's own pool throughout. (Latency figures: bench/console-isolation.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { openTestStore } from '../setup/store.ts';
import { seedExplorerData } from '../web/fixtures/explorer-data.ts';
import { postCypher, startLiveServer, type LiveServer } from './live-server.ts';

let store: Store;
let server: LiveServer;

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  server = await startLiveServer(store);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('the console under a flood', () => {
  it('should keep search answering while 100 hostile console requests run, and refuse the excess with 429', async () => {
    let mostAtOnce = 0;
    const watch = setInterval(() => (mostAtOnce = Math.max(mostAtOnce, server.console.running)), 1);
    const hostile = Array.from({ length: 100 }, () => postCypher(server, 'RETURN size(reduce(a = [], x IN range(1, 100000) | [a])) AS n'));
    const searches: number[] = [];
    for (let i = 0; i < 20; i++) searches.push((await server.send(`/api/search?q=${encodeURIComponent('马斯克')}`)).status);
    const responses = await Promise.all(hostile);
    clearInterval(watch);
    const statuses = responses.map((r) => r.status);
    expect(searches.every((s) => s === 200)).toBe(true);
    expect(mostAtOnce).toBeGreaterThan(0);
    expect(mostAtOnce).toBeLessThanOrEqual(server.console.options.total);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(50);
    expect(statuses.every((s) => s === 200 || s === 429 || s === 408)).toBe(true);
    expect(responses.find((r) => r.status === 429)?.json().error).toMatch(/console busy/);
  });

  it('should give one client at most two console queries at once', async () => {
    const slow = 'UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n';
    const statuses = (await Promise.all([postCypher(server, slow), postCypher(server, slow), postCypher(server, slow)])).map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });

  it('should run console queries again once the flood is over', async () => {
    const response = await postCypher(server, 'MATCH (e:Entity) RETURN count(e) AS n');
    expect(response.status).toBe(200);
  });
});
