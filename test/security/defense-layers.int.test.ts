// Each of the console's layers holds on its own, so one mistake is not a breach: the plan check
// refuses what the text filter would have caught, and the bundled Neo4j refuses file and URL access
// even to a query that reaches it directly. The plan check must also admit the reads analysts write.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { ConsoleQueryError } from '../../ingest/store/console/errors.ts';
import { admitPlan } from '../../ingest/store/console/plan-check.ts';
import { openTestStore, resetDatabase } from '../setup/store.ts';

let store: Store;
let site: Server;
let sitePort: number;
let siteHits = 0;

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  site = createServer((_req, res) => {
    siteHits++;
    res.end('secret\n');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = (site.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => site.close(() => resolve()));
  await store.close();
});

async function explain(query: string) {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(`EXPLAIN ${query}`)).summary;
  } finally {
    await session.close();
  }
}

async function direct(query: string): Promise<string> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run(query);
    return 'ran';
  } catch (err) {
    return (err as Error).message;
  } finally {
    await session.close();
  }
}

describe('the plan check alone (text filter bypassed)', () => {
  it.each([
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LoadCSV/],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /ShowTransactions/],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TerminateTransactions/],
    ['SHOW SETTINGS', 'SHOW SETTINGS', /ShowSettings/],
    ['SHOW DATABASES', 'SHOW DATABASES', /./],
    ['CALL dbms.components', 'CALL dbms.components()', /query type "s"/],
    ['db.createLabel', "CALL db.createLabel('X')", /./],
    ['db.awaitIndexes', 'CALL db.awaitIndexes(1)', /db.awaitIndexes/],
    ['CREATE', 'CREATE (n:X)', /writes/],
    ['a schema command', 'CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)', /schema|administrative/],
  ])('should refuse %s from its EXPLAIN plan', async (_what, query, reason) => {
    const summary = await explain(query);
    let error: unknown;
    try {
      admitPlan(summary);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConsoleQueryError);
    expect((error as ConsoleQueryError).kind).toBe('refused');
    expect((error as Error).message).toMatch(reason);
  });

  it.each([
    'MATCH (p:Person)-[r:CO_MENTIONED]-(o:Organization) RETURN p, r, o ORDER BY r.weight DESC LIMIT 25',
    'MATCH (e:Entity) WHERE e.name STARTS WITH $p RETURN e.name, e.mentionCount SKIP 10 LIMIT 10',
    'OPTIONAL MATCH (a:Article) RETURN count(a) AS n',
    'MATCH (a:Entity), (b:Entity) WHERE a <> b WITH a, b LIMIT 1 MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p',
    'MATCH p = SHORTEST 1 (a:Entity)-[:CO_MENTIONED]-+(b:Entity) RETURN p LIMIT 1',
    'MATCH (a:Entity)((x)-[:CO_MENTIONED]-(y)){1,3}(b:Entity) RETURN a, b LIMIT 5',
    'MATCH (e:Entity) WHERE EXISTS { (e)<-[:MENTIONS]-(:Sentence) } RETURN e LIMIT 5',
    'MATCH (e:Entity) RETURN e.name, COUNT { (e)--() } AS degree ORDER BY degree DESC LIMIT 5',
    'MATCH (e:Person) RETURN e.name AS name UNION MATCH (e:Place) RETURN e.name AS name',
    'MATCH (e:Entity) WITH e.type AS t, collect(e.name)[..5] AS names RETURN t, names',
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e',
    "CALL db.index.fulltext.queryNodes('entity_names', '马斯克') YIELD node, score RETURN node.name, score",
    'CALL db.labels() YIELD label RETURN label',
    'CALL { MATCH (a:Article) RETURN a ORDER BY a.publishedAt DESC LIMIT 3 } RETURN a.title',
    'SHOW INDEXES',
    'MATCH (n) RETURN labels(n) AS l, count(*) AS c ORDER BY c DESC',
  ])('should admit the read %s', async (query) => {
    const summary = await explain(query);
    expect(() => admitPlan(summary)).not.toThrow();
  });
});

describe('the bundled Neo4j alone (every app layer bypassed)', () => {
  it('should refuse LOAD CSV of a local file', async () => {
    const message = await direct("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");
    expect(message).toMatch(/allow_csv_import_from_file_urls/);
  });

  it('should refuse to fetch a loopback URL, leaving the server untouched', async () => {
    const message = await direct(`LOAD CSV FROM 'http://127.0.0.1:${sitePort}/' AS l RETURN l`);
    expect(message).toMatch(/blocked/);
    expect(siteHits).toBe(0);
  });

  it('should stop a transaction that tries to hold more than its memory limit', async () => {
    const message = await direct('UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n');
    expect(message).toMatch(/db\.memory\.transaction\.max/);
  });
});
