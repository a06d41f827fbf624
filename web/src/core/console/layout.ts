// Pure: where a small console result goes on the canvas. ForceAtlas2 on five nodes (or on the
// whole canvas, to fit five new ones in) gives a picture that depends on the clock and often draws
// them on top of each other or far apart; a small result reads best as a ring, with the node most
// of the others are linked to (a hub: `MATCH (p)-[r]-(o) RETURN p, r, o`) in its middle. The ring
// goes in the middle of an emptied canvas (replace), or beside what is already drawn (add): around
// the result's nodes that are on the canvas already, or to the right of the graph when none is.
// Larger results are left to ForceAtlas2 (null). Sigma draws node sizes in graph units (its
// itemSizesReference "positions"), so the ring is sized from the largest node size, not from 1: a
// ring of radius 1 would fill the view with discs of radius 12.
import { MAX_NODE_SIZE, type ExplorerGraph } from '../graph/build.ts';

export interface ResultLayoutOptions {
  /** Results of more nodes than this are left to ForceAtlas2. */
  maxNodes: number;
  /** A node linked to at least this share of the others (and to 3 at least) goes in the ring's middle. */
  hubShare: number;
}

export const DEFAULT_RESULT_LAYOUT_OPTIONS: ResultLayoutOptions = { maxNodes: 40, hubShare: 0.5 };

/** The radius of a result's ring on an emptied canvas, in graph units: the largest disc a small dot on it. */
export const RING_RADIUS = 25 * MAX_NODE_SIZE;
/** Graph units between two neighbours on a ring: two of the largest discs and a label between them. */
export const RING_SPACING = 10 * MAX_NODE_SIZE;

/** The radius of a ring of `n` nodes at least RING_SPACING apart (the chord between neighbours), and at least `least`. */
export const ringRadius = (n: number, least = RING_RADIUS): number => Math.max(least, n < 2 ? 0 : RING_SPACING / (2 * Math.sin(Math.PI / n)));

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions on a unit ring (radius 1, first node at the top, clockwise) for `nodes`, linked by
 * `edges`: a hub in the middle, the rest in depth-first order from the best-linked node so linked
 * nodes sit side by side. Deterministic: ties go by id. Recursive, for small results (placeResult
 * stops at maxNodes).
 */
export function ringLayout(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  hubShare = DEFAULT_RESULT_LAYOUT_OPTIONS.hubShare,
): Map<string, Point> {
  const ids = [...new Set(nodes)].sort();
  const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of edges) {
    if (a === b || !neighbours.has(a) || !neighbours.has(b)) continue;
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const degree = (id: string) => neighbours.get(id)!.size;
  const byDegree = [...ids].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
  const out = new Map<string, Point>();
  if (ids.length === 0) return out;
  const top = byDegree[0]!;
  const isHub = ids.length >= 4 && degree(top) >= Math.max(3, Math.ceil(hubShare * (ids.length - 1)));
  if (isHub) out.set(top, { x: 0, y: 0 });
  // Depth-first from the best-linked node left, neighbours by degree then id, each component in
  // turn: a path stays in its order, and a ring closes, so its last node sits by its first.
  const order: string[] = [];
  const seen = new Set(out.keys());
  const visit = (id: string): void => {
    seen.add(id);
    order.push(id);
    const next = [...neighbours.get(id)!].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
    for (const n of next) if (!seen.has(n)) visit(n);
  };
  for (const start of byDegree) if (!seen.has(start)) visit(start);
  if (order.length === 1 && !isHub) {
    out.set(order[0]!, { x: 0, y: 0 });
    return out;
  }
  order.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
    out.set(id, { x: Math.cos(angle), y: Math.sin(angle) });
  });
  return out;
}

/**
 * Places a console result already merged into `graph` (its node ids, `result`) and returns the
 * nodes it moved, or null when the result is larger than `maxNodes` (ForceAtlas2's job).
 * `fresh` are the result's nodes that were not on the canvas before the merge: the only ones moved
 * when others are drawn (add); all of them when the canvas held only the result (replace).
 */
export function placeResult(
  graph: ExplorerGraph,
  result: readonly string[],
  fresh: ReadonlySet<string>,
  options: Partial<ResultLayoutOptions> = {},
): string[] | null {
  const { maxNodes, hubShare } = { ...DEFAULT_RESULT_LAYOUT_OPTIONS, ...options };
  const nodes = [...new Set(result)].filter((id) => graph.hasNode(id));
  if (nodes.length === 0 || nodes.length > maxNodes) return null;
  const moving = nodes.filter((id) => fresh.has(id) && !graph.getNodeAttribute(id, 'fixed'));
  if (moving.length === 0) return [];
  const others = graph.filterNodes((id) => !moving.includes(id));
  const inResult = new Set(nodes);
  const edges: [string, string][] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    if (inResult.has(s) && inResult.has(t)) edges.push([s, t]);
  });
  if (others.length === 0) {
    // An emptied canvas: the ring alone (sigma fits the graph's extent to the viewport).
    const radius = ringRadius(moving.length);
    for (const [id, p] of ringLayout(moving, edges, hubShare)) graph.mergeNodeAttributes(id, { x: radius * p.x, y: radius * p.y });
    return moving;
  }
  const { centre, radius } = besideTheGraph(
    graph,
    others,
    nodes.filter((id) => !moving.includes(id)),
    moving.length,
  );
  const anchored = moving.length < nodes.length;
  // Around anchors already drawn, the ring holds only the new nodes and has no middle node.
  const ring = ringLayout(moving, anchored ? [] : edges, anchored ? Number.POSITIVE_INFINITY : hubShare);
  for (const [id, p] of ring) graph.mergeNodeAttributes(id, { x: centre.x + radius * p.x, y: centre.y + radius * p.y });
  return moving;
}

/** Where the new nodes' ring goes: around the result's nodes on the canvas, else right of everything. */
function besideTheGraph(graph: ExplorerGraph, others: readonly string[], anchors: readonly string[], n: number): { centre: Point; radius: number } {
  const box = bounds(graph, others);
  // A ring an eighth of the drawing across (small next to the graph), its nodes kept apart.
  const radius = ringRadius(n, Math.max(box.maxX - box.minX, box.maxY - box.minY) / 8);
  if (anchors.length) {
    const a = bounds(graph, anchors);
    return { centre: { x: (a.minX + a.maxX) / 2, y: (a.minY + a.maxY) / 2 }, radius: Math.max(radius, (a.maxX - a.minX) / 2, (a.maxY - a.minY) / 2) };
  }
  return { centre: { x: box.maxX + 2 * radius, y: (box.minY + box.maxY) / 2 }, radius };
}

function bounds(graph: ExplorerGraph, nodes: readonly string[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of nodes) {
    const { x, y } = graph.getNodeAttributes(id);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, maxX, minY, maxY };
}
