// Pure: typed edges in the explorer (issue 16). The graph keeps one undirected edge per entity pair
// (layout, PageRank and Louvain read it); the typed relations the API returns for that pair (MEETS,
// VISITS, HOLDS_ROLE …, directed) ride on it as data, beside its co-mention. Which type an edge shows
// — its colour and label — is the first of its types the user has not hidden, relations before the
// co-mention; an edge with none left is hidden by the type filter.
import type { ApiEdge } from '../../../shared/api-types.ts';
import type { EdgeAttributes, EdgeRelation } from './types.ts';
import type { ExplorerGraph } from './build.ts';

export const CO_MENTIONED = 'CO_MENTIONED';

/**
 * Every edge type in display order — the typed relations of ingest/model.ts RELATION_TYPES (a test
 * keeps the two equal), then co-mention — with its Chinese label and colour. Co-mention stays the
 * neutral grey it always was; typed relations get a small qualitative palette.
 */
const EDGE_TYPE_STYLE = {
  HOLDS_ROLE: ['任职', '#7b3294'],
  MEETS: ['会见', '#1f78b4'],
  CALLS: ['通话', '#6baed6'],
  VISITS: ['访问', '#33a02c'],
  SIGNS: ['签署', '#b8860b'],
  CRITICIZES: ['批评', '#e31a1c'],
  PROTESTS: ['抗议', '#fb6a4a'],
  SUPPORTS: ['支持', '#1b9e77'],
  SANCTIONS: ['制裁', '#a50f15'],
  SUES: ['起诉', '#8c510a'],
  RULES: ['判决', '#5e3c99'],
  ATTACKS: ['袭击', '#000000'],
  COMPETES: ['击败', '#ff7f00'],
  [CO_MENTIONED]: ['共现', '#c3cad3'],
} as const satisfies Record<string, readonly [string, string]>;

export type EdgeType = keyof typeof EDGE_TYPE_STYLE;
export const EDGE_TYPES = Object.keys(EDGE_TYPE_STYLE) as EdgeType[];

/** Chinese first, the stored type beside it, as the rest of the explorer labels things. */
export const EDGE_TYPE_LABELS: Record<string, { zh: string; en: string }> = Object.fromEntries(
  EDGE_TYPES.map((t) => [t, { zh: EDGE_TYPE_STYLE[t][0], en: t }]),
);

export const EDGE_TYPE_COLORS: Record<string, string> = Object.fromEntries(EDGE_TYPES.map((t) => [t, EDGE_TYPE_STYLE[t][1]]));

const ORDER = new Map<string, number>(EDGE_TYPES.map((t, i) => [t, i]));

/** 会见 MEETS; an unknown type as it came. */
export function edgeTypeLabel(type: string): string {
  const l = EDGE_TYPE_LABELS[type];
  return l ? `${l.zh} ${l.en}` : type;
}

export function edgeTypeColor(type: string): string {
  return EDGE_TYPE_COLORS[type] ?? EDGE_TYPE_COLORS[CO_MENTIONED]!;
}

/** The relation an API typed edge describes. */
export function relationOf(edge: ApiEdge & { type: string }): EdgeRelation {
  return {
    type: edge.type,
    source: edge.source,
    target: edge.target,
    articleCount: edge.articleCount ?? edge.weight,
    firstDate: edge.firstDate ?? null,
    lastDate: edge.lastDate ?? null,
    title: edge.title ?? null,
  };
}

/** Adds a relation to an edge's list once (same type, direction and title), in display order. */
export function withRelation(relations: readonly EdgeRelation[], r: EdgeRelation): EdgeRelation[] {
  const same = (x: EdgeRelation) => x.type === r.type && x.source === r.source && x.target === r.target && x.title === r.title;
  if (relations.some(same)) return [...relations];
  return [...relations, r].sort((a, b) => (ORDER.get(a.type) ?? 99) - (ORDER.get(b.type) ?? 99));
}

/** The type an edge shows: its first relation whose type is not hidden, else its co-mention, else null (hidden). */
export function shownEdgeType(a: Pick<EdgeAttributes, 'relations' | 'coMentioned'>, hidden: readonly string[]): string | null {
  for (const r of a.relations) if (!hidden.includes(r.type)) return r.type;
  return a.coMentioned && !hidden.includes(CO_MENTIONED) ? CO_MENTIONED : null;
}

/** Edges the type filter hides: every one of their types is hidden. */
export function edgesHiddenByType(graph: ExplorerGraph, hidden: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (hidden.length === 0) return out;
  graph.forEachEdge((edge, a) => {
    if (shownEdgeType(a, hidden) === null) out.add(edge);
  });
  return out;
}

/** The edge types present in the graph, in display order (the legend lists these). */
export function edgeTypesPresent(graph: ExplorerGraph): string[] {
  const present = new Set<string>();
  graph.forEachEdge((_e, a) => {
    if (a.coMentioned) present.add(CO_MENTIONED);
    for (const r of a.relations) present.add(r.type);
  });
  return [...present].sort((x, y) => (ORDER.get(x) ?? 99) - (ORDER.get(y) ?? 99));
}
