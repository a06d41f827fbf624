// The attributes the explorer's graphology graph carries, and the API's graph shapes (web/shared)
// they are built from. Only data lives in graph attributes; UI state lives in sigma state.
import type { EntityType } from '../../../shared/api-types.ts';

export type { ApiEdge, ApiGraph, ApiNode, EntityType } from '../../../shared/api-types.ts';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Place'];

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
  /** Calibrated confidence in [0, 1]; null when the data carries none (never hidden by the confidence filter). */
  confidence: number | null;
  /** Pinned by dragging: ForceAtlas2 (which reads `fixed`) and no-overlap leave it in place. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  /** Co-mention weight (shared sentences); for a pair with typed relations only, the articles stating them. */
  weight: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  size: number;
  /** A co-mention backs the pair (every edge the co-mention views return). */
  coMentioned: boolean;
  /** Typed relations between the pair (relations.ts), directed, in display order; empty for most edges. */
  relations: EdgeRelation[];
  /** Calibrated confidence in [0, 1] of the pair's best-supported link; null when unknown. Weak edges draw fainter. */
  confidence: number | null;
}

/** One typed relation on an edge: MEETS, VISITS, HOLDS_ROLE … from source to target. */
export interface EdgeRelation {
  type: string;
  source: string;
  target: string;
  articleCount: number;
  /** Stated dates (typed relations); title (HOLDS_ROLE). */
  firstDate: string | null;
  lastDate: string | null;
  title: string | null;
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
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b2df8a',
  '#fb9a99',
  '#cab2d6',
  '#ff7f00',
  '#6a3d9a',
  '#b15928',
  '#33a02c',
  '#666666',
];

export function typeColor(type: string): string {
  return TYPE_COLORS[type as EntityType] ?? OTHER_COLOR;
}
