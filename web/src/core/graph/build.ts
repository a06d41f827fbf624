// Pure: API JSON → graphology graph with data attributes only (label, type, mentions, dates, the two
// candidate sizes, the pair's typed relations) and a deterministic start layout. Merging adds an expansion around its anchor and
// reports what it added so the step can be undone.
import Graph from 'graphology';
import { prepareAdjacency } from './adjacency.ts';
import { relationOf, withRelation } from './relations.ts';
import type { ApiEdge, ApiGraph, ApiNode, EdgeAttributes, NodeAttributes } from './types.ts';

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
}

/** Node radii in pixels: the largest hub is capped at 4× the smallest, so it never swallows its neighbours. */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 12;

/** Radius for a value on a square-root scale between MIN_NODE_SIZE and MAX_NODE_SIZE. */
export function scaledSize(value: number, maxValue: number): number {
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(1, Math.max(0, value) / (maxValue > 0 ? maxValue : 1)));
}

export function mentionSize(mentionCount: number, maxMentions: number): number {
  return scaledSize(mentionCount, Math.max(1, maxMentions));
}

export function edgeSize(weight: number, maxWeight: number): number {
  return 0.5 + 3.5 * (weight / Math.max(1, maxWeight));
}

function nodeAttributes(node: ApiNode, x: number, y: number, maxMentions: number): NodeAttributes {
  const size = mentionSize(node.mentionCount, maxMentions);
  return {
    label: node.name,
    entityType: node.type,
    mentionCount: node.mentionCount,
    aliases: node.aliases ?? [],
    firstSeen: node.firstSeen ?? null,
    lastSeen: node.lastSeen ?? null,
    x,
    y,
    mentionSize: size,
    rankSize: size,
    community: 0,
    confidence: confidenceOf(node.confidence),
  };
}

function edgeAttributes(edge: ApiEdge, maxWeight: number): EdgeAttributes {
  const typed = isTyped(edge);
  return {
    weight: edge.weight,
    articleCount: edge.articleCount ?? 0,
    firstSeen: edge.firstSeen ?? null,
    lastSeen: edge.lastSeen ?? null,
    size: edgeSize(edge.weight, maxWeight),
    coMentioned: !typed,
    relations: typed ? [relationOf(edge)] : [],
    confidence: confidenceOf(edge.confidence),
  };
}

/** The pair's confidence is its best-supported link's: the higher of two, null only when both are. */
function strongerConfidence(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** A confidence the API sent, or null (absent, or outside [0, 1]: drawn as unknown rather than guessed). */
export function confidenceOf(value: number | null | undefined): number | null {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
}

/** A typed edge (MEETS, VISITS …); the co-mention edges carry no type. */
const isTyped = (edge: ApiEdge): edge is ApiEdge & { type: string } => edge.type !== undefined && edge.type !== 'CO_MENTIONED';

/**
 * Puts an API edge on the graph's one edge for its pair: a new edge, or a typed relation (or the
 * co-mention) added to the pair's existing edge. Returns the key of a new edge, else null.
 */
function placeEdge(graph: ExplorerGraph, edge: ApiEdge, maxWeight: number): string | null {
  if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return null;
  const existing = graph.edge(edge.source, edge.target);
  if (existing === undefined) return graph.addEdge(edge.source, edge.target, edgeAttributes(edge, maxWeight));
  const a = graph.getEdgeAttributes(existing);
  if (isTyped(edge)) {
    graph.setEdgeAttribute(existing, 'relations', withRelation(a.relations, relationOf(edge)));
    graph.setEdgeAttribute(existing, 'confidence', strongerConfidence(a.confidence, confidenceOf(edge.confidence)));
    // A pair of typed relations only is seen over all of theirs (a co-mention's span covers them).
    if (!a.coMentioned) graph.mergeEdgeAttributes(existing, widened(a, edge.firstSeen ?? null, edge.lastSeen ?? null));
  } else if (!a.coMentioned) {
    // The pair had typed relations only: the co-mention's weight and dates take over.
    const next = edgeAttributes(edge, maxWeight);
    graph.mergeEdgeAttributes(existing, { ...next, relations: a.relations, confidence: strongerConfidence(a.confidence, next.confidence) });
  }
  return null;
}

/** The first and last days of an edge widened by another span (ISO strings compare as days). */
function widened(a: { firstSeen: string | null; lastSeen: string | null }, first: string | null, last: string | null) {
  const min = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x < y ? x : y);
  const max = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);
  return { firstSeen: min(a.firstSeen, first), lastSeen: max(a.lastSeen, last) };
}

