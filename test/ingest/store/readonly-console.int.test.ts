import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { ConsoleQueryError } from '../../../ingest/store/console/errors.ts';
import { ReadOnlyConsole } from '../../../ingest/store/console/readonly-console.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { seed } from '../extract/seed-fixture.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

let store: Store;
let before: string[];
let console: ReadOnlyConsole;
beforeAll(async () => {
  store = openTestStore();
  console = new ReadOnlyConsole(store.target);
  await resetDatabase(store);
  await writeArticles(
    store,
    seed().extractions.map((article) => ({ article })),
  );
  before = await dumpGraph(store);
});
afterAll(async () => {
  await store.close();
});

async function refusal(query: string, options: { timeoutMs?: number; params?: Record<string, unknown> } = {}): Promise<ConsoleQueryError> {
  try {
    await console.run({ query, ...options });
  } catch (err) {
    expect(err).toBeInstanceOf(ConsoleQueryError);
    expect((err as Error).message).toMatch(/^store\/console\/[a-z-]+: /);
    return err as ConsoleQueryError;
  }
  throw new Error(`expected "${query}" to be refused`);
}

describe('read-only console', () => {
  it('should return rows, columns and the nodes and relationships of a path as one graph', async () => {
    const result = await console.run({
      query: 'MATCH p = (a:Person {name: $name})-[:CO_MENTIONED]-(b) RETURN p, b.name AS other LIMIT 5',
      params: { name: '马斯克' },
    });
    expect(result.columns).toEqual(['p', 'other']);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.truncated).toBe(false);
    expect(result.graph.nodes.some((n) => n.properties.name === '马斯克')).toBe(true);
    expect(result.graph.relationships.every((r) => r.type === 'CO_MENTIONED')).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/"low":/);
  });

  it.each([
    ['CREATE', "CREATE (:Person {id: 'person:x', name: 'x'})", /writes/],
    ['MERGE', "MERGE (n:Person {id: 'person:马斯克'}) RETURN n", /writes/],
    ['SET', "MATCH (n:Person {name: '马斯克'}) SET n.name = 'y'", /writes/],
    ['DELETE', 'MATCH (n) DETACH DELETE n', /writes/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['CALL dbms.security.createUser', "CALL dbms.security.createUser('eve', 'secret12345', false)", /dbms/],
    ['a schema command', 'CREATE INDEX evil IF NOT EXISTS FOR (n:Person) ON (n.evil)', /schema|administrative/],
    ['USE', 'USE system SHOW USERS', /USE/],
    ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', /one statement/],
    ['CALL … IN TRANSACTIONS', 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS', /IN TRANSACTIONS/],
  ])('should refuse %s and leave the database unchanged', async (_what, query, message) => {
    const err = await refusal(query);
    expect(err.kind).toBe('refused');
    expect(err.message).toMatch(message);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should stop a query that runs longer than the timeout with a clear message', async () => {
    const err = await refusal('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)', { timeoutMs: 300 });
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/timed out after 0\.3 s/);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should cut a million-row query off at the row cap and say so', async () => {
    const result = await console.run({ query: 'UNWIND range(1, 1000000) AS x RETURN x', rowCap: 1000 });
    expect(result.rows).toHaveLength(1000);
    expect(result.truncated).toBe(true);
    expect(result.truncation).toMatch(/cut at 1000 rows/);
    expect(result.rows[999]).toEqual({ x: 1000 });
  });

  it('should report a syntax error as invalid, naming what to fix', async () => {
    const err = await refusal('MATCH (n RETURN n');
    expect(err.kind).toBe('invalid');
    expect(err.message).toMatch(/fix the Cypher/);
  });

  it('should not refuse a keyword that only appears inside a string', async () => {
    const result = await console.run({ query: "RETURN 'LOAD CSV; CREATE' AS text" });
    expect(result.rows).toEqual([{ text: 'LOAD CSV; CREATE' }]);
  });
});
