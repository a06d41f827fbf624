// The neighbourhood of one or more entities, one or two co-mention rings deep, for "expand" in the
// explorer. Each hub keeps only its $hubCap strongest neighbours and reports how many it hid, so a
// click on 中国 never pulls thousands of nodes into the browser. One statement (cypher/neighbourhood.cypher)
// does the rings and the edges, so a click costs one round trip.
import neo4j from 'neo4j-driver';
import type { Store } from '../client.ts';
import type { GraphEdge, GraphNode } from './graph-overview.ts';
import { relationsAmong, type TypedGraphEdge } from './relations.ts';
import { intOption, numberOption, QueryOptionsError, typesOption, windowEnd, windowOption, windowStart } from './options.ts';

const MODULE = 'store/queries/neighbourhood';

export interface NeighbourhoodOptions {
  ids: string[];
  depth?: 1 | 2;
  types?: string[];
  minWeight?: number;
  from?: string;
  to?: string;
  hubCap?: number;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: (GraphEdge | TypedGraphEdge)[];
  truncated: { id: string; hidden: number }[];
  /**
   * When some co-mentions between two dense entities of the view were not read (neighbourhood.cypher):
   * every co-mention among the nodes left out weighs at most this.
   */
  maxWeightNotShown?: number;
  /** Typed edges among the nodes left out as stated by fewer articles than those sent (relations-among.cypher). */
  typedEdgesNotShown?: number;
}

export const DEFAULT_NEIGHBOURHOOD_OPTIONS = { depth: 1 as 1 | 2, minWeight: 1, hubCap: 50 };

export async function neighbourhood(store: Store, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  const o = { ...DEFAULT_NEIGHBOURHOOD_OPTIONS, ...options };
  if (!Array.isArray(o.ids) || o.ids.length === 0 || o.ids.length > 100) {
    throw new QueryOptionsError(`${MODULE}: ids must list 1 to 100 entity ids, got ${Array.isArray(o.ids) ? o.ids.length : typeof o.ids}`);
  }
  if (o.depth !== 1 && o.depth !== 2) throw new QueryOptionsError(`${MODULE}: depth must be 1 or 2, got ${String(o.depth)}`);
  const { from, to } = windowOption(MODULE, o.from, o.to);
  const filters = {
    minWeight: numberOption(MODULE, 'minWeight', o.minWeight, 0),
    types: typesOption(MODULE, o.types),
    from: from === null ? null : windowStart(from),
    to: to === null ? null : windowEnd(to),
  };
  const hubCap = intOption(MODULE, 'hubCap', o.hubCap, 1, 10_000);

  const [row] = await store.read('neighbourhood', { ...filters, ids: o.ids, depth: neo4j.int(o.depth), hubCap });
  const nodes = (row?.nodes ?? []) as unknown as GraphNode[];
  // Typed edges among the nodes reached: the rings are co-mention rings, as before.
  const typed = await relationsAmong(
    store,
    nodes.map((n) => n.id),
    { from, to },
  );
  return {
    nodes,
    edges: [...((row?.edges ?? []) as unknown as GraphEdge[]), ...typed.edges],
    ...(row?.maxWeightNotShown === null || row?.maxWeightNotShown === undefined ? {} : { maxWeightNotShown: Number(row.maxWeightNotShown) }),
    ...(typed.notShown > 0 ? { typedEdgesNotShown: typed.notShown } : {}),
    truncated: ((row?.truncated ?? []) as { id: string; hidden: number }[]).map(({ id, hidden }) => ({ id, hidden })),
  };
}
