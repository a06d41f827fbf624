// Data derived from the topology (PageRank sizes, Louvain communities), written as data attributes
// the graphology way (`fn.assign`): they describe the graph, not the UI. Louvain is seeded so the
// same graph always gets the same colours.
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { scaledSize, type ExplorerGraph } from './build.ts';

/** Mulberry32: a tiny seeded PRNG, enough for reproducible community detection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assignMetrics(graph: ExplorerGraph, seed = 42): void {
  if (graph.order === 0) return;
  if (graph.size > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
    let max = 0;
    for (const v of Object.values(ranks)) if (v > max) max = v;
    graph.updateEachNodeAttributes((id, a) => ({ ...a, rankSize: scaledSize(ranks[id] ?? 0, max) }));
    const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
    graph.updateEachNodeAttributes((id, a) => ({ ...a, community: communities[id] ?? 0 }));
  }
}
