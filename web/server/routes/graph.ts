// GET /api/graph: nodes and edges for sigma (the home view).
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { DEFAULT_GRAPH_OVERVIEW_OPTIONS, graphOverview } from '../../../ingest/store/queries/graph-overview.ts';
import { MAX_EDGE_LIMIT } from '../../../ingest/store/queries/options.ts';
import { int } from '../schemas.ts';
import { HttpError } from '../http-error.ts';

const GraphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20_000).default(300),
  minWeight: z.coerce.number().int().min(1).default(1),
  edgeLimit: int(1, MAX_EDGE_LIMIT, DEFAULT_GRAPH_OVERVIEW_OPTIONS.edgeLimit),
});

export function graphRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const parsed = GraphQuery.safeParse(c.req.query());
    if (!parsed.success) {
      throw new HttpError(400, `web/server: bad query for /api/graph: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    return c.json(await graphOverview(store, parsed.data));
  });
  return app;
}
