// Pure helpers of the Cypher console: results → the explorer's graph shape, cell text for the
// table, parameters parsed from JSON with a clear message, and the query history (newest first,
// de-duplicated, capped) kept in a Storage such as localStorage.
import type { ApiEdge, ApiGraph, ApiNode, CypherResult } from '../../../shared/api-types.ts';
import { CO_MENTIONED, EDGE_TYPES } from '../graph/relations.ts';

const KNOWN_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Article', 'Sentence'];

export function resultToGraph(result: CypherResult): ApiGraph {
  const idOf = new Map<string, string>();
  const nodes: ApiNode[] = result.graph.nodes.map((n) => {
    const id = typeof n.properties.id === 'string' ? n.properties.id : `neo4j:${n.id}`;
    idOf.set(n.id, id);
    const name = [n.properties.name, n.properties.title, n.properties.text, n.labels[0], n.id].find((v) => typeof v === 'string' && v.length > 0) as string;
    const type = (typeof n.properties.type === 'string' && n.properties.type) || KNOWN_TYPES.find((t) => n.labels.includes(t)) || n.labels[0] || 'Node';
    return {
      id,
      name: name.length > 40 ? `${name.slice(0, 39)}…` : name,
      type,
      mentionCount: typeof n.properties.mentionCount === 'number' ? n.properties.mentionCount : 1,
      aliases: Array.isArray(n.properties.aliases) ? (n.properties.aliases as string[]) : [],
      firstSeen: typeof n.properties.firstSeen === 'string' ? n.properties.firstSeen : null,
      lastSeen: typeof n.properties.lastSeen === 'string' ? n.properties.lastSeen : null,
    };
  });
  const edges: ApiEdge[] = [];
  for (const r of result.graph.relationships) {
    const source = idOf.get(r.source);
    const target = idOf.get(r.target);
    if (!source || !target) continue;
    const typed = r.type !== CO_MENTIONED && (EDGE_TYPES as readonly string[]).includes(r.type);
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    edges.push({
      source,
      target,
      weight: typeof r.properties.weight === 'number' ? r.properties.weight : typeof r.properties.articleCount === 'number' ? r.properties.articleCount : 1,
      articleCount: typeof r.properties.articleCount === 'number' ? r.properties.articleCount : 0,
      // A typed relationship (VISITS, HOLDS_ROLE …) is drawn as the explorer draws typed edges.
      ...(typed ? { type: r.type, firstDate: text(r.properties.firstDate), lastDate: text(r.properties.lastDate), title: text(r.properties.title) } : {}),
    });
  }
  return { nodes, edges };
}

/** A table cell as plain text (the view puts it in textContent, never HTML). */
const FIRST_KEYS = ['name', 'id', 'type'];

/** Properties as JSON with name, id and type first and the rest by key: Neo4j's map order varies. */
function propertiesText(properties: Record<string, unknown>): string {
  const rank = (k: string): number => (FIRST_KEYS.includes(k) ? FIRST_KEYS.indexOf(k) : FIRST_KEYS.length);
  const keys = Object.keys(properties).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, properties[k]])));
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null && 'labels' in value && 'properties' in value) {
    const node = value as { labels: string[]; properties: Record<string, unknown> };
    return `(:${node.labels.join(':')} ${propertiesText(node.properties)})`;
  }
  if (typeof value === 'object' && value !== null && 'type' in value && 'properties' in value) {
    const rel = value as { type: string; properties: Record<string, unknown> };
    return `[:${rel.type} ${propertiesText(rel.properties)}]`;
  }
  return JSON.stringify(value);
}

export function parseParams(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`参数不是合法 JSON Parameters are not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('参数必须是 JSON 对象 Parameters must be a JSON object, e.g. {"name": "马斯克"}');
  }
  return value as Record<string, unknown>;
}

export const HISTORY_KEY = 'news-kg.cypher-history';
export const HISTORY_LIMIT = 50;

export function readHistory(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const value = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return []; // a corrupt entry is replaced on the next write
  }
}

export function pushHistory(storage: Pick<Storage, 'getItem' | 'setItem'>, query: string): string[] {
  const next = [query, ...readHistory(storage).filter((q) => q !== query)].slice(0, HISTORY_LIMIT);
  storage.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}
