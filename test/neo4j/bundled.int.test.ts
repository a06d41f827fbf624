// How `kg` finds the bundled Neo4j a running `npm start` advertises: $DATA_DIR/neo4j/bolt-uri, used
// when a Neo4j answers there (here the shared test database stands in for npm start's), ignored when
// it is stale. Closing a connection to a reused Neo4j leaves it running.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../ingest/config.ts';
import { connectForCommand } from '../../ingest/neo4j-connection.ts';
import { serverInfo } from '../../ingest/store/client.ts';
import { boltUriFile, findAdvertisedNeo4j } from '../../neo4j/bundled.ts';
import { openTestStore, testNeo4jUri } from '../setup/store.ts';

const dirs: string[] = [];
const dataRoot = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bundled-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'neo4j'));
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('finding the bundled Neo4j another process runs', () => {
  it('should connect kg to the Neo4j advertised in $DATA_DIR/neo4j/bolt-uri and leave it running on close', async () => {
    const root = dataRoot();
    writeFileSync(boltUriFile(join(root, 'neo4j')), testNeo4jUri());
    const logs: string[] = [];
    const connection = await connectForCommand(loadConfig({ DATA_DIR: root }, root), (l) => logs.push(l));
    expect(connection.uri).toBe(testNeo4jUri());
    expect(logs).toEqual([`using the local Neo4j already running at ${testNeo4jUri()}`]);
    await serverInfo(connection.store);
    await connection.close();
    const other = openTestStore();
    await expect(serverInfo(other)).resolves.toMatchObject({ edition: 'community' });
    await other.close();
  });

  it('should ignore a bolt-uri that nothing answers at (left by a killed process)', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    const dir = join(dataRoot(), 'neo4j');
    writeFileSync(boltUriFile(dir), `bolt://127.0.0.1:${port}`);
    expect(await findAdvertisedNeo4j(dir)).toBeUndefined();
  });
});
