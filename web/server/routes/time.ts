// Time endpoints: the events timeline and the histogram under the time slider.
//   GET /api/timeline?from&to&limit      events with their participants
//   GET /api/histogram?bucket=auto|day|week|month|year  articles and events per bucket (auto: from the span)
//   GET /api/stats                        counts by label and relationship type
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { autoDateHistogram, dateHistogram, graphStats, HISTOGRAM_BUCKETS, timeline } from '../../../ingest/store/queries/index.ts';
import type { HistogramBucket } from '../../shared/api-types.ts';
import { fromNotAfterTo, int, isoDate } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const TimelineQuery = z.object({ from: isoDate, to: isoDate, limit: int(1, 10_000, 200) }).superRefine(fromNotAfterTo);
const HistogramQuery = z.object({ bucket: z.enum(['auto', ...HISTOGRAM_BUCKETS]).default('auto') });

export function timeRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/timeline', async (c) => {
    const q = parseInput(TimelineQuery, c.req.query(), 'GET /api/timeline');
    return c.json({ events: await timeline(store, q) });
  });
  app.get('/histogram', async (c) => {
    const q = parseInput(HistogramQuery, c.req.query(), 'GET /api/histogram');
    const { bucket, buckets } =
      q.bucket === 'auto' ? await autoDateHistogram(store) : { bucket: q.bucket, buckets: await dateHistogram(store, { bucket: q.bucket }) };
    const out: HistogramBucket[] = buckets.map((b) => ({ date: b.date, count: b.articles + b.events, articles: b.articles, events: b.events }));
    return c.json({ bucket, buckets: out });
  });
  app.get('/stats', async (c) => c.json(await graphStats(store)));
  return app;
}
