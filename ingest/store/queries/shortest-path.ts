// The shortest chain of co-mentions between two entities ("how is A connected to B?"), or null when
// none exists within maxDepth hops.
import type { Store } from '../client.ts';
import type { GraphView } from './graph-overview.ts';
import { QueryOptionsError } from './options.ts';

const MODULE = 'store/queries/shortest-path';

/** The longest path cypher/shortest-path.cypher searches; Cypher takes no parameter for it. */
export const MAX_PATH_DEPTH = 10;

export const DEFAULT_SHORTEST_PATH_OPTIONS = { maxDepth: 6 };

export async function shortestPath(store: Store, options: { source: string; target: string; maxDepth?: number }): Promise<GraphView | null> {
  const maxDepth = options.maxDepth ?? DEFAULT_SHORTEST_PATH_OPTIONS.maxDepth;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
    throw new QueryOptionsError(`${MODULE}: maxDepth must be a whole number from 1 to ${MAX_PATH_DEPTH}, got ${String(maxDepth)}`);
  }
  if (options.source === options.target) {
    throw new QueryOptionsError(`${MODULE}: source and target are the same entity (${options.source}); pick two different entities`);
  }
  const [row] = await store.read('shortest-path', { source: options.source, target: options.target });
  if (!row) return null;
  const view = row as unknown as GraphView;
  return view.edges.length > maxDepth ? null : { nodes: view.nodes, edges: view.edges };
}
