// The Cypher console's endpoints:
//   POST /api/cypher {query, params}   read-only run (store/readonly-runner: EXPLAIN must say "r",
//                                      then a read transaction that is always rolled back)
//   GET  /api/cypher/examples          the project's own read queries from cypher/, one click away
// A refused write answers 403 with the runner's message; bad Cypher 400; a timeout 408.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { ReadOnlyQueryError, runReadOnly } from '../../../ingest/store/readonly-runner.ts';
import type { CypherExample, CypherResult } from '../../src/core/api/types.ts';
import { HttpError } from '../http-error.ts';
import { parseInput } from '../validate.ts';

const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'cypher');
const WRITES = /\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b/i;

const CypherBody = z.object({
  query: z.string().min(1, 'must not be empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

const STATUS: Record<ReadOnlyQueryError['kind'], 400 | 403 | 408> = { refused: 403, timeout: 408, invalid: 400, options: 400 };

/** The read-only statements of cypher/ (files with no write clause), sorted by name. */
export function cypherExamples(dir = CYPHER_DIR): CypherExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ name: f.replace(/\.cypher$/, ''), query: readFileSync(join(dir, f), 'utf8').trim() }))
    .filter((ex) => !WRITES.test(ex.query.replace(/\/\/[^\n]*/g, '')));
}

export function cypherRoutes(store: Store): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const raw: unknown = await c.req.json().catch(() => {
      throw new HttpError(400, 'web/server: POST /api/cypher needs a JSON body such as {"query": "MATCH (n) RETURN n LIMIT 25", "params": {}}');
    });
    const { query, params } = parseInput(CypherBody, raw, 'POST /api/cypher');
    try {
      const result = await runReadOnly(store, { query, params });
      const body: CypherResult = {
        ...result,
        graph: {
          nodes: result.graph.nodes,
          relationships: result.graph.relationships.map((r) => ({ id: r.id, type: r.type, source: r.start, target: r.end, properties: r.properties })),
        },
      };
      return c.json(body);
    } catch (err) {
      if (err instanceof ReadOnlyQueryError) throw new HttpError(STATUS[err.kind], err.message, { cause: err });
      throw err;
    }
  });
  app.get('/examples', (c) => c.json({ examples: cypherExamples() }));
  return app;
}
