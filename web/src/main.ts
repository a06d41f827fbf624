// Entry of the explorer: fetch the home view, lay it out with ForceAtlas2, draw it with sigma.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { buildGraph } from './core/graph/build.ts';
import { TYPE_COLORS, TYPE_LABELS, type ApiGraph, type EntityType } from './core/graph/types.ts';

const status = document.getElementById('status')!;
const container = document.getElementById('graph')!;
const legend = document.getElementById('legend')!;

function renderLegend(): void {
  legend.replaceChildren(
    ...(Object.keys(TYPE_COLORS) as EntityType[]).map((type) => {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = TYPE_COLORS[type];
      row.append(swatch, document.createTextNode(TYPE_LABELS[type]));
      return row;
    }),
  );
}

async function main(): Promise<void> {
  const response = await fetch('/api/graph');
  if (!response.ok) throw new Error(`/api/graph answered ${response.status}; is the server running (npm start)?`);
  const data = (await response.json()) as ApiGraph;
  const graph = buildGraph(data);
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 200, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  }
  const renderer = new Sigma(graph, container, { settings: { labelDensity: 0.6, labelRenderedSizeThreshold: 6 } });
  (window as unknown as { __sigma?: Sigma }).__sigma = renderer;
  renderLegend();
  status.textContent = `${graph.order} 个实体 entities · ${graph.size} 条共现 co-mentions`;
  container.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  status.classList.add('error');
  status.textContent = `加载失败 Failed to load: ${(err as Error).message}`;
});
