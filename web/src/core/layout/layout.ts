// Layout: ForceAtlas2 for a number of iterations or a time budget. A run of a fixed number of
// iterations on a graph of up to SYNC_LAYOUT_MAX_NODES runs on the page in short chunks, and never
// by the clock: the same graph gives the same picture on any machine however loaded (the home view,
// screenshot tests). Otherwise FA2 runs in its web worker (the UI thread stays free and sigma draws
// each step) until the budget, the iteration count or the caller's signal ends it, and the worker
// is killed. Pinned nodes (`fixed`, set by dragging) stay where they are either way.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from '../graph/build.ts';

export interface LayoutOptions {
  /** Milliseconds FA2 may run. */
  budgetMs: number;
  /** Iterations after which FA2 stops (Infinity: only the budget or the signal stops it). */
  maxIterations: number;
  signal?: AbortSignal;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { budgetMs: 2_000, maxIterations: Number.POSITIVE_INFINITY };

/** Up to this many nodes, a fixed number of iterations runs on the page (about 1 ms per iteration at 300 nodes). */
export const SYNC_LAYOUT_MAX_NODES = 1_000;
const SYNC_CHUNK = 25;

export interface LayoutReport {
  iterations: number;
  elapsedMs: number;
  iterationsPerSecond: number;
  /** Why it stopped. */
  stoppedBy: 'iterations' | 'budget' | 'signal' | 'empty';
}

export function runLayout(graph: ExplorerGraph, options: Partial<LayoutOptions> = {}): Promise<LayoutReport> {
  const { budgetMs, maxIterations, signal } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (!(budgetMs >= 0) || !(maxIterations >= 0)) {
    throw new Error(`core/layout: budgetMs and maxIterations must be non-negative, got ${budgetMs} and ${maxIterations}`);
  }
  if (graph.order < 2 || maxIterations === 0) return Promise.resolve({ iterations: 0, elapsedMs: 0, iterationsPerSecond: 0, stoppedBy: 'empty' });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, adjustSizes: false, edgeWeightInfluence: 0.5 };
  if (Number.isFinite(maxIterations) && graph.order <= SYNC_LAYOUT_MAX_NODES) return runInChunks(graph, settings, maxIterations, signal);
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'weight' });
  let iterations = 0;
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (stoppedBy: LayoutReport['stoppedBy']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      graph.off('eachNodeAttributesUpdated', count);
      supervisor.kill();
      const elapsedMs = performance.now() - started;
      resolve({ iterations, elapsedMs, iterationsPerSecond: iterations / (elapsedMs / 1000), stoppedBy });
    };
    // The supervisor writes positions once per worker iteration with updateEachNodeAttributes;
    // stopping here ends on exactly `maxIterations` (the answer to the request it still sends is
    // ignored). Killed after its message handler returns: kill() drops the buffers it still reads.
    const count = () => {
      iterations++;
      if (iterations === maxIterations) {
        supervisor.stop();
        queueMicrotask(() => finish('iterations'));
      }
    };
    const onAbort = () => finish('signal');
    graph.on('eachNodeAttributesUpdated', count);
    const timer = setTimeout(() => finish('budget'), budgetMs);
    signal?.addEventListener('abort', onAbort);
    supervisor.start();
  });
}

/** A fixed number of iterations on the page, a chunk per task so the page still paints; only the signal stops it early. */
async function runInChunks(
  graph: ExplorerGraph,
  settings: ReturnType<typeof forceAtlas2.inferSettings>,
  maxIterations: number,
  signal?: AbortSignal,
): Promise<LayoutReport> {
  const started = performance.now();
  let iterations = 0;
  while (iterations < maxIterations) {
    if (signal?.aborted) break;
    const n = Math.min(SYNC_CHUNK, maxIterations - iterations);
    forceAtlas2.assign(graph, { iterations: n, settings, getEdgeWeight: 'weight' });
    iterations += n;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const elapsedMs = performance.now() - started;
  return { iterations, elapsedMs, iterationsPerSecond: iterations / (elapsedMs / 1000), stoppedBy: iterations >= maxIterations ? 'iterations' : 'signal' };
}
