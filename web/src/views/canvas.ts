// The explorer's canvas: API graph → graphology graph → sigma renderer with its controllers. One
// function, so the app and the rendering benchmark (web/bench) measure the same path.
import { DEFAULT_FILTERS, type Filters } from '../core/filters/index.ts';
import { buildGraph, type ExplorerGraph } from '../core/graph/index.ts';
import type { ApiGraph } from '../core/graph/types.ts';
import { FiltersController } from './controllers/filters.ts';
import { FocusController } from './controllers/focus.ts';
import { LabelsController } from './controllers/labels.ts';
import { createRenderer, type ExplorerRenderer } from './graph-view.ts';

export interface Canvas {
  graph: ExplorerGraph;
  renderer: ExplorerRenderer;
  focus: FocusController;
  filters: FiltersController;
  labels: LabelsController;
  kill(): void;
}

export function mountCanvas(data: ApiGraph, container: HTMLElement, filters: Filters = DEFAULT_FILTERS): Canvas {
  const graph = buildGraph(data);
  const renderer = createRenderer(graph, container);
  const focus = new FocusController(renderer);
  const filtersController = new FiltersController(renderer);
  filtersController.apply(filters);
  // Label priority: hovered, selected, path, highlighted, then the selection's neighbours.
  const labels = new LabelsController(renderer, () => {
    const s = focus.state;
    const around = s.selected.flatMap((id) => (graph.hasNode(id) ? graph.neighbors(id) : []));
    return [s.hovered ? [s.hovered] : [], s.selected, s.pathNodes, s.highlighted, around];
  });
  focus.onChange = () => labels.scheduleInFrame();
  return {
    graph,
    renderer,
    focus,
    filters: filtersController,
    labels,
    kill: () => {
      labels.kill();
      focus.kill();
      renderer.kill();
    },
  };
}
