// Converts driver values (Integers, temporals, nodes, relationships, paths) to plain JSON once, at
// the store boundary, so nothing above the store ever sees a neo4j-driver type. A DateTime keeps the
// offset it was stored with (an article at 01:06 +08:00 stays 2024-05-05T01:06:00.000+08:00): its first
// ten characters are the local day the article states; converting to UTC showed it a day early.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type DateTime, type Record as Neo4jRecord } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with milliseconds in the value's own offset (`Z` for UTC, as toISOString writes it). */
function dateTimeInOwnOffset(value: DateTime): string {
  const offset = value.timeZoneOffsetSeconds;
  if (offset === undefined || offset === null) return new Date(value.toString()).toISOString();
  const seconds = neo4j.integer.toNumber(offset);
  const minutes = Math.round(seconds / 60);
  const zone = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  const n = (x: number | { toNumber(): number }): number => (typeof x === 'number' ? x : x.toNumber());
  const year = n(value.year);
  const y = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
  return `${y}-${pad(n(value.month))}-${pad(n(value.day))}T${pad(n(value.hour))}:${pad(n(value.minute))}:${pad(n(value.second))}.${pad(Math.floor(n(value.nanosecond) / 1e6), 3)}${zone}`;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDateTime(value as never)) return dateTimeInOwnOffset(value as DateTime);
  if (isLocalDateTime(value as never)) return new Date((value as { toString(): string }).toString()).toISOString();
  if (isDate(value as never) || isTime(value as never) || isLocalTime(value as never) || isDuration(value as never)) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof neo4j.types.Node) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  }
  if (value instanceof neo4j.types.Relationship) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (value instanceof neo4j.types.Path) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

export function recordToPlain(record: Neo4jRecord): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
