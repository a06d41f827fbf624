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

/** Articles written for the first time, per local day: what their days' tallies gain without a recount. */
export type AddedDays = ReadonlyMap<string, { articles: number; monthArticles: number }>;

/**
 * Writes the tallies of the dates a transaction touched (date-tally.cypher): `recount` from the
 * stored articles and events; `added` (and the dates in `events`) by adding the new articles'
 * counts to the tally and counting the date's events again. A date in `recount` is only recounted.
 */
export async function writeDateTallies(
  tx: ManagedTransaction,
  touched: { recount: Iterable<string | null>; added?: AddedDays; events?: Iterable<string | null> },
): Promise<void> {
  const recount = new Set([...touched.recount].filter((d): d is string => d !== null));
  const rows = new Map<string, { date: string; recount: boolean; articles: number; monthArticles: number }>();
  for (const date of recount) rows.set(date, { date, recount: true, articles: 0, monthArticles: 0 });
  for (const [date, n] of touched.added ?? []) if (!recount.has(date)) rows.set(date, { date, recount: false, ...n });
  for (const date of touched.events ?? []) if (date !== null && !rows.has(date)) rows.set(date, { date, recount: false, articles: 0, monthArticles: 0 });
  const list = [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  if (list.length > 0) await runNamed(tx, 'date-tally', { rows: list });
}

/** Tallies a database written before the tallies existed (once; later calls read one node). */
export async function ensureDateTallies(store: Store): Promise<number> {
  const dates = (await store.read('date-tally-pending')).map((r) => r.date as string).filter(isCalendarDate);
  for (let i = 0; i < dates.length; i += CHUNK) {
    const chunk = dates.slice(i, i + CHUNK);
    await store.writeTx((tx) => writeDateTallies(tx, { recount: chunk }));
  }
  await store.writeTx((tx) => runNamed(tx, 'date-tally-done', {}));
  return dates.length;
}
