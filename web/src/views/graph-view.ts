// The sigma renderer of the explorer: one instance per page, created when the app starts (never at
// import time) and killed with the page. Looks come from EXPLORER_STYLES; controllers set state.
import Sigma from 'sigma';
import { nearestSegment, type Point } from '../core/geometry/index.ts';
import { separateNodes } from '../core/layout/index.ts';
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
import { restyleOnExplorerStateOnly } from './graph-state.ts';

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState>;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement): ExplorerRenderer {
  const renderer = new Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState>(graph, container, {
    customNodeState: { ...INITIAL_NODE_STATE },
    customEdgeState: { ...INITIAL_EDGE_STATE },
    customGraphState: { ...INITIAL_GRAPH_STATE },
    styles: EXPLORER_STYLES,
    settings: {
      // Labels are picked by views/controllers/labels.ts (no overlaps), not by sigma's label grid.
      // Dragging a node pins it where it is dropped: ForceAtlas2 and no-overlap leave it there.
      enableNodeDrag: true,
      dragPositionToAttributes: ({ x, y }) => ({ x, y, fixed: true }),
      // Edges are hit-tested on click (edgeAt); sigma's edge events would add a picking pass per frame.
      enableEdgeEvents: false,
      hideEdgesOnMove: false,
      // Typed edges are labelled (会见, 访问 …); co-mention edges have an empty label.
      renderEdgeLabels: true,
    },
  });
  restyleOnExplorerStateOnly(renderer);
  return renderer;
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

/** Room kept around framed nodes, in pixels: labels are drawn to the right of their discs. */
const FRAME_MARGIN = { left: 40, right: 130, top: 40, bottom: 40 };
const HOME_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The camera that shows these nodes (and their discs and labels) as large as fits; null when none is drawn. */
export function cameraFor(renderer: ExplorerRenderer, nodes: string[]): { x: number; y: number; ratio: number } | null {
  const shown = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => d !== undefined && d.visibility !== 'hidden');
  if (!shown.length) return null;
  const xs = shown.map((d) => d.x);
  const ys = shown.map((d) => d.y);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  // Offsets from the centre in pixels at ratio 1; at ratio r they are divided by r.
  const { width, height } = renderer.getDimensions();
  const centre = renderer.framedGraphToViewport({ x, y }, { cameraState: { ...HOME_CAMERA, x, y } });
  let ratio = 0.08;
  for (const d of shown) {
    const p = renderer.framedGraphToViewport(d, { cameraState: { ...HOME_CAMERA, x, y } });
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    const half = (room: number) => Math.max(20, room);
    ratio = Math.max(
      ratio,
      dx >= 0 ? dx / half(width / 2 - FRAME_MARGIN.right) : -dx / half(width / 2 - FRAME_MARGIN.left),
      dy >= 0 ? dy / half(height / 2 - FRAME_MARGIN.bottom) : -dy / half(height / 2 - FRAME_MARGIN.top),
    );
  }
  return { x, y, ratio: Math.min(ratio, 1.5) };
}

/** Moves the camera smoothly onto a node and its visible neighbours. */
export async function frameNeighbourhood(renderer: ExplorerRenderer, node: string, duration = 400): Promise<void> {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return;
  const around = graph.filterNeighbors(node, (n) => !renderer.getNodeState(n).isHidden);
  const target = cameraFor(renderer, [node, ...around]);
  if (target) await renderer.getCamera().animate(target, { duration });
}

/** Screen pixels per graph unit at the home camera (sigma fits the graph's extent to the viewport). */
export function pixelsPerUnit(renderer: ExplorerRenderer): number {
  renderer.refresh();
  const a = renderer.graphToViewport({ x: 0, y: 0 }, { cameraState: HOME_CAMERA });
  const b = renderer.graphToViewport({ x: 1, y: 0 }, { cameraState: HOME_CAMERA });
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Pushes nodes apart until no two discs touch at the home camera; returns the overlapping pairs left. */
export function separateOnScreen(renderer: ExplorerRenderer): number {
  const radius = (node: string) => renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 1, 1);
  return separateNodes(renderer.getGraph(), { radius, pixelsPerUnit: () => pixelsPerUnit(renderer) });
}
