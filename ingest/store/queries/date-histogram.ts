// Articles and events per day, week, month or year, for the explorer's time slider; and the bucket
// that suits the span of the data (chooseBucket), so a corpus of one day and one of twenty years
// both give a readable histogram.
import type { Store } from '../client.ts';
import { QueryOptionsError } from './options.ts';

const MODULE = 'store/queries/date-histogram';

export const HISTOGRAM_BUCKETS = ['day', 'week', 'month', 'year'] as const;
export type HistogramBucketUnit = (typeof HISTOGRAM_BUCKETS)[number];

export interface DateBucket {
  /** YYYY-MM-DD (a day, or the Monday of a week), YYYY-MM or YYYY. */
  date: string;
  articles: number;
  events: number;
}

/** Most days each bucket may cover before the next larger one is used (about 60 to 200 bars). */
export const BUCKET_SPANS: Record<Exclude<HistogramBucketUnit, 'year'>, number> = { day: 92, week: 730, month: 15 * 366 };

/** The bucket for a span of days: day up to three months, week up to two years, month up to fifteen, then year. */
export function chooseBucket(spanDays: number): HistogramBucketUnit {
  if (!Number.isFinite(spanDays) || spanDays < 0) throw new QueryOptionsError(`${MODULE}: spanDays must be a non-negative number, got ${spanDays}`);
  if (spanDays <= BUCKET_SPANS.day) return 'day';
  if (spanDays <= BUCKET_SPANS.week) return 'week';
  if (spanDays <= BUCKET_SPANS.month) return 'month';
  return 'year';
}

export async function dateHistogram(store: Store, options: { bucket: HistogramBucketUnit } = { bucket: 'day' }): Promise<DateBucket[]> {
  if (!HISTOGRAM_BUCKETS.includes(options.bucket)) {
    throw new QueryOptionsError(`${MODULE}: bucket must be one of ${HISTOGRAM_BUCKETS.join(', ')}, got "${String(options.bucket)}"`);
  }
  return (await store.read('date-histogram', { bucket: options.bucket })) as unknown as DateBucket[];
}

/** First and last local day of the articles and dated events; nulls when there are none. */
export async function dateExtent(store: Store): Promise<{ first: string | null; last: string | null }> {
  const [row] = await store.read('date-extent', {});
  return { first: (row?.first as string | null) ?? null, last: (row?.last as string | null) ?? null };
}

/** The histogram in the bucket that suits the data's span (day when there is no data). */
export async function autoDateHistogram(store: Store): Promise<{ bucket: HistogramBucketUnit; buckets: DateBucket[] }> {
  const { first, last } = await dateExtent(store);
  const span = first && last ? (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 : 0;
  const bucket = chooseBucket(span);
  return { bucket, buckets: await dateHistogram(store, { bucket }) };
}
