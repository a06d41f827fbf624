// Rendering benchmark page (driven by bench/web.ts in headless Chromium): the same generated graph
// drawn by bare sigma and by the explorer's canvas (styles, state flags, controllers), one renderer
// per page load, so each ratio compares the two in the same browser run.
import Graph from 'graphology';
import Sigma from 'sigma';
import { DEFAULT_FILTERS } from '../src/core/filters/index.ts';
import { buildGraph, type ExplorerGraph } from '../src/core/graph/index.ts';
import { typeColor, type ApiGraph } from '../src/core/graph/types.ts';
import { runLayout } from '../src/core/layout/index.ts';
import { mountCanvas } from '../src/views/canvas.ts';

type AnySigma = Sigma<never, never, never, never, never, never>;

interface FirstFrame {
  firstFrameMs: number;
  parseMs: number;
  buildMs: number;
}

let current: { renderer: AnySigma; graph: Graph | ExplorerGraph; kill(): void } | null = null;

function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

/** Blocks until the GPU has finished the frame (a 1-pixel read-back). */
function finishGpu(renderer: AnySigma): void {
  const gl = renderer.getWebGLContext();
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function bareGraph(data: ApiGraph): Graph {
  const graph = new Graph({ type: 'undirected' });
  const maxMentions = Math.max(...data.nodes.map((n) => n.mentionCount));
  for (const n of data.nodes) {
    graph.addNode(n.id, { label: n.name, x: n.x, y: n.y, size: 3 + 15 * Math.sqrt(n.mentionCount / maxMentions), color: typeColor(n.type) });
  }
  for (const e of data.edges) if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { size: 1, color: '#c3cad3' });
  return graph;
}

/** Data received (text in hand) → first frame on screen. */
async function firstFrame(kind: 'bare' | 'app'): Promise<FirstFrame> {
  const text = await (await fetch('/bench-data.json')).text();
  const t0 = performance.now();
  const data = JSON.parse(text) as ApiGraph;
  const t1 = performance.now();
  let buildMs: number;
  if (kind === 'bare') {
    const graph = bareGraph(data);
    buildMs = performance.now() - t1;
    const renderer = new Sigma(graph, stage()) as unknown as AnySigma;
    current = { renderer, graph, kill: () => renderer.kill() };
  } else {
    // The app's own path: build (positions come with the data, as after a layout), renderer, controllers.
    const canvas = mountCanvas(data, stage(), DEFAULT_FILTERS);
    buildMs = Number.NaN;
    current = { renderer: canvas.renderer as unknown as AnySigma, graph: canvas.graph, kill: () => canvas.kill() };
  }
  finishGpu(current.renderer);
  return { firstFrameMs: performance.now() - t0, parseMs: t1 - t0, buildMs };
}

/** A step's time to the finished frame, and the main thread's part: the action's handlers and sigma's render call (what a real GPU does not hide). */
export interface StepTime {
  ms: number;
  jsMs: number;
}

function nextRender(renderer: AnySigma, action: () => void, timeoutMs = 30_000): Promise<StepTime> {
  return new Promise((resolve) => {
    const t = performance.now();
    let renderStart = Number.NaN;
    let actionMs = 0;
    const started = () => {
      renderStart = performance.now();
    };
    const done = () => {
      const jsMs = actionMs + (performance.now() - renderStart);
      clearTimeout(timer);
      renderer.off('beforeRender', started);
      finishGpu(renderer);
      resolve({ ms: performance.now() - t, jsMs });
    };
    const timer = setTimeout(() => {
      renderer.off('afterRender', done);
      renderer.off('beforeRender', started);
      resolve({ ms: Number.NaN, jsMs: Number.NaN });
    }, timeoutMs);
    renderer.on('beforeRender', started);
    renderer.once('afterRender', done);
    action();
    actionMs = performance.now() - t;
  });
}

/** One pan step: the camera moves a little; time to the finished frame. */
function pan(): Promise<StepTime> {
  if (!current) throw new Error('web/bench: call firstFrame() first');
  const { renderer } = current;
  const camera = renderer.getCamera();
  const state = camera.getState();
  return nextRender(renderer, () => camera.setState({ x: state.x + 0.01, y: state.y + 0.005 }));
}

/**
 * One hover step: the pointer moves onto the largest disc drawn well inside the view among 200 nodes
 * met from a stride through the graph that starts at `step` (discs of a pixel or two are often missed
 * by sigma's downsized picking buffer, and the step would time out), so every step enters a node and
 * leaves the last; time to the finished frame.
 */
function hover(step: number): Promise<StepTime> {
  if (!current) throw new Error('web/bench: call firstFrame() first');
  const { renderer, graph } = current;
  const nodes = graph.nodes();
  const layer = renderer.getMouseLayer();
  const rect = layer.getBoundingClientRect();
  const { width, height } = renderer.getDimensions();
  let best: { x: number; y: number; size: number } | null = null;
  for (let k = 0, seen = 0; k < nodes.length && seen < 200; k++) {
    const display = renderer.getNodeDisplayData(nodes[(step * 7919 + k * 104_729) % nodes.length]!);
    if (!display) continue;
    const p = renderer.framedGraphToViewport(display);
    if (p.x < 40 || p.y < 40 || p.x > width - 40 || p.y > height - 40) continue;
    seen++;
    if (!best || display.size > best.size) best = { ...p, size: display.size };
  }
  if (!best) return Promise.resolve({ ms: Number.NaN, jsMs: Number.NaN });
  const { x, y } = best;
  const move = () =>
    layer.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + x, clientY: rect.top + y, bubbles: true, pointerType: 'mouse' }));
  return nextRender(renderer, move, 10_000);
}

let benchText: string | null = null;

/** One JSON → graphology build for the explorer (parse + buildGraph) of the data fetched once; its wall time (bench/web.ts reads CPU time around it). */
async function buildOnce(): Promise<number> {
  benchText ??= await (await fetch('/bench-data.json')).text();
  const t = performance.now();
  buildGraph(JSON.parse(benchText) as ApiGraph);
  return performance.now() - t;
}

/** ForceAtlas2 in its worker on the whole graph for `budgetMs`. */
async function fa2(budgetMs: number): Promise<{ iterations: number; iterationsPerSecond: number }> {
  const text = await (await fetch('/bench-data.json')).text();
  const graph = buildGraph(JSON.parse(text) as ApiGraph);
  const report = await runLayout(graph, { budgetMs });
  return { iterations: report.iterations, iterationsPerSecond: report.iterationsPerSecond };
}

Object.assign(window, {
  bench: {
    firstFrame,
    pan,
    hover,
    buildOnce,
    fa2,
    kill: () => {
      current?.kill();
      current = null;
    },
  },
});
