// The Cypher console's endpoints:
//   POST /api/cypher {query, params}   read-only run through store/console (plan-checked, bounded)
//   GET  /api/cypher/examples          the analyst cookbook: the statements of cypher/ that open with
//                                      `// Analyst example:` (and that the console would run)
// CONSOLE=off answers 403; CONSOLE=token needs `Authorization: Bearer $API_TOKEN`.
// Errors: refused 403, bad Cypher 400, timeout 408, too large 413, busy 429, Neo4j down 503.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ConsoleMode } from '../../../ingest/config.ts';
import { ConsoleQueryError, type ConsoleRefusal } from '../../../ingest/store/console/errors.ts';
import type { ReadOnlyConsole } from '../../../ingest/store/console/readonly-console.ts';
import { cypherWithComments, listCypherFiles } from '../../../ingest/store/cypher-registry.ts';
import type { CypherExample } from '../../shared/api-types.ts';
import { requireBearer } from '../bearer.ts';
import { HttpError } from '../http-error.ts';
import { parseInput } from '../validate.ts';

const CypherBody = z.object({
  query: z.string().min(1, 'must not be empty'),
  params: z.record(z.string(), z.unknown()).default({}),
});

const STATUS: Record<ConsoleRefusal, ContentfulStatusCode> = {
  refused: 403,
  invalid: 400,
  options: 400,
  timeout: 408,
  'too-large': 413,
  busy: 429,
  unavailable: 503,
};

export interface CypherRouteOptions {
  console?: ReadOnlyConsole;
  mode?: ConsoleMode;
  apiToken?: string;
}

/** The client's address, for the per-client limit; app.request() in tests has none. */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

const ANALYST = /^\/\/ Analyst example: (.*)$/m;

/**
 * The question an analyst statement answers, from its first line (`// Analyst example: 谁会见了谁 Who
 * met whom — …`, up to the dash), or null for a statement the system runs for itself (job-lease-get …).
 */
export function exampleTitle(query: string): string | null {
  const first = query.split('\n', 1)[0] ?? '';
  const line = ANALYST.exec(first);
  return line ? line[1]!.split(/ — |: e\.g\.|$/)[0]!.trim() : null;
}

/**
 * The parameters an example runs with, from its `// Parameters: {…}` comment line (JSON), so a click
 * in the console gives an analyst a query that runs (roles-holders: 发言人 at 外交部). A line that is
 * not JSON is the file's fault and says so.
 */
export function exampleParams(name: string, query: string): { params?: Record<string, unknown> } {
  const line = /^\/\/ Parameters: (.*)$/m.exec(query);
  if (!line) return {};
  try {
    const params: unknown = JSON.parse(line[1]!);
    if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new Error('not a JSON object');
    return { params: params as Record<string, unknown> };
  } catch (err) {
    throw new Error(
      `web/server/routes/cypher: cypher/${name}.cypher has a "// Parameters:" line that is not a JSON object (${(err as Error).message}); write it as // Parameters: {"name": "value"}`,
      { cause: err },
    );
  }
}

export function cypherRoutes({ console: runner, mode = 'on', apiToken }: CypherRouteOptions): Hono {
  const app = new Hono();
  let examples: Promise<CypherExample[]> | undefined;
  app.use('*', async (c, next) => {
    if (mode === 'off' || !runner) throw new HttpError(403, 'web/server/routes/cypher: the Cypher console is turned off on this server (CONSOLE=off)');
    if (mode === 'token') requireBearer(c, apiToken, 'the Cypher console');
    return next();
  });
  app.post('/', async (c) => {
    const raw: unknown = await c.req.json().catch(() => {
      throw new HttpError(400, 'web/server/routes/cypher: POST /api/cypher needs a JSON body such as {"query": "MATCH (n) RETURN n LIMIT 25", "params": {}}');
    });
    const { query, params } = parseInput(CypherBody, raw, 'POST /api/cypher');
    try {
      const result = await runner!.run({ query, params, client: clientOf(c) });
      return c.json({
        ...result,
        graph: {
          nodes: result.graph.nodes,
          relationships: result.graph.relationships.map((r) => ({ id: r.id, type: r.type, source: r.start, target: r.end, properties: r.properties })),
        },
      });
    } catch (err) {
      if (err instanceof ConsoleQueryError) throw new HttpError(STATUS[err.kind], err.message, { cause: err });
      throw err;
    }
  });
  app.get('/examples', async (c) => {
    // The console's own check decides which statements are examples, once per server.
    examples ??= (async () => {
      const out: CypherExample[] = [];
      for (const name of listCypherFiles()) {
        // With its comments: they say what it answers, and give the parameters it runs with.
        const query = cypherWithComments(name);
        const title = exampleTitle(query);
        if (title !== null && (await runner!.admits(query))) out.push({ name, title, query, ...exampleParams(name, query) });
      }
      return out;
    })().catch((err: unknown) => {
      examples = undefined;
      throw err;
    });
    return c.json({ examples: await examples });
  });
  return app;
}
