// Which errors of a store call mean Neo4j cannot be reached, or can no longer write at all, as
// against a statement it refused: the one classification the writer's messages (write-articles.ts)
// and the ingest path's waiting and exit codes (ingest/jobs/store-guard.ts) both follow.

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
/**
 * Transient errors that are no outage: a transaction larger than the server's memory limit fails the
 * same way on every retry, so waiting for the database would only hide what went wrong.
 */
const NOT_AN_OUTAGE = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError']);

type Cause = { code?: unknown; message?: unknown; cause?: unknown };

/** `err` and its causes, outermost first (five at most: the writer wraps the driver's error once or twice). */
export function* causeChain(err: unknown): Generator<Cause> {
  for (let e = err as Cause | undefined, depth = 0; e && depth < 5; e = e.cause as Cause | undefined, depth++) yield e;
}

/** True when `err` says the database cannot be reached (rather than that the statement is wrong). */
export function isStoreUnavailable(err: unknown): boolean {
  for (const e of causeChain(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NOT_AN_OUTAGE.has(code)) return false;
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError')) return true;
    if (typeof e.message === 'string' && /ECONNREFUSED|Connection was closed|Pool is closed|connection.*(closed|terminated)|Failed to connect/i.test(e.message))
      return true;
  }
  return false;
}

/**
 * Neo4j answers but can no longer start or commit any transaction: the database panicked (most often
 * its disk is full; also a failed disk or damaged store files) and stays so until it is restarted.
 * Neither the document being written nor waiting is the cure, so the run stops at once.
 */
const BROKEN_CODES = new Set([
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
  'Neo.DatabaseError.Transaction.TransactionLogError',
  'Neo.DatabaseError.General.StorageDamageDetected',
]);

/** What to do about a database that can no longer commit (isStoreBroken), for every message that reports one. */
export const BROKEN_STORE_ADVICE =
  'Most often its disk is full: its debug.log says so (OutOfDiskSpaceException, "No space left on device"; ' +
  "the bundled Neo4j's is $DATA_DIR/neo4j/logs/debug.log, data/neo4j/logs/debug.log by default). Free space on that disk and restart Neo4j";

/** True when `err` says the database can take no write until someone frees its disk or restarts it. */
export function isStoreBroken(err: unknown): boolean {
  for (const e of causeChain(err)) {
    if (typeof e.code === 'string' && BROKEN_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /needs to be restarted/i.test(e.message)) return true;
  }
  return false;
}
