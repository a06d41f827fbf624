// Shapes the explorer receives from /api/graph (mirrors ingest/store/queries/graph-overview.ts).
export type EntityType = 'Person' | 'Organization' | 'Place';

export interface ApiNode {
  id: string;
  name: string;
  type: EntityType;
  mentionCount: number;
  aliases: string[];
}

export interface ApiEdge {
  source: string;
  target: string;
  weight: number;
  articleCount: number;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
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
