// The home view's graph: top entities by mentions, the strongest co-mentions among them and their typed edges.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { comentionsAmong, type ComentionsAmongOptions } from './comentions-among.ts';
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
  /**
   * The local days (YYYY-MM-DD, in the articles' own offsets) of the first and last articles naming
   * both: the explorer's time filter reads them. Days, not instants: 6,000 date-times cost a home
   * view of 3,000 edges about 130 ms in the driver.
   */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  /** Co-mention edges (no type), then the typed edges among the same nodes (queries/relations.ts). */
  edges: (GraphEdge | TypedGraphEdge)[];
  /** Co-mentions among the nodes left out as weaker than the `edgeLimit` strongest (the home view only). */
  edgesNotShown?: number;
  /**
   * When a large graph's home view did not count what it left out (comentions-among.cypher): every
   * co-mention left out weighs at most this. The view is not complete while either is set.
   */
  maxWeightNotShown?: number;
  /** Typed edges among the nodes left out as stated by fewer articles than those sent (relations-among.cypher). */
  typedEdgesNotShown?: number;
}

export const DEFAULT_GRAPH_OVERVIEW_OPTIONS = { limit: 300, minWeight: 1, edgeLimit: 3000 };

/** The home view's tuning: the walk threshold is for tests (comentions-among.ts). */
export type GraphOverviewOptions = Partial<typeof DEFAULT_GRAPH_OVERVIEW_OPTIONS> & { walkAbove?: number };

/** The most-mentioned entities over all time (entities-top.cypher). */
export async function topEntities(store: Store, limit: number): Promise<GraphNode[]> {
  return (await store.read('entities-top', { limit: neo4j.int(limit) })).map((r) => r as unknown as GraphNode);
}

/** Nodes, then their strongest co-mentions and typed edges, and what the co-mentions left out. */
export async function viewAmong(store: Store, nodes: GraphNode[], options: ComentionsAmongOptions): Promise<GraphView> {
  const ids = nodes.map((n) => n.id);
  const among = await comentionsAmong(store, ids, options);
  const typed = await relationsAmong(store, ids, { from: options.from ?? null, to: options.to ?? null }, options.edgeLimit);
  return {
    nodes,
    edges: [...among.edges, ...typed.edges],
    ...(typed.notShown > 0 ? { typedEdgesNotShown: typed.notShown } : {}),
    ...(among.edgesNotShown === null ? {} : { edgesNotShown: among.edgesNotShown }),
    ...(among.maxWeightNotShown === null ? {} : { maxWeightNotShown: among.maxWeightNotShown }),
  };
}

export async function graphOverview(store: Store, options: GraphOverviewOptions = {}): Promise<GraphView> {
  const { limit, minWeight, edgeLimit, walkAbove } = { ...DEFAULT_GRAPH_OVERVIEW_OPTIONS, ...options };
  return viewAmong(store, await topEntities(store, limit), { minWeight, edgeLimit, walkAbove });
}
