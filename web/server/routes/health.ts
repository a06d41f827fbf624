// GET /api/health: is Neo4j reachable, and which version it is. 503 when it is not.
import { Hono } from 'hono';
import { serverInfo, type Store } from '../../../ingest/store/client.ts';

export function healthRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    try {
      const info = await serverInfo(store);
      return c.json({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } });
    } catch (err) {
      return c.json({ status: 'unavailable', neo4j: { reachable: false, error: (err as Error).message } }, 503);
    }
  });
  return app;
}
