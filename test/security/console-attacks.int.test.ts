// Attacks on the read-only Cypher console, each as a caller on loopback would send it to the real
// server over HTTP, against the real Neo4j. After every attack the database must be unchanged and no
// response may hold a file's content, a loopback URL's content or the server's API_TOKEN.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { dumpGraph } from '../ingest/store/dump.ts';
import { openTestStore } from '../setup/store.ts';
import { seedExplorerData } from '../web/fixtures/explorer-data.ts';
import { postCypher, startLiveServer, type LiveServer } from './live-server.ts';

let store: Store;
let server: LiveServer;
let before: string[];
let secretSite: Server;
let secretPort: number;
let secretHits = 0;
const SECRET = 'loopback-secret-7f3a';

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
  before = await dumpGraph(store);
  server = await startLiveServer(store);
  secretSite = createServer((_req, res) => {
    secretHits++;
    res.end(`${SECRET},x\n`);
  });
  await new Promise<void>((resolve) => secretSite.listen(0, '127.0.0.1', resolve));
  secretPort = (secretSite.address() as AddressInfo).port;
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => secretSite.close(() => resolve()));
  await store.close();
});

/** Sends the attack and checks what must hold for every one of them. */
async function attack(query: string, params: Record<string, unknown> = {}): Promise<{ status: number; error: string }> {
  const response = await postCypher(server, query, params);
  expect(response.text).not.toContain(server.token);
  expect(response.text).not.toContain(SECRET);
  expect(response.text).not.toMatch(/root:x:0:0|PATH=|JAVA_HOME/);
  expect(await dumpGraph(store)).toEqual(before);
  return { status: response.status, error: response.json().error ?? '' };
}

