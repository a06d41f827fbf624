// Neo4j going away mid-run: writes that fail because the database is unreachable wait for it
// (probing, bounded by `maxWaitMs`) and are retried, which is safe because every write is
// idempotent; past the bound a StoreDownError ends the run as failed.
import type { Store } from '../store/client.ts';
import { KgError } from '../errors.ts';
import { isStoreUnavailable } from '../store/unavailable.ts';

export { isStoreUnavailable };

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
