// Graph statistics for the explorer's status bar and /api/stats: counts by label and relationship
// type, and when the latest article was ingested.
import type { Store } from '../client.ts';

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  latestIngest: string | null;
}

export async function graphStats(store: Store): Promise<GraphStats> {
  const [row] = await store.read('graph-stats');
  return {
    labels: (row?.labels ?? {}) as Record<string, number>,
    relationships: (row?.relationships ?? {}) as Record<string, number>,
    latestIngest: (row?.latestIngest as string | null | undefined) ?? null,
  };
}
