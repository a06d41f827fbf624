// The home view's graph: top entities by mentions, the strongest co-mentions among them and their
// typed edges; and the co-mentions among any set of nodes a view draws (comentionsAmong).
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { relationsAmong, type TypedGraphEdge } from './relations.ts';
import { windowEnd, windowStart } from './options.ts';

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  mentionCount: number;
  aliases: string[];
  /** Calibrated confidence in [0, 1], the best of its articles'; null for entities stored before confidence existed. */
  confidence: number | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  articleCount: number;
  /** The best article's product of both ends' confidence; null when unknown. */
  confidence: number | null;
}

export interface GraphView {
  nodes: GraphNode[];
  /** Co-mention edges (no type), then the typed edges among the same nodes (queries/relations.ts). */
  edges: (GraphEdge | TypedGraphEdge)[];
  /** Co-mentions among the nodes left out as weaker than the `edgeLimit` strongest (the overview only). */
  edgesNotShown?: number;
}

export const DEFAULT_GRAPH_OVERVIEW_OPTIONS = { limit: 300, minWeight: 1, edgeLimit: 3000 };
/** The most co-mentions a home view may be asked for (`edgeLimit`). */
export const MAX_EDGE_LIMIT = 100_000;
/** Every co-mention among a view's nodes (a neighbourhood, a window): more pairs than 20,000 nodes make is never asked. */
const MAX_EDGES_AMONG = 2 ** 31 - 1;
/**
 * What one pair sought by key (comentions-among.cypher) costs, in co-mentions expanded: on a
 * 3,000-article store, 1,275 seeks took ~220 ms and expanding 18,280 co-mentions ~60 ms, though the
 * seeks read a seventh of the database hits.
 */
export const PAIR_SEEK_COST = 40;

export async function graphOverview(store: Store, options: Partial<typeof DEFAULT_GRAPH_OVERVIEW_OPTIONS> = {}): Promise<GraphView> {
  const { limit, minWeight, edgeLimit } = { ...DEFAULT_GRAPH_OVERVIEW_OPTIONS, ...options };
  const [row] = await store.read('graph-overview', { limit: neo4j.int(limit) });
  const nodes = (row?.nodes ?? []) as unknown as GraphNode[];
  const ids = nodes.map((n) => n.id);
  const among = await comentionsAmong(store, ids, { minWeight, limit: edgeLimit });
  return { nodes, edgesNotShown: among.notShown, edges: [...among.edges, ...(await relationsAmong(store, ids))] };
}

/**
 * The co-mentions among `ids` (the nodes a view draws) of at least `minWeight`, overlapping the
 * window (`from`/`to` as the views take them) when given: the `limit` strongest, and how many more.
 */
export async function comentionsAmong(
  store: Store,
  ids: readonly string[],
  o: { minWeight: number; from?: string | null; to?: string | null; limit?: number; seekCost?: number },
): Promise<{ edges: GraphEdge[]; notShown: number }> {
  if (ids.length === 0) return { edges: [], notShown: 0 };
  const [row] = await store.read('comentions-among', {
    ids: [...ids],
    minWeight: o.minWeight,
    from: o.from == null ? null : windowStart(o.from),
    to: o.to == null ? null : windowEnd(o.to),
    limit: neo4j.int(o.limit ?? MAX_EDGES_AMONG),
    seekCost: o.seekCost ?? PAIR_SEEK_COST,
  });
  return { edges: (row?.edges ?? []) as unknown as GraphEdge[], notShown: Number(row?.notShown ?? 0) };
}
