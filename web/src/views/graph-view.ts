// The sigma renderer of the explorer: one instance per page, created when the app starts (never at
// import time) and killed with the page. Looks come from EXPLORER_STYLES; controllers set state.
import Sigma from 'sigma';
import { nearestSegment, type Point } from '../core/geometry/index.ts';
import type { ExplorerGraph } from '../core/graph/build.ts';
import {
  EXPLORER_STYLES,
  INITIAL_EDGE_STATE,
  INITIAL_GRAPH_STATE,
  INITIAL_NODE_STATE,
  type EdgeState,
  type GraphState,
  type NodeState,
} from '../core/graph/styles.ts';
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
      // Edges are hit-tested on click (edgeAt); sigma's edge events would add a picking pass per frame.
      enableEdgeEvents: false,
      hideEdgesOnMove: false,
      // Typed edges are labelled (会见, 访问 …); co-mention edges have an empty label.
      renderEdgeLabels: true,
    },
  });
}

/** The visible edge drawn within `tolerance` pixels of a viewport point, or null. */
export function edgeAt(renderer: ExplorerRenderer, point: Point, tolerance = 4): string | null {
  const graph = renderer.getGraph();
  const position = new Map<string, Point>();
  const at = (node: string): Point | null => {
    let p = position.get(node);
    if (!p) {
      const display = renderer.getNodeDisplayData(node);
      if (!display) return null;
      p = renderer.framedGraphToViewport(display);
      position.set(node, p);
    }
    return p;
  };
  function* segments() {
    for (const { edge, source, target } of graph.edgeEntries()) {
      if (renderer.getEdgeState(edge).isHidden) continue;
      const a = at(source);
      const b = at(target);
      if (a && b) yield { key: edge, a, b };
    }
  }
  return nearestSegment(point, segments(), tolerance);
}

/** Moves the camera smoothly onto a node. */
export function centreOn(renderer: ExplorerRenderer, node: string): void {
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
}
