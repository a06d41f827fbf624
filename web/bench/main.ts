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

interface Frames {
  panMs: number[];
  hoverMs: number[];
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

function nextRender(renderer: AnySigma, action: () => void, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve) => {
    const t = performance.now();
    const done = () => {
      clearTimeout(timer);
      finishGpu(renderer);
      resolve(performance.now() - t);
    };
    const timer = setTimeout(() => {
      renderer.off('afterRender', done);
      resolve(Number.NaN);
    }, timeoutMs);
    renderer.once('afterRender', done);
    action();
  });
}

/** Pans the camera and hovers nodes, one frame per step; returns each step's time to a finished frame. */
async function frames(steps: number): Promise<Frames> {
  if (!current) throw new Error('web/bench: call firstFrame() first');
  const { renderer, graph } = current;
  const camera = renderer.getCamera();
  const nodes = graph.nodes();
  const panMs: number[] = [];
  const hoverMs: number[] = [];
  const layer = renderer.getMouseLayer();
  const rect = layer.getBoundingClientRect();
  for (let i = 0; i < steps; i++) {
    const state = camera.getState();
    panMs.push(await nextRender(renderer, () => camera.setState({ x: state.x + 0.01, y: state.y + 0.005 })));
    const node = nodes[(i * 7919) % nodes.length]!;
    const display = renderer.getNodeDisplayData(node)!;
    const p = renderer.framedGraphToViewport(display);
    const move = () =>
      layer.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true, pointerType: 'mouse' }));
    hoverMs.push(await nextRender(renderer, move, 10_000));
  }
  return { panMs, hoverMs };
}

/** JSON → graphology for the explorer (parse + buildGraph), median of `runs`. */
async function buildTime(runs: number): Promise<{ medianMs: number; nodes: number; edges: number }> {
  const text = await (await fetch('/bench-data.json')).text();
  const times: number[] = [];
  let graph: ExplorerGraph | null = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    graph = buildGraph(JSON.parse(text) as ApiGraph);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, nodes: graph!.order, edges: graph!.size };
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
    frames,
    buildTime,
    fa2,
    kill: () => {
      current?.kill();
      current = null;
    },
  },
});
