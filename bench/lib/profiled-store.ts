// A store whose reads run under PROFILE and add up the database hits of their plans: how much work a
// query does, a figure the machine's load does not change (wall-clock latency on a shared machine
// mostly measures the other jobs). Each named statement is the registry's, prefixed with PROFILE.
import neo4j from 'neo4j-driver';
import { recordToPlain } from '../../ingest/store/plain.ts';
import { cypher } from '../../ingest/store/cypher-registry.ts';
import type { Row, Store } from '../../ingest/store/client.ts';

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

const hitsOf = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + hitsOf(c), 0);

/** `store` with profiled reads; `take()` returns the hits since the last take. */
export function profiledStore(store: Store): { store: Store; take(): number } {
  let hits = 0;
  const read = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher(name)}`, params));
      if (result.summary.profile) hits += hitsOf(result.summary.profile as unknown as PlanNode);
      return result.records.map(recordToPlain);
    } finally {
      await session.close();
    }
  };
  return {
    store: { ...store, read },
    take() {
      const h = hits;
      hits = 0;
      return h;
    },
  };
}
