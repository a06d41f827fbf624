// Per-file access to the shared test database: a store on the injected URI, cleared before the
// file's tests so files never see each other's data.
import { inject } from 'vitest';
import { openStore, type Store } from '../../ingest/store/client.ts';
import { applySchema } from '../../ingest/store/schema.ts';

export function testNeo4jUri(): string {
  return inject('neo4jUri');
}

export function openTestStore(): Store {
  return openStore({ uri: testNeo4jUri(), neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
}

/** Empties the database and applies the schema: the state a fresh install starts from. */
export async function resetDatabase(store: Store): Promise<void> {
  await store.autoCommit('clear-all');
  await applySchema(store);
}
