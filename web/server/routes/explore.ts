// Graph endpoints of the explorer, over the store's query library:
//   GET /api/home?from&to&limit&minWeight&edgeLimit   the strongest part of the graph for a window
//   GET /api/neighbourhood?ids&depth&types&minWeight&from&to&hubCap   expansion, with "N more"
//   GET /api/path?source&target&maxDepth          shortest co-mention path ({found:false} when none)
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { DEFAULT_GRAPH_OVERVIEW_OPTIONS, MAX_EDGE_LIMIT, homeView, neighbourhood, shortestPath } from '../../../ingest/store/queries/index.ts';
import { commaList, entityId, entityTypes, fromNotAfterTo, int, isoDate } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const HomeQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    limit: int(1, 20_000, 300),
    minWeight: z.coerce.number().min(0).default(1),
    edgeLimit: int(0, MAX_EDGE_LIMIT, DEFAULT_GRAPH_OVERVIEW_OPTIONS.edgeLimit),
  })
  .superRefine(fromNotAfterTo);
const NeighbourhoodQuery = z
  .object({
    ids: commaList.pipe(z.array(entityId).min(1, 'must list at least one entity id').max(100)),
    depth: z.coerce.number().int().min(1).max(2).default(1),
    types: entityTypes,
    minWeight: z.coerce.number().min(0).default(1),
    from: isoDate,
    to: isoDate,
    hubCap: int(1, 10_000, 50),
  })
  .superRefine(fromNotAfterTo);
const PathQuery = z.object({ source: entityId, target: entityId, maxDepth: int(1, 10, 6) });

export function exploreRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/home', async (c) => {
    const q = parseInput(HomeQuery, c.req.query(), 'GET /api/home');
    return c.json(await homeView(store, q));
  });
  app.get('/neighbourhood', async (c) => {
    const q = parseInput(NeighbourhoodQuery, c.req.query(), 'GET /api/neighbourhood');
    return c.json(await neighbourhood(store, { ...q, depth: q.depth as 1 | 2 }));
  });
  app.get('/path', async (c) => {
    const q = parseInput(PathQuery, c.req.query(), 'GET /api/path');
    const path = await shortestPath(store, q);
    return c.json(path ? { found: true, ...path } : { found: false, nodes: [], edges: [] });
  });
  return app;
}
