// The home view: the top entities and the strongest co-mentions among them, over all time (stored
// aggregates, entities-top.cypher) or inside a time window (entities ranked by mentions in the
// window's articles, entities-top-window.cypher); the co-mentions from comentions-among.cypher.
import neo4j from 'neo4j-driver';
import type { Store } from '../client.ts';
import { DEFAULT_GRAPH_OVERVIEW_OPTIONS, topEntities, viewAmong, type GraphNode, type GraphView } from './graph-overview.ts';
import { intOption, MAX_EDGE_LIMIT, numberOption, windowEnd, windowOption, windowStart } from './options.ts';

const MODULE = 'store/queries/home-view';

export interface HomeViewOptions {
  from?: string;
  to?: string;
  limit?: number;
  minWeight?: number;
  /**
   * The strongest co-mentions (and typed edges) drawn among the nodes; what is left out is said
   * (GraphView). 0: the nodes alone, no edge read (the explorer's time filter needs only which
   * entities a window holds).
   */
  edgeLimit?: number;
  /** For tests: when to walk the weight index (comentions-among.ts). */
  walkAbove?: number;
}

export async function homeView(store: Store, options: HomeViewOptions = {}): Promise<GraphView> {
  const limit = options.limit ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.limit;
  const minWeight = options.minWeight ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.minWeight;
  intOption(MODULE, 'limit', limit, 1, 20_000);
  numberOption(MODULE, 'minWeight', minWeight, 0);
  const edgeLimit = options.edgeLimit ?? DEFAULT_GRAPH_OVERVIEW_OPTIONS.edgeLimit;
  intOption(MODULE, 'edgeLimit', edgeLimit, 0, MAX_EDGE_LIMIT);
  const { from, to } = windowOption(MODULE, options.from, options.to);
  const nodes =
    from === null && to === null
      ? await topEntities(store, limit)
      : (await store.read('entities-top-window', { from: windowStart(from ?? '0001'), to: windowEnd(to ?? '9999'), limit: neo4j.int(limit) })).map(
          (r) => r as unknown as GraphNode,
        );
  if (edgeLimit === 0) return { nodes, edges: [] };
  return viewAmong(store, nodes, { minWeight, edgeLimit, from, to, walkAbove: options.walkAbove });
}
