// The home view: the top entities and the strongest co-mentions among them, over all time (stored
// aggregates, graph-overview.cypher) or inside a time window (entities ranked by mentions in the
// window's articles, home-view-window.cypher).
import neo4j from 'neo4j-driver';
import type { Store } from '../client.ts';
import { DEFAULT_GRAPH_OVERVIEW_OPTIONS, MAX_EDGE_LIMIT, graphOverview, type GraphEdge, type GraphNode, type GraphView } from './graph-overview.ts';
import { relationsAmong } from './relations.ts';
import { intOption, numberOption, windowEnd, windowOption, windowStart } from './options.ts';

const MODULE = 'store/queries/home-view';

export interface HomeViewOptions {
  from?: string;
  to?: string;
  limit?: number;
  minWeight?: number;
  /** Over all time, the strongest co-mentions drawn among the nodes; the rest are counted (edgesNotShown). */
  edgeLimit?: number;
}

export async function homeView(store: Store, options: HomeViewOptions = {}): Promise<GraphView> {
  const limit = options.limit ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.limit;
  const minWeight = options.minWeight ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.minWeight;
  intOption(MODULE, 'limit', limit, 1, 20_000);
  numberOption(MODULE, 'minWeight', minWeight, 0);
  const edgeLimit = options.edgeLimit ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.edgeLimit;
  intOption(MODULE, 'edgeLimit', edgeLimit, 1, MAX_EDGE_LIMIT);
  const { from, to } = windowOption(MODULE, options.from, options.to);
  if (from === null && to === null) return graphOverview(store, { limit, minWeight, edgeLimit });
  const [row] = await store.read('home-view-window', {
    from: windowStart(from ?? '0001'),
    to: windowEnd(to ?? '9999'),
    limit: neo4j.int(limit),
    minWeight,
  });
  const nodes = (row?.nodes ?? []) as unknown as GraphNode[];
  const typed = await relationsAmong(
    store,
    nodes.map((n) => n.id),
    { from, to },
  );
  return { nodes, edges: [...((row?.edges ?? []) as unknown as GraphEdge[]), ...typed] };
}
