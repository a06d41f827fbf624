// Layout: ForceAtlas2 in its web worker for a time budget (the UI thread stays free and sigma draws
// each step), then noverlap so labels and discs do not sit on one another. The worker is killed
// when the budget ends or the caller aborts.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../graph/build.ts';

export interface LayoutOptions {
  /** Milliseconds FA2 may run. */
  budgetMs: number;
  noverlapIterations: number;
  signal?: AbortSignal;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { budgetMs: 2_000, noverlapIterations: 60 };

export interface LayoutReport {
  iterations: number;
  elapsedMs: number;
  iterationsPerSecond: number;
}

export function runLayout(graph: ExplorerGraph, options: Partial<LayoutOptions> = {}): Promise<LayoutReport> {
  const { budgetMs, noverlapIterations, signal } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (graph.order < 2) return Promise.resolve({ iterations: 0, elapsedMs: 0, iterationsPerSecond: 0 });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, adjustSizes: false, edgeWeightInfluence: 0.5 };
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'weight' });
  let iterations = 0;
  // The supervisor writes positions once per worker iteration with updateEachNodeAttributes.
  const count = () => iterations++;
  graph.on('eachNodeAttributesUpdated', count);
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      supervisor.kill();
      graph.off('eachNodeAttributesUpdated', count);
      const elapsedMs = performance.now() - started;
      if (!signal?.aborted && noverlapIterations > 0) {
        noverlap.assign(graph, { maxIterations: noverlapIterations, settings: { margin: 2, ratio: 1.1 } });
      }
      resolve({ iterations, elapsedMs, iterationsPerSecond: iterations / (elapsedMs / 1000) });
    };
    const timer = setTimeout(finish, budgetMs);
    signal?.addEventListener('abort', finish);
    supervisor.start();
  });
}
