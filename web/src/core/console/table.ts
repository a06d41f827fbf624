// Pure: the console's result table. Each cell gets a kind (a node becomes a chip, a number is
// right-aligned, a date is a date) and each column the kind all its values share, so the header can
// say what the column holds; rows are shown a page at a time, so 50,000 of them never become 50,000
// table rows in the page at once.
import type { CypherResult } from '../../../shared/api-types.ts';

export type CellKind = 'null' | 'node' | 'relationship' | 'path' | 'number' | 'boolean' | 'date' | 'string' | 'list' | 'map';
export type ColumnKind = CellKind | 'mixed';

export const RESULT_PAGE = 100;

const ISO_DATE = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?$/;

export interface NodeValue {
  labels: string[];
  properties: Record<string, unknown>;
}

export function isNodeValue(value: unknown): value is NodeValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as NodeValue).labels) && typeof (value as NodeValue).properties === 'object';
}

export function cellKind(value: unknown): CellKind {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return ISO_DATE.test(value) ? 'date' : 'string';
  if (Array.isArray(value)) return 'list';
  if (isNodeValue(value)) return 'node';
  if (typeof value === 'object' && 'type' in value && 'properties' in value) return 'relationship';
  if (typeof value === 'object' && 'segments' in value && 'start' in value) return 'path';
  return 'map';
}

/** The kind every non-null value of each column shares ('mixed' when they differ, 'null' when all are null). */
export function columnKinds(result: Pick<CypherResult, 'columns' | 'rows'>): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  for (const column of result.columns) {
    let kind: ColumnKind = 'null';
    for (const row of result.rows) {
      const k = cellKind(row[column]);
      if (k === 'null') continue;
      if (kind === 'null') kind = k;
      else if (kind !== k) {
        kind = 'mixed';
        break;
      }
    }
    kinds[column] = kind;
  }
  return kinds;
}

export const KIND_LABELS: Record<ColumnKind, string> = {
  null: '空 null',
  node: '节点 node',
  relationship: '关系 relationship',
  path: '路径 path',
  number: '数字 number',
  boolean: '布尔 boolean',
  date: '日期 date',
  string: '文本 text',
  list: '列表 list',
  map: '映射 map',
  mixed: '混合 mixed',
};

/**
 * A number as the table shows it: integers whole, others to six significant digits, so a product of
 * probabilities reads 0.918897, not 0.9188970000000001 (the cell's title keeps the exact value).
 */
export function numberText(n: number): string {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/** What a node chip shows: its name (or title, or first label) and the entity id a click selects. */
export function nodeChip(node: NodeValue): { label: string; type: string; entityId: string | null } {
  const p = node.properties;
  const label = [p.name, p.title, p.id, node.labels[0]].find((v) => typeof v === 'string' && v.length > 0) as string | undefined;
  const type = (typeof p.type === 'string' && p.type) || node.labels.find((l) => l !== 'Entity') || node.labels[0] || 'Node';
  const entityId = node.labels.includes('Entity') && typeof p.id === 'string' ? p.id : null;
  return { label: label ?? '(node)', type, entityId };
}

/** The rows of page `page` (0-based), clamped to the pages there are, with the page count. */
export function pageOf<T>(rows: readonly T[], page: number, size = RESULT_PAGE): { rows: T[]; page: number; pages: number; first: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages, first: p * size };
}
