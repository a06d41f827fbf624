// A job's lease in Neo4j: whoever holds it runs the job; it expires on its own (leaseMs) so a
// crashed instance never blocks a job for good, and is renewed while a run is going on.
import type { Store } from '../store/client.ts';

export interface Lease {
  /** Stops renewing and gives the lease back. */
  release(): Promise<void>;
  /** Stops renewing only, where Neo4j cannot be written: the lease then expires by itself. */
  abandon(): void;
}

export async function tryAcquireLease(store: Store, name: string, owner: string, leaseMs: number): Promise<Lease | undefined> {
  const acquire = async (): Promise<boolean> => {
    const now = Date.now();
    const rows = await store.write('job-lease-acquire', { name, owner, now, expiresAt: now + leaseMs });
    return rows.length > 0;
  };
  if (!(await acquire())) return undefined;
  const timer = setInterval(
    () => {
      // A failed renewal is not fatal: the run goes on and the lease simply expires later.
      acquire().catch(() => undefined);
    },
    Math.max(500, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await store.write('job-lease-release', { name, owner }).catch(() => undefined);
    },
    abandon() {
      clearInterval(timer);
    },
  };
}

export async function leaseHolder(store: Store, name: string): Promise<{ owner: string; expiresAt: number } | undefined> {
  const [row] = await store.read('job-lease-get', { name });
  if (!row || typeof row.owner !== 'string' || Number(row.expiresAt) < Date.now()) return undefined;
  return { owner: row.owner, expiresAt: Number(row.expiresAt) };
}
