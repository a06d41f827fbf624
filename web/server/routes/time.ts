// Time endpoints: the events timeline and the per-day histogram under the time slider.
//   GET /api/timeline?from&to&limit      events with their participants
//   GET /api/histogram?bucket=day|month  articles and events per bucket
//   GET /api/stats                        counts by label and relationship type
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { dateHistogram, graphStats, timeline } from '../../../ingest/store/queries/index.ts';
import type { HistogramBucket } from '../../shared/api-types.ts';
import { fromNotAfterTo, int, isoDate } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const TimelineQuery = z.object({ from: isoDate, to: isoDate, limit: int(1, 10_000, 200) }).superRefine(fromNotAfterTo);
const HistogramQuery = z.object({ bucket: z.enum(['day', 'month']).default('day') });

export function timeRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/timeline', async (c) => {
    const q = parseInput(TimelineQuery, c.req.query(), 'GET /api/timeline');
    return c.json({ events: await timeline(store, q) });
  });
  app.get('/histogram', async (c) => {
    const q = parseInput(HistogramQuery, c.req.query(), 'GET /api/histogram');
    const buckets: HistogramBucket[] = (await dateHistogram(store, q)).map((b) => ({
      date: b.date,
      count: b.articles + b.events,
      articles: b.articles,
      events: b.events,
    }));
    return c.json({ buckets });
  });
  app.get('/stats', async (c) => c.json(await graphStats(store)));
  return app;
}
