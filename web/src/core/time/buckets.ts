// Pure time helpers for the time bar: the days a histogram bucket covers (a day, a week from its
// Monday, a month, a year), and the next window when the time bar plays (the window moves on by one
// bucket until its end reaches the last day). Days are YYYY-MM-DD strings, computed in UTC so no
// browser time zone moves them.
import type { HistogramUnit } from '../../../shared/api-types.ts';

export type { HistogramUnit } from '../../../shared/api-types.ts';

const DAY_MS = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const UNIT_LABELS: Record<HistogramUnit, string> = { day: '按日 daily', week: '按周 weekly', month: '按月 monthly', year: '按年 yearly' };

/** First day and number of days of a bucket keyed YYYY-MM-DD (day, week's Monday), YYYY-MM or YYYY. */
export function bucketDays(key: string, unit: HistogramUnit): { start: string; days: number } {
  if (unit === 'year') {
    const start = `${key.slice(0, 4)}-01-01`;
    return { start, days: Math.round((Date.UTC(Number(key.slice(0, 4)) + 1, 0, 1) - ms(start)) / DAY_MS) };
  }
  if (unit === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    const start = `${key.slice(0, 7)}-01`;
    return { start, days: Math.round((Date.UTC(y, m, 1) - ms(start)) / DAY_MS) };
  }
  const start = key.slice(0, 10);
  if (Number.isNaN(ms(start))) throw new Error(`core/time: "${key}" is no ${unit} bucket (YYYY-MM-DD expected)`);
  return { start, days: unit === 'week' ? 7 : 1 };
}

/** The day `n` days after `day`. */
export const addDays = (day: string, n: number): string => iso(ms(day) + n * DAY_MS);

/** Days from `a` to `b`. */
export const daysBetween = (a: string, b: string): number => Math.round((ms(b) - ms(a)) / DAY_MS);

/**
 * The window after one play step: moved on by one bucket's length (at least a day), keeping its
 * width; null when its end is already at `last`. A window that would overrun is clamped to end on `last`.
 */
export function nextWindow(window: { from: string; to: string }, unit: HistogramUnit, last: string): { from: string; to: string } | null {
  if (window.to >= last) return null;
  const step = unit === 'year' ? 365 : unit === 'month' ? 30 : unit === 'week' ? 7 : 1;
  const width = daysBetween(window.from, window.to);
  const to = addDays(window.to, step) > last ? last : addDays(window.to, step);
  return { from: addDays(to, -width), to };
}

/** The window playing starts from: the one set, or the first tenth of the span (at least one bucket). */
export function playStart(window: { from?: string; to?: string }, unit: HistogramUnit, first: string, last: string): { from: string; to: string } {
  if (window.from && window.to && window.to < last) return { from: window.from, to: window.to };
  const bucket = unit === 'year' ? 365 : unit === 'month' ? 30 : unit === 'week' ? 7 : 1;
  const width = Math.max(bucket - 1, Math.round(daysBetween(first, last) / 10));
  const to = addDays(first, width) > last ? last : addDays(first, width);
  return { from: first, to };
}
