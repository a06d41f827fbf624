// GET /api/health: is Neo4j reachable, which version it is, and what extraction runs on. 503 when
// Neo4j is not reachable. `extractor` says whether this server extracts on the NER model or, by the
// operator's opt-in (EXTRACTOR=jieba-fallback), degraded on jieba POS tags; the explorer shows a
// banner for the latter. null: this server loaded no extractor (no jobs, sample already ingested).
import { Hono } from 'hono';
import type { ExtractorStatus } from '../../../ingest/extract/extractor.ts';
import { serverInfo, type Store } from '../../../ingest/store/client.ts';
import type { ApiHealth } from '../../shared/api-types.ts';

export function healthRoutes(store: Store, extractor?: ExtractorStatus): Hono {
  const app = new Hono();
  const extraction = extractor ?? null;
  app.get('/', async (c) => {
    try {
      const info = await serverInfo(store);
      const body: ApiHealth = { status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition }, extractor: extraction };
      return c.json(body);
    } catch (err) {
      const body: ApiHealth = { status: 'unavailable', neo4j: { reachable: false, error: (err as Error).message }, extractor: extraction };
      return c.json(body, 503);
    }
  });
  return app;
}
