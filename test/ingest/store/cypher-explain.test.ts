import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { cypher, listCypherFiles, splitStatements } from '../../../ingest/store/cypher-registry.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

// Statements that cannot be EXPLAINed inside a transaction function (schema commands, CALL … IN
// TRANSACTIONS) are explained in an auto-commit transaction, as they are run.
let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

describe('every cypher/*.cypher file', () => {
  for (const name of listCypherFiles()) {
    it(`should compile cypher/${name}.cypher with EXPLAIN`, async () => {
      const statements = name === 'schema' ? splitStatements(cypher(name)) : [cypher(name)];
      const session = store.driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const statement of statements) {
          const summary = (await session.run(`EXPLAIN ${statement}`)).summary;
          expect(summary.plan).toBeTruthy();
        }
      } finally {
        await session.close();
      }
    });
  }
});
