// Neo4j going away mid-run: writes that fail because the database is unreachable wait for it
// (probing, bounded by `maxWaitMs`) and are retried, which is safe because every write is
// idempotent; past the bound a StoreDownError ends the run as failed.
import type { Store } from '../store/client.ts';
import { KgError } from '../errors.ts';

export class StoreDownError extends KgError {
  override readonly name = 'StoreDownError';
  readonly code = 'store-unavailable' as const;
}

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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves true once the server answers, false when `maxWaitMs` passes first. */
export async function waitForStore(store: Store, maxWaitMs: number, probeMs = 500): Promise<boolean> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    try {
      await store.driver.getServerInfo({ database: store.database });
      return true;
    } catch {
      if (Date.now() >= until) return false;
      await sleep(Math.min(probeMs, Math.max(0, until - Date.now())));
    }
  }
}

/** Runs `work`, waiting out (once, bounded) an unreachable database before giving up. */
export async function guarded<T>(store: Store, maxWaitMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      const left = maxWaitMs - (Date.now() - started);
      if (left <= 0 || !(await waitForStore(store, left))) {
        throw new StoreDownError(
          `ingest/jobs/store-guard: Neo4j stayed unreachable for ${Math.round(maxWaitMs / 1000)} s (${(err as Error).message}); the run stops here and the next run resumes. Check that Neo4j is running (NEO4J_URI)`,
          { cause: err },
        );
      }
    }
  }
}
