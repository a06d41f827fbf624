// A full dump of the database for exactness tests: every node with its labels and properties and
// every relationship with its end ids and properties, as sorted JSON lines. Wall-clock properties
// (ingestedAt, appliedAt) are left out, since two runs never share a clock.
import type { Store } from '../../../ingest/store/client.ts';
import { toPlain } from '../../../ingest/store/plain.ts';

const CLOCK = new Set(['ingestedAt', 'appliedAt']);

function props(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(p).sort()) if (!CLOCK.has(k)) out[k] = toPlain(p[k]);
  return out;
}

export async function dumpGraph(store: Store): Promise<string[]> {
  const s = store.driver.session();
  try {
    const nodes = await s.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
    const rels = await s.run('MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.name) AS a, type(r) AS type, coalesce(b.id, b.name) AS b, properties(r) AS p');
    return [
      ...nodes.records.map((r) => JSON.stringify(['node', [...(r.get('labels') as string[])].sort(), props(r.get('p') as Record<string, unknown>)])),
      ...rels.records.map((r) => JSON.stringify(['rel', r.get('a'), r.get('type'), r.get('b'), props(r.get('p') as Record<string, unknown>)])),
    ].sort();
  } finally {
    await s.close();
  }
}
