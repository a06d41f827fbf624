// The strongest co-mentions among a set of entities (the home view's edges, over all time or in a
// window): comentions-among.cypher, which walks the weight index instead of expanding hubs when that
// reads less.
import neo4j from 'neo4j-driver';
import type { Store } from '../client.ts';
import type { GraphEdge } from './graph-overview.ts';
import { byCodeUnits, windowEnd, windowStart } from './options.ts';

export interface ComentionsAmongOptions {
  minWeight: number;
  edgeLimit: number;
  from?: string | null;
  to?: string | null;
  /**
   * Walk the weight index when expanding the entities would read more co-mentions than this (and
   * read at most this many entries); ten times `edgeLimit` unless given.
   */
  walkAbove?: number;
}

export interface ComentionsAmong {
  edges: GraphEdge[];
  /** How many co-mentions among the entities were left out as weaker than `edges`; null when not counted. */
  edgesNotShown: number | null;
  /** When the left-out were not counted: every one weighs at most this. */
  maxWeightNotShown: number | null;
}

export async function comentionsAmong(store: Store, ids: readonly string[], options: ComentionsAmongOptions): Promise<ComentionsAmong> {
  if (ids.length === 0) return { edges: [], edgesNotShown: 0, maxWeightNotShown: null };
  const [row] = await store.read('comentions-among', {
    ids: [...ids],
    minWeight: options.minWeight,
    edgeLimit: neo4j.int(options.edgeLimit),
    walkAbove: neo4j.int(options.walkAbove ?? 10 * options.edgeLimit),
    from: options.from ? windowStart(options.from) : null,
    to: options.to ? windowEnd(options.to) : null,
  });
  if (!row) return { edges: [], edgesNotShown: 0, maxWeightNotShown: null };
  const edges = (row.edges as unknown as GraphEdge[]).sort((a, b) => byCodeUnits(a.source, b.source) || byCodeUnits(a.target, b.target));
  return {
    edges,
    edgesNotShown: row.edgesNotShown === null ? null : Number(row.edgesNotShown),
    maxWeightNotShown: row.maxWeightNotShown === null ? null : Number(row.maxWeightNotShown),
  };
}
