// Shared option checks for the query library: the graphology way, defaults merged once and validated
// at the entry point, so a bad page size or date fails with a typed error before Neo4j is asked.
import neo4j, { type Integer } from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import { ENTITY_TYPES } from '../../model.ts';

export class QueryOptionsError extends Error {
  override name = 'QueryOptionsError';
}

/** A whole number in [min, max], as a driver Integer (Cypher's LIMIT and list slices need one). */
export function intOption(module: string, name: string, value: number, min: number, max: number): Integer {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new QueryOptionsError(`${module}: ${name} must be a whole number from ${min} to ${max}, got ${String(value)}; pass a value in range`);
  }
  return neo4j.int(value);
}

export function numberOption(module: string, name: string, value: number, min: number): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) {
    throw new QueryOptionsError(`${module}: ${name} must be a number of at least ${min}, got ${String(value)}`);
  }
  return value;
}

/** Entity types to keep, or null for all; unknown names are refused rather than silently matching nothing. */
export function typesOption(module: string, types: readonly string[] | undefined): EntityType[] | null {
  if (types === undefined || types.length === 0) return null;
  for (const t of types) {
    if (!ENTITY_TYPES.includes(t as EntityType)) {
      throw new QueryOptionsError(`${module}: unknown entity type "${t}"; use one of ${ENTITY_TYPES.join(', ')}`);
    }
  }
  return [...types] as EntityType[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** An ISO date or date-time (2024, 2024-05, 2024-05-05, 2024-05-05T10:00:00+08:00), or null. */
export function dateOption(module: string, name: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!DATE.test(value)) {
    throw new QueryOptionsError(`${module}: ${name} must be an ISO date such as 2024-05-05, got "${value}"`);
  }
  return value;
}

/** Widens a partial date to the first instant it covers (`2024-05` → `2024-05-01T00:00:00Z`). */
export function windowStart(date: string): string {
  if (date.includes('T')) return date;
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** Widens a partial date to the last instant it covers (`2024-05` → `2024-05-31T23:59:59.999Z`). */
export function windowEnd(date: string): string {
  if (date.includes('T')) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const end = d !== undefined ? Date.UTC(y, m! - 1, d + 1) : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return new Date(end - 1).toISOString();
}
