// Which errors of a store call mean Neo4j cannot be reached, as against a statement it refused: the
// one classification the writer's messages (write-articles.ts) and the ingest path's waiting and
// exit codes (ingest/jobs/store-guard.ts) both follow.

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
/**
 * Transient errors that are no outage: a transaction larger than the server's memory limit fails the
 * same way on every retry, so waiting for the database would only hide what went wrong.
 */
const NOT_AN_OUTAGE = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError']);

/** True when `err` says the database cannot be reached (rather than that the statement is wrong). */
export function isStoreUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NOT_AN_OUTAGE.has(code)) return false;
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError')) return true;
    if (typeof e.message === 'string' && /ECONNREFUSED|Connection was closed|Pool is closed|connection.*(closed|terminated)|Failed to connect/i.test(e.message))
      return true;
  }
  return false;
}
