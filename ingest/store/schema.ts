// Applies cypher/schema.cypher at start-up. Every statement is idempotent; the SchemaVersion node
// records which schema version the database carries. A database written before the per-date
// tallies existed is tallied once here (date-tallies.ts), and its co-mentions get their pair keys.
import { cypher, splitStatements } from './cypher-registry.ts';
import { ensureDateTallies } from './date-tallies.ts';
import { runNamed, type Store } from './client.ts';

/** Bump when schema.cypher changes in a way older databases must learn about. */
export const SCHEMA_VERSION = 7;

export async function applySchema(store: Store): Promise<{ statements: number; version: number }> {
  const statements = [...splitStatements(cypher('schema')), ...splitStatements(cypher('curation-schema'))];
  // Schema commands cannot share a transaction with data writes, so each runs in its own.
  for (const statement of statements) {
    await store.writeTx((tx) => tx.run(statement, { version: SCHEMA_VERSION }));
  }
  await store.read('schema-await-indexes', { seconds: 120 });
  await ensureDateTallies(store);
  await store.autoCommit('comentions-keys', {});
  await store.writeTx((tx) => runNamed(tx, 'comentions-keys-done', {}));
  return { statements: statements.length, version: SCHEMA_VERSION };
}
