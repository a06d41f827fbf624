// Applies cypher/job-schema.cypher (constraints for runs, leases, failures and feed state) once per
// process and store. Kept apart from the store's schema so the jobs module owns what it relies on.
import { cypher, splitStatements } from '../store/cypher-registry.ts';
import type { Store } from '../store/client.ts';

const applied = new WeakSet<Store>();

export async function applyJobSchema(store: Store): Promise<void> {
  if (applied.has(store)) return;
  for (const statement of splitStatements(cypher('job-schema'))) {
    await store.writeTx((tx) => tx.run(statement));
  }
  await store.read('schema-await-indexes', { seconds: 120 });
  applied.add(store);
}
