// A typed HTTP error with a status and a cause; one handler maps every error to a JSON response
// with a message that says what to do next.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isStoreUnavailable } from '../../ingest/jobs/store-guard.ts';
import { BROKEN_STORE_ADVICE, isStoreBroken } from '../../ingest/store/unavailable.ts';
import { StoreUnavailableError } from '../../ingest/store/client.ts';
import { QueryOptionsError } from '../../ingest/store/queries/options.ts';
import { KgError } from '../../ingest/errors.ts';
import { createLogger } from '../../ingest/logger.ts';

// The server's log (pino JSON lines on stdout, like start.ts's): a 500 is a bug worth its stack trace.
const log = createLogger();

export class HttpError extends KgError {
  override name = 'HttpError';
  readonly code = 'http' as const;
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function handleError(err: Error, c: Context): Response {
  if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
  if (err instanceof StoreUnavailableError) return c.json({ error: err.message }, 503);
  if (err instanceof QueryOptionsError) return c.json({ error: err.message }, 400);
  // Neo4j went away under the request: not a bug of ours, so no stack trace, and a status that says
  // "try again" (the availability guard words it with what it knows of the restart).
  if (isStoreBroken(err)) {
    // The operator's cue (no stack: the cause is in Neo4j's debug.log, not in this server).
    log.error({ neo4j: err.message, method: c.req.method, path: c.req.path }, 'web/server: Neo4j can no longer start transactions');
    return c.json({ error: `web/server: Neo4j can no longer start transactions and must be restarted. ${BROKEN_STORE_ADVICE}.` }, 503);
  }
  if (isStoreUnavailable(err)) return c.json({ error: 'web/server: Neo4j is not reachable; try again in a few seconds' }, 503);
  log.error({ err, method: c.req.method, path: c.req.path }, 'web/server: unexpected error');
  return c.json({ error: 'web/server: internal error; see the server log for details' }, 500);
}
