// The sigma renderer of the explorer: one instance per page, created when the app starts (never at
// import time) and killed with the page. Looks come from EXPLORER_STYLES; controllers set state.
import Sigma from 'sigma';
import type { ExplorerGraph } from '../core/graph/build.ts';
import { EXPLORER_STYLES, INITIAL_EDGE_STATE, INITIAL_GRAPH_STATE, INITIAL_NODE_STATE, type EdgeState, type GraphState, type NodeState } from '../core/graph/styles.ts';
import type { EdgeAttributes, NodeAttributes } from '../core/graph/types.ts';

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState>;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement): ExplorerRenderer {
  return new Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState>(graph, container, {
    customNodeState: { ...INITIAL_NODE_STATE },
    customEdgeState: { ...INITIAL_EDGE_STATE },
    customGraphState: { ...INITIAL_GRAPH_STATE },
    styles: EXPLORER_STYLES,
    settings: {
      labelDensity: 0.5,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      enableEdgeEvents: true,
      hideEdgesOnMove: false,
    },
  });
}

/** Moves the camera smoothly onto a node. */
export function centreOn(renderer: ExplorerRenderer, node: string): void {
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
}
