// Neo4j going away mid-run: writes that fail because the database is unreachable wait for it
// (probing, bounded by `maxWaitMs`) and are retried, which is safe because every write is
// idempotent; past the bound a StoreDownError ends the run as failed. A database that answers but
// can no longer commit (a full disk) ends the run at once: no wait would mend it.
import type { Store } from '../store/client.ts';
import { KgError } from '../errors.ts';
import { BROKEN_STORE_ADVICE, causeChain, isStoreBroken, isStoreUnavailable } from '../store/unavailable.ts';

export { isStoreBroken, isStoreUnavailable };

export class StoreDownError extends KgError {
  override readonly name = 'StoreDownError';
  readonly code = 'store-unavailable' as const;
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

/** The run's end when Neo4j can no longer write: what to do before the next run, and what Neo4j said. */
export function storeBroken(err: unknown): StoreDownError {
  return new StoreDownError(
    `ingest/jobs/store-guard: Neo4j can no longer commit anything; the run stops here. ${BROKEN_STORE_ADVICE}, then run again: ` +
      `what was written is kept, and the next run writes the rest, each article once. Neo4j said: ${neo4jMessage(err)}`,
    { cause: err },
  );
}

/** The message of the innermost error that carries a Neo4j code (the driver's own words), else the error's. */
function neo4jMessage(err: unknown): string {
  let said = err instanceof Error ? err.message : String(err);
  for (const e of causeChain(err)) if (typeof e.code === 'string' && typeof e.message === 'string') said = e.message;
  return said;
}

/** Runs `work`, waiting out (once, bounded) an unreachable database before giving up. */
export async function guarded<T>(store: Store, maxWaitMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (isStoreBroken(err)) throw storeBroken(err);
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
