// Shapes the explorer receives from the API (mirrors ingest/store/queries) and the attributes the
// graphology graph carries. Only data lives in graph attributes; UI state lives in sigma state.
export type EntityType = 'Person' | 'Organization' | 'Place';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Place'];

export interface ApiNode {
  id: string;
  name: string;
  type: EntityType | string;
  mentionCount: number;
  aliases?: string[];
  nameEn?: string | null;
  /** ISO dates (or date-times) of the first and last article that mentions the entity. */
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** A position the data already carries (a saved view, a benchmark); otherwise one is made up. */
  x?: number;
  y?: number;
}

export interface ApiEdge {
  source: string;
  target: string;
  weight: number;
  articleCount?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** Hub-capped nodes: how many neighbours were left out (shown as "N more"). */
  truncated?: { id: string; hidden: number }[];
}

/** Data attributes of a node in the explorer's graph. */
export interface NodeAttributes {
  label: string;
  entityType: string;
  mentionCount: number;
  aliases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  x: number;
  y: number;
  /** Radius when sized by mentions, and when sized by PageRank (both derived from data). */
  mentionSize: number;
  rankSize: number;
  community: number;
}

export interface EdgeAttributes {
  weight: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  size: number;
}

export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#e4572e',
  Organization: '#2e86ab',
  Place: '#4c9f38',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  Person: '人物 Person',
  Organization: '机构 Organization',
  Place: '地点 Place',
};

export const OTHER_COLOR = '#8e7dbe';

/** A qualitative palette for communities (Louvain ids are small integers). */
export const COMMUNITY_COLORS = [
  '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4',
  '#b2df8a', '#fb9a99', '#cab2d6', '#ff7f00', '#6a3d9a', '#b15928', '#33a02c', '#666666',
];

export function typeColor(type: string): string {
  return TYPE_COLORS[type as EntityType] ?? OTHER_COLOR;
}
