// Shared option checks for the query library: the graphology way, defaults merged once and validated
// at the entry point, so a bad page size or date fails with a typed error before Neo4j is asked.
import neo4j, { type Integer } from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import { ENTITY_TYPES } from '../../model.ts';
import { KgError } from '../../errors.ts';

export class QueryOptionsError extends KgError {
  override name = 'QueryOptionsError';
  readonly code = 'query-options' as const;
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

/** The most edges of a kind a view may be asked for (`edgeLimit`: co-mentions, typed edges). */
export const MAX_EDGE_LIMIT = 100_000;

/** Cypher's order of strings (UTF-16 code units), for lists put in order after the statement, so a view's layout meets the same graph in the same order. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** Examples every date error message gives, so a caller sees the accepted shapes at once. */
export const DATE_EXAMPLES = '2024, 2024-05 or 2024-05-05';

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a real calendar year, month or day in ISO form (2024, 2024-05, 2024-05-05); false for
 * month 00 or 13, day 00 or 32, 2023-02-29 and anything else. A regular expression alone let
 * 2024-13-45 through to Neo4j's datetime() (a 500) and 2024-00 into string comparisons that matched
 * the whole year.
 */
export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date (see isCalendarDate) or a date-time on a real day (2024-05-05T10:00:00+08:00), or null. */
export function dateOption(module: string, name: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const dateTime = DATE_TIME.exec(value);
  const valid = dateTime ? isCalendarDate(dateTime[1]!) && !Number.isNaN(Date.parse(value)) : isCalendarDate(value);
  if (!valid) {
    throw new QueryOptionsError(
      `${module}: ${name} must be a calendar date such as ${DATE_EXAMPLES} (or a date-time such as 2024-05-05T10:00:00+08:00), got "${value}"`,
    );
  }
  return value;
}

/** Milliseconds of a UTC calendar day; years below 100 stay themselves (Date.UTC maps them to 19xx). */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
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
  const end = d !== undefined ? utcDay(y, m! - 1, d + 1) : m !== undefined ? utcDay(y, m, 1) : utcDay(y + 1, 0, 1);
  return new Date(end - 1).toISOString();
}

/** True when a window from..to holds no instant: `from` starts after `to` ends (2024-06 after 2024-05-31). */
export function isEmptyWindow(from: string, to: string): boolean {
  return Date.parse(windowStart(from)) > Date.parse(windowEnd(to));
}

/** Both bounds of a time window, each checked by dateOption, and `from` not after `to`. */
export function windowOption(module: string, from: string | undefined, to: string | undefined): { from: string | null; to: string | null } {
  const window = { from: dateOption(module, 'from', from), to: dateOption(module, 'to', to) };
  if (window.from !== null && window.to !== null && isEmptyWindow(window.from, window.to)) {
    throw new QueryOptionsError(
      `${module}: from "${window.from}" is after to "${window.to}"; pass a from on or before to, such as from=2024-05-01&to=2024-05-31`,
    );
  }
  return window;
}
