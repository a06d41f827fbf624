import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { cypher, listCypherFiles, splitStatements } from '../../../ingest/store/cypher-registry.ts';
import { FIXTURE_CYPHER_DIR } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

// Schema files hold several statements (split as ingest/store/schema.ts splits them); every other file
// is one statement, explained whole. EXPLAIN plans without running, so nothing is written. The
// statements only tests run (test/fixtures/cypher/) are explained too.
let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

const FOLDERS = [
  { label: 'cypher', dir: undefined },
  { label: 'test/fixtures/cypher', dir: FIXTURE_CYPHER_DIR },
];

describe('every cypher/*.cypher and test/fixtures/cypher/*.cypher file', () => {
  for (const { label, dir, name } of FOLDERS.flatMap((f) => listCypherFiles(f.dir).map((name) => ({ ...f, name })))) {
    it(`should compile ${label}/${name}.cypher with EXPLAIN`, async () => {
      const statements = name.endsWith('schema') ? splitStatements(cypher(name, dir)) : [cypher(name, dir)];
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