describe('the console against file reads', () => {
  it.each([
    ['a // inside a string that hid the rest of the line', "WITH '//' AS s LOAD CSV FROM 'file:///proc/self/environ' AS l FIELDTERMINATOR '\\u0000' RETURN l"],
    ['U+001C between LOAD and CSV', "LOAD\u001cCSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ['U+001F between LOAD and CSV', "LOAD\u001fCSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ['a comment between LOAD and CSV', "LOAD/* x */CSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ['a plain LOAD CSV of the environment', "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l"],
    ['a relative file URL', "LOAD CSV FROM 'file:../../../../proc/self/environ' AS l RETURN l"],
    ['LOAD CSV inside a subquery', "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l"],
    ['a parameterised URL', 'LOAD CSV FROM $u AS l RETURN l'],
  ])('should refuse %s and return no file content', async (_what, query) => {
    const { status, error } = await attack(query, { u: 'file:///etc/passwd' });
    expect(status).toBe(403);
    expect(error).toMatch(/refused/);
  });
});

describe('the console against requests to other servers (SSRF)', () => {
  it.each([
    ['127.0.0.1', (p: number) => `http://127.0.0.1:${p}/`],
    ['localhost', (p: number) => `http://localhost:${p}/`],
    ['a decimal IP', (p: number) => `http://2130706433:${p}/`],
    ['IPv6 loopback', (p: number) => `http://[::1]:${p}/`],
  ])('should not fetch a loopback URL given as %s', async (_what, url) => {
    const { status } = await attack(`WITH 1 AS x LOAD CSV FROM '${url(secretPort)}' AS l RETURN l`);
    expect(status).toBe(403);
    expect(secretHits).toBe(0);
  });

  it('should answer an open port and a closed port the same way', async () => {
    const open = await attack(`LOAD CSV FROM 'http://127.0.0.1:${secretPort}/' AS l RETURN l`);
    const closed = await attack("LOAD CSV FROM 'http://127.0.0.1:1/' AS l RETURN l");
    expect([open.status, open.error.replace(/\d+/g, 'N')]).toEqual([closed.status, closed.error.replace(/\d+/g, 'N')]);
    expect(secretHits).toBe(0);
  });
});

describe('the console against other sessions and the server', () => {
  it("should neither list nor terminate another session's running write", async () => {
    const session = store.driver.session({ database: store.database });
    const tx = session.beginTransaction();
    try {
      await tx.run("MERGE (m:SecurityProbe {id: 'probe'}) SET m.at = 1");
      const admin = store.driver.session({ database: store.database });
      const shown = await admin.run('SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId');
      await admin.close();
      const ids = shown.records.map((r) => String(r.get('transactionId')));
      expect(ids.length).toBeGreaterThan(0);
      for (const query of [
        'SHOW TRANSACTIONS',
        'SHOW\u001cTRANSACTIONS',
        'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN *',
        ...ids.map((id) => `TERMINATE TRANSACTIONS '${id}'`),
        `TERMINATE\u001fTRANSACTIONS '${ids[0]}'`,
        'SHOW TRANSACTIONS YIELD * TERMINATE TRANSACTIONS transactionId',
      ]) {
        const response = await postCypher(server, query);
        expect(response.status, query).toBe(403);
      }
      await tx.commit();
    } finally {
      await session.close();
    }
    const check = store.driver.session({ database: store.database });
    try {
      expect((await check.run("MATCH (m:SecurityProbe {id: 'probe'}) DETACH DELETE m RETURN count(*) AS n")).records[0]!.get('n').toNumber()).toBe(1);
    } finally {
      await check.close();
    }
  });

  it.each([
    ['SHOW SETTINGS', 'SHOW SETTINGS'],
    ['SHOW SETTINGS with YIELD', "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'directories' RETURN name, value"],
    ['SHOW DATABASES', 'SHOW DATABASES'],
    ['SHOW USERS', 'SHOW USERS'],
    ['USE system', 'USE system SHOW USERS'],
    ['USE after whitespace U+001E', '\u001eUSE system MATCH (n) RETURN n'],
    ['USE inside a subquery', 'CALL {USE system SHOW USERS YIELD user RETURN user} RETURN user'],
    ['USE after a parenthesis', 'CALL (){USE system SHOW DATABASES YIELD name RETURN name} RETURN name'],
    ['CALL dbms.components', 'CALL dbms.components()'],
    ['a backticked dbms procedure', 'CALL `dbms`.`listConfig`()'],
    ['dbms.listConfig', "CALL dbms.listConfig('dbms.directories')"],
    ['db.awaitIndexes', 'CALL db.awaitIndexes(1)'],
    ['db.createLabel', "CALL db.createLabel('Evil')"],
  ])('should refuse %s', async (_what, query) => {
    const { status, error } = await attack(query);
    expect(status).toBe(403);
    expect(error).toMatch(/refused/);
  });
});

describe('the console against writes', () => {
  it.each([
    "CREATE (:Person {id: 'person:x', name: 'x'})",
    "MERGE (n:Person {id: 'person:马斯克'}) RETURN n",
    "MATCH (n:Person {name: '马斯克'}) SET n.name = 'y'",
    'MATCH (n:Person) REMOVE n:Person',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n) FOREACH (x IN [1] | SET n.evil = x)',
    'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS',
    'CALL { CREATE (x:Evil) RETURN x } RETURN x',
    'CREATE INDEX evil IF NOT EXISTS FOR (n:Person) ON (n.evil)',
    'DROP INDEX entity_names IF EXISTS',
    'CREATE CONSTRAINT evil IF NOT EXISTS FOR (n:Evil) REQUIRE n.id IS UNIQUE',
    'CREATE DATABASE evil',
    "CREATE USER eve SET PASSWORD 'secret12345'",
    "ALTER USER neo4j SET PASSWORD 'changed12345'",
    'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n',
    'MATCH (n) RETURN n;\u001cMATCH (n) DETACH DELETE n',
    "WITH '//' AS s CREATE (:Evil)",
  ])('should refuse %s and leave the database unchanged', async (query) => {
    const { status } = await attack(query);
    expect(status).toBe(403);
  });
});

describe('the console against planning bombs and huge results', () => {
  it('should refuse a 9,900-term expression before planning it, saying why', async () => {
    const { status, error } = await attack(`RETURN ${Array.from({ length: 9900 }, () => '1').join('+')} AS x`);
    expect(status).toBe(413);
    expect(error).toMatch(/tokens/);
  });

  it('should refuse a list nested 5,000 deep as too deeply nested', async () => {
    const { status, error } = await attack(`RETURN ${'['.repeat(5000)}${']'.repeat(5000)} AS x`);
    expect(status).toBe(413);
    expect(error).toMatch(/too deeply nested/);
  });

  it.each([5_000, 100_000])('should refuse parameters nested %i deep as too deeply nested, leaving Neo4j up', async (depth) => {
    const body = `{"query": "RETURN $p AS p", "params": {"p": ${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const response = await server.send('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(response.json().error).toMatch(/too deeply nested/);
    expect((await postCypher(server, 'RETURN 1 AS one')).status).toBe(200);
  });

  it('should refuse 100,000-deep nesting as too long, not hang', async () => {
    const { status } = await attack(`RETURN ${'['.repeat(100_000)}${']'.repeat(100_000)} AS x`);
    expect(status).toBe(413);
  });

  it('should stop a ten-million-element list at the byte cap and say so', async () => {
    const response = await postCypher(server, 'RETURN range(1, 10000000) AS x');
    expect(response.status).toBe(413);
    expect(response.json().error).toMatch(/result over 10 MB/);
    expect(response.text.length).toBeLessThan(10_000);
  });

  it('should stop a string doubled 25 times (268 MB) at the byte cap or the time bound, never sending it', async () => {
    const response = await postCypher(server, "RETURN reduce(s = 'xxxxxxxx', i IN range(1, 25) | s + s) AS x");
    expect([413, 408]).toContain(response.status);
    expect(response.json().error).toMatch(/result over 10 MB|timed out after/);
    expect(response.text.length).toBeLessThan(10_000);
  });

  it('should return the rows that fit under the byte cap and say where it cut', async () => {
    const response = await postCypher(server, "UNWIND range(1, 5000) AS i RETURN i, reduce(s = 'xxxxxxxx', k IN range(1, 12) | s + s) AS x");
    expect(response.status).toBe(200);
    const body = response.json<{ rows: unknown[]; truncated: boolean; truncation: string }>();
    expect(body.truncated).toBe(true);
    expect(body.truncation).toMatch(/over 10 MB/);
    expect(body.rows.length).toBeGreaterThan(100);
    expect(response.text.length).toBeLessThan(12 * 1024 * 1024);
  });

  it('should stop a query that runs past its time and say how long it had', async () => {
    const response = await postCypher(server, 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)');
    expect(response.status).toBe(408);
    expect(response.json().error).toMatch(/timed out after 5\.0 s/);
  });
});
