// The JSON the explorer's API answers (web/server/routes). Shared by server and client as types only.
import type { ApiGraph, ApiNode } from '../graph/types.ts';

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  nameEn?: string | null;
  mentionCount: number;
  /** How it matched: name, alias, English name, pinyin or initials. */
  via: 'name' | 'alias' | 'english' | 'pinyin';
}

export interface EvidenceItem {
  text: string;
  /** Character offsets in `text` of the names to highlight (from the MENTIONS spans). */
  highlights?: { start: number; end: number }[];
  articleId: string;
  articleTitle: string;
  url?: string | null;
  publishedAt?: string | null;
}

export interface Page<T> {
  total: number;
  skip: number;
  limit: number;
  items: T[];
}

export interface EventSummary {
  id: string;
  name: string;
  date?: string | null;
  kind?: string | null;
  participants?: { id: string; name: string; type: string }[];
}

export interface EntityDetail {
  entity: ApiNode;
  events: EventSummary[];
  coMentions: { id: string; name: string; type: string; weight: number }[];
}

export interface HistogramBucket {
  date: string;
  /** Articles plus events on that day (or month). */
  count: number;
  articles?: number;
  events?: number;
}

export interface CypherNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: { nodes: CypherNode[]; relationships: CypherRelationship[] };
  truncated: boolean;
  /** Where and why the result was cut ("cut at 1000 rows; …"), when it was. */
  truncation?: string;
  elapsedMs: number;
}

export interface CypherExample {
  name: string;
  query: string;
}

export type { ApiGraph };