function maxOf(values: number[]): number {
  let max = 1;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Builds a fresh graph; nodes without a position start on a golden-angle spiral (deterministic for FA2). */
export function buildGraph(data: ApiGraph): ExplorerGraph {
  const graph = createExplorerGraph();
  const maxMentions = maxOf(data.nodes.map((n) => n.mentionCount));
  const golden = Math.PI * (3 - Math.sqrt(5));
  data.nodes.forEach((node, i) => {
    if (graph.hasNode(node.id)) return;
    const r = 10 * Math.sqrt(i + 1);
    const x = typeof node.x === 'number' ? node.x : r * Math.cos(i * golden);
    const y = typeof node.y === 'number' ? node.y : r * Math.sin(i * golden);
    graph.addNode(node.id, nodeAttributes(node, x, y, maxMentions));
  });
  prepareAdjacency(graph);
  const maxWeight = maxOf(data.edges.map((e) => e.weight));
  const typed: ApiEdge[] = [];
  for (const edge of data.edges) {
    if (isTyped(edge)) {
      typed.push(edge);
      continue;
    }
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    try {
      graph.addEdge(edge.source, edge.target, edgeAttributes(edge, maxWeight));
    } catch (err) {
      // A repeated pair (both directions listed) keeps its first edge. Catching the rare duplicate
      // is cheaper than asking hasEdge for all 50k edges of a large view (~20% of the build).
      if ((err as Error).name !== 'UsageGraphError') throw err;
    }
  }
  // Typed edges after the co-mentions, onto their pair's edge: few, so looked up one by one.
  for (const edge of typed) placeEdge(graph, edge, maxWeight);
  return graph;
}

export interface MergeResult {
  nodes: string[];
  edges: string[];
}

/** Adds what is new in `data`; new nodes are placed on a ring around `anchor` (or the centre). */
export function mergeGraph(graph: ExplorerGraph, data: ApiGraph, anchor?: string): MergeResult {
  const added: MergeResult = { nodes: [], edges: [] };
  const maxMentions = maxOf([...data.nodes.map((n) => n.mentionCount), ...graph.mapNodes((_, a) => a.mentionCount)]);
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const fresh = data.nodes.filter((n) => !graph.hasNode(n.id));
  const radius = 20 + 4 * Math.sqrt(fresh.length);
  fresh.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    graph.addNode(node.id, nodeAttributes(node, centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle), maxMentions));
    added.nodes.push(node.id);
  });
  const maxWeight = maxOf([...data.edges.map((e) => e.weight), ...graph.mapEdges((_, a) => a.weight)]);
  for (const edge of data.edges) {
    const key = placeEdge(graph, edge, maxWeight);
    if (key !== null) added.edges.push(key);
  }
  return added;
}

/** Removes what a merge added (undo of one expansion). */
export function unmerge(graph: ExplorerGraph, added: MergeResult): void {
  for (const edge of added.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of added.nodes) if (graph.hasNode(node)) graph.dropNode(node);
}

/** The graph as plain JSON, for export and for sharing between views. */
export function toApiGraph(graph: ExplorerGraph, keep: (node: string) => boolean = () => true): ApiGraph {
  const nodes: ApiNode[] = [];
  graph.forEachNode((id, a) => {
    if (!keep(id)) return;
    nodes.push({
      id,
      name: a.label,
      type: a.entityType,
      mentionCount: a.mentionCount,
      aliases: a.aliases,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      confidence: a.confidence,
    });
  });
  const edges: ApiEdge[] = [];
  const typed: ApiEdge[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    if (!keep(source) || !keep(target)) return;
    if (a.coMentioned)
      edges.push({ source, target, weight: a.weight, articleCount: a.articleCount, firstSeen: a.firstSeen, lastSeen: a.lastSeen, confidence: a.confidence });
    for (const r of a.relations)
      typed.push({
        source: r.source,
        target: r.target,
        type: r.type,
        weight: r.articleCount,
        articleCount: r.articleCount,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        title: r.title,
      });
  });
  edges.push(...typed);
  return { nodes, edges };
}
