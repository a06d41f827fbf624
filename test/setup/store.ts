// Per-file access to the shared test database: a store on the injected URI, cleared before the
// file's tests so files never see each other's data. Only the integration and browser projects
// have that database (vitest.config.ts); a unit test that reaches for it is told how to move.
import { inject } from 'vitest';
import { openStore, type Store } from '../../ingest/store/client.ts';
import { applySchema } from '../../ingest/store/schema.ts';

export function testNeo4jUri(): string {
  const uri = inject('neo4jUri');
  if (!uri) {
    throw new Error(
      `test/setup/store: this file uses the test Neo4j but runs in the ${inject('testProject') ?? 'unit'} project, which has none; ` +
        'name it *.int.test.ts (or *.browser.test.ts for Chromium) so it runs in the integration (or browser) project, ' +
        "and leave it out of vitest.config.ts's OWN_JVM list",
    );
  }
  return uri;
}

export function openTestStore(): Store {
  return openStore({ uri: testNeo4jUri(), neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
}

/** Empties the database and applies the schema: the state a fresh install starts from. */
export async function resetDatabase(store: Store): Promise<void> {
  await store.autoCommit('clear-all');
  await applySchema(store);
}
