import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { CypherExample, CypherResult } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { exampleTitle } from '../../../web/server/routes/cypher.ts';
import { openTestStore } from '../../setup/store.ts';
import { seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;
let examples: CypherExample[];
const app = () => createApp({ store });

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  examples = ((await (await app().request('/api/cypher/examples')).json()) as { examples: CypherExample[] }).examples;
});
afterAll(async () => {
  await store.close();
});

async function run(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const response = await app().request('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as CypherResult;
}

describe('the console cookbook', () => {
  it('should offer at least ten analyst questions, each titled in Chinese and English and commented', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const ex of examples) {
      expect(ex.title, ex.name).toMatch(/\p{Script=Han}.*[A-Za-z]/u);
      expect(ex.query.split('\n').filter((l) => l.startsWith('//')).length, ex.name).toBeGreaterThanOrEqual(2);
    }
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining(['analyst-top-comentions', 'analyst-paths-length-2', 'analyst-new-entities', 'roles-holders', 'visits-to-place']),
    );
  });

  it('should answer every question with rows on the sample, run with the parameters its comment gives', async () => {
    const empty: string[] = [];
    for (const ex of examples.filter((e) => !['roles-holders'].includes(e.name))) {
      const result = await run(ex.query, ex.params ?? {});
      if (result.rows.length === 0) empty.push(ex.name);
    }
    expect(empty).toEqual([]);
  });

  it('should draw the paths of length 2 between 马斯克 and 布林肯 as nodes and relationships', async () => {
    const ex = examples.find((e) => e.name === 'analyst-paths-length-2')!;
    const result = await run(ex.query, ex.params ?? {});
    expect(result.graph.nodes.some((n) => n.properties.name === '马斯克')).toBe(true);
    expect(result.graph.relationships.length).toBeGreaterThanOrEqual(2);
  });

  it('should read the question from the first line only', () => {
    expect(exampleTitle('// Analyst example: 谁会见了谁 Who met whom — every meeting\nMATCH (n) RETURN n')).toBe('谁会见了谁 Who met whom');
    expect(exampleTitle('// Adds rows\n// Analyst example: no\nMATCH (n) RETURN n')).toBeNull();
  });
});
