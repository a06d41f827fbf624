// Controller (renders nothing): applies the filters to sigma as isHidden flags (diffed), the edge
// types switched off in the legend included, and reports how many entities and edges remain visible.
import { computeVisibility, type Filters, type TimeWindow, type Visibility } from '../../core/filters/index.ts';
import { edgesHiddenByType } from '../../core/graph/relations.ts';
import { setExplorerGraphState } from '../graph-state.ts';
import type { ExplorerRenderer } from '../graph-view.ts';

export class FiltersController {
  private last: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };

  constructor(private readonly renderer: ExplorerRenderer) {}

  apply(filters: Filters, inWindow?: TimeWindow | null): { visibleNodes: number; visibleEdges: number } {
    const graph = this.renderer.getGraph();
    const next = computeVisibility(graph, filters, inWindow);
    // The legend's edge types: hidden edges (hit-testing and counts see them as hidden), and the
    // graph state the styles read to show an edge's first type still on.
    const hiddenTypes = filters.hiddenEdgeTypes ?? [];
    const byType = edgesHiddenByType(graph, hiddenTypes);
    for (const edge of byType) next.hiddenEdges.add(edge);
    // "Hide isolated" counts the edges the types left visible.
    if (filters.hideIsolated && byType.size > 0) {
      graph.forEachNode((id) => {
        if (!next.hiddenNodes.has(id) && !graph.someEdge(id, (edge) => !next.hiddenEdges.has(edge))) next.hiddenNodes.add(id);
      });
    }
    setExplorerGraphState(this.renderer, { hiddenEdgeTypes: hiddenTypes });
    const diff = (prev: Set<string>, cur: Set<string>, exists: (id: string) => boolean) => ({
      hide: [...cur].filter((id) => !prev.has(id)),
      show: [...prev].filter((id) => !cur.has(id) && exists(id)),
    });
    const n = diff(this.last.hiddenNodes, next.hiddenNodes, (id) => graph.hasNode(id));
    const e = diff(this.last.hiddenEdges, next.hiddenEdges, (id) => graph.hasEdge(id));
    if (n.hide.length) this.renderer.setNodesState(n.hide, { isHidden: true });
    if (n.show.length) this.renderer.setNodesState(n.show, { isHidden: false });
    if (e.hide.length) this.renderer.setEdgesState(e.hide, { isHidden: true });
    if (e.show.length) this.renderer.setEdgesState(e.show, { isHidden: false });
    this.last = next;
    return { visibleNodes: graph.order - next.hiddenNodes.size, visibleEdges: graph.size - next.hiddenEdges.size };
  }

  isHidden(node: string): boolean {
    return this.last.hiddenNodes.has(node);
  }
}
