// Statements only tests run (test/fixtures/cypher/*.cypher), kept out of the production `cypher/`
// folder but loaded by the same registry, and run read-only the way the store runs its own.
import neo4j from 'neo4j-driver';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row, Store } from '../../ingest/store/client.ts';
import { cypher } from '../../ingest/store/cypher-registry.ts';
import { recordToPlain } from '../../ingest/store/plain.ts';

export const FIXTURE_CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'cypher');

/** Runs `test/fixtures/cypher/<name>.cypher` in a read transaction and returns plain rows. */
export async function readFixture(store: Store, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher(name, FIXTURE_CYPHER_DIR), params)).records.map(recordToPlain));
  } finally {
    await session.close();
  }
}
