import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { CypherExample, CypherResult } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';
import { countNodes, seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;
const post = (body: unknown) =>
  createApp({ store }).request('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
});
afterAll(async () => {
  await store.close();
});

describe('Cypher console API', () => {
  it('should run the person–organization query and return rows and a graph', async () => {
    const response = await post({ query: 'MATCH (p:Person)-[r:CO_MENTIONED]-(o:Organization) RETURN p, r, o LIMIT 25' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as CypherResult;
    expect(body.columns).toEqual(['p', 'r', 'o']);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThanOrEqual(25);
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    expect(body.graph.relationships.length).toBeGreaterThan(0);
    for (const r of body.graph.relationships) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
  });

  it('should take parameters', async () => {
    const response = await post({ query: 'MATCH (e:Entity {name: $name}) RETURN e.id AS id', params: { name: '马斯克' } });
    expect(((await response.json()) as CypherResult).rows).toEqual([{ id: 'person:马斯克' }]);
  });

  it.each([
    ['CREATE (n:X) RETURN n'],
    ['MATCH (n:Entity) DETACH DELETE n'],
    ["MATCH (e:Entity {name: '马斯克'}) SET e.name = 'x'"],
    ['LOAD CSV FROM "file:///etc/passwd" AS l RETURN l'],
  ])('should refuse %s with 403 and change nothing', async (query) => {
    const before = await countNodes(store);
    const response = await post({ query });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/refused/);
    expect(await countNodes(store)).toBe(before);
  });

  it('should answer bad Cypher with 400 and a missing body with 400', async () => {
    expect((await post({ query: 'MATCH (n RETURN n' })).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post({})).status).toBe(400);
  });

  it('should offer the analyst cookbook as examples, and neither the statements the system runs for itself nor a write', async () => {
    const response = await createApp({ store }).request('/api/cypher/examples');
    const { examples } = (await response.json()) as { examples: CypherExample[] };
    const names = examples.map((e) => e.name);
    expect(names).toContain('roles-holders');
    expect(names).not.toContain('entities-top');
    expect(names).not.toContain('job-lease-get');
    expect(names).not.toContain('article-upsert');
    expect(names).not.toContain('clear-all');
  });
});
