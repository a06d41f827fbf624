// The per-date tallies behind the histogram and the date extent (cypher/date-tally.cypher): which
// dates a write touched, and the one-time tally of a database written before tallies existed.
import type { ManagedTransaction } from 'neo4j-driver';
import { runNamed, type Store } from './client.ts';

/** Dates recounted per transaction when a whole database is tallied. */
const CHUNK = 500;

/** The local day of a stored instant string (an ISO time in the article's own offset), or null. */
export function localDay(publishedAt: string | null | undefined): string | null {
  return publishedAt ? publishedAt.slice(0, 10) : null;
}

/** True for a YYYY, YYYY-MM or YYYY-MM-DD that names a real year, month or day (not 2024-02-30). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/**
 * The date an event id carries (`event:<name>@<date>`, ingest/extract/events/extract.ts), or null;
 * null too for a day that does not exist (an article's 2月30日), which no tally can hold.
 */
export function eventDate(id: string): string | null {
  const date = /@(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(id)?.[1];
  return date !== undefined && isCalendarDate(date) ? date : null;
}

/** Recounts the tallies of these dates from the stored articles and events, in the writer's transaction. */
export async function recountDateTallies(tx: ManagedTransaction, dates: Iterable<string | null>): Promise<void> {
  const list = [...new Set([...dates].filter((d): d is string => d !== null))].sort();
  if (list.length > 0) await runNamed(tx, 'date-tally', { dates: list });
}

/** Tallies a database written before the tallies existed (once; later calls read one node). */
export async function ensureDateTallies(store: Store): Promise<number> {
  const dates = (await store.read('date-tally-pending')).map((r) => r.date as string).filter(isCalendarDate);
  for (let i = 0; i < dates.length; i += CHUNK) {
    const chunk = dates.slice(i, i + CHUNK);
    await store.writeTx((tx) => recountDateTallies(tx, chunk));
  }
  await store.writeTx((tx) => runNamed(tx, 'date-tally-done', {}));
  return dates.length;
}
