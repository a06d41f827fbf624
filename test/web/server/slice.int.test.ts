import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSample } from '../../../ingest/ingest-sample.ts';
import type { Store } from '../../../ingest/store/client.ts';
import type { GraphView } from '../../../ingest/store/queries/graph-overview.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let graph: GraphView;
const app = () => createApp({ store });

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await ingestSample(store);
  const response = await app().request('/api/graph?limit=1000');
  expect(response.status).toBe(200);
  graph = (await response.json()) as GraphView;
});
afterAll(async () => {
  await store.close();
});

const idOf = (name: string): string | undefined => graph.nodes.find((n) => n.name === name || n.aliases.includes(name))?.id;
const joined = (a: string, b: string): boolean => {
  const [x, y] = [idOf(a), idOf(b)];
  return graph.edges.some((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x));
};

describe('end-to-end slice: the bundled sample through parse, extract, Neo4j and the API', () => {
  it('should report Neo4j reachable with its version on /api/health', async () => {
    const response = await app().request('/api/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { reachable: boolean; version: string } };
    expect(body.status).toBe('ok');
    expect(body.neo4j.reachable).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });

  it('should hold 马斯克 and 特斯拉 joined by a co-mention edge', () => {
    expect(idOf('马斯克')).toBeDefined();
    expect(idOf('特斯拉')).toBeDefined();
    expect(joined('马斯克', '特斯拉')).toBe(true);
  });

  it('should never join 马斯克 to 哈马斯, which only appears in a 相关 snippet', () => {
    expect(idOf('哈马斯')).toBeDefined();
    expect(joined('马斯克', '哈马斯')).toBe(false);
  });

  it('should give every edge a positive weight and only join nodes it returned', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.length).toBeGreaterThan(5);
    for (const e of graph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
    }
  });

  it('should leave the graph exactly as it was when the same sample is ingested again', async () => {
    const again = await ingestSample(store);
    expect(again.outcome).toBe('unchanged');
    const response = await app().request('/api/graph?limit=1000');
    expect(await response.json()).toEqual(graph);
  });

  it('should answer a bad query with 400 and a message naming the parameter', async () => {
    const response = await app().request('/api/graph?limit=abc');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/limit/);
  });

  it('should send a CSP that forbids inline script', async () => {
    const response = await app().request('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
