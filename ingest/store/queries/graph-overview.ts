// The home view's graph: top entities by mentions, the strongest co-mentions among them and their typed edges.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { relationsAmong, type TypedGraphEdge } from './relations.ts';

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

export async function graphOverview(store: Store, options: Partial<typeof DEFAULT_GRAPH_OVERVIEW_OPTIONS> = {}): Promise<GraphView> {
  const { limit, minWeight, edgeLimit } = { ...DEFAULT_GRAPH_OVERVIEW_OPTIONS, ...options };
  const [row] = await store.read('graph-overview', { limit: neo4j.int(limit), minWeight, edgeLimit: neo4j.int(edgeLimit) });
  const nodes = (row?.nodes ?? []) as unknown as GraphNode[];
  const edges = ((row?.edges ?? []) as unknown as (GraphEdge | null)[]).filter((e): e is GraphEdge => e !== null);
  return {
    nodes,
    edgesNotShown: Number(row?.edgesNotShown ?? 0),
    edges: [
      ...edges,
      ...(await relationsAmong(
        store,
        nodes.map((n) => n.id),
      )),
    ],
  };
}
