// The one place that opens Neo4j sessions: named statements from the registry, parameters only,
// executeRead/executeWrite (so transient errors and deadlocks are retried), sessions closed in finally.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { cypher } from './cypher-registry.ts';
import { recordToPlain, type Plain } from './plain.ts';
import { enableTcpNoDelay } from './tcp-no-delay.ts';

export type Row = Record<string, Plain>;

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export interface Store {
  driver: Driver;
  database?: string;
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  write(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Auto-commit run, for statements that manage their own transactions (CALL … IN TRANSACTIONS). */
  autoCommit(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Runs several statements in one write transaction (retried as a whole). */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createDriver(uri: string, user: string, password: string): Driver {
  enableTcpNoDelay();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxTransactionRetryTime: 30_000,
    connectionAcquisitionTimeout: 60_000,
    userAgent: 'news-kg/0.1',
  });
}

/** Runs a named statement inside a transaction and returns plain rows. */
export async function runNamed(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map(recordToPlain);
}

export function openStore(config: Pick<Config, 'neo4jUser' | 'neo4jPassword' | 'neo4jDatabase'> & { uri: string }): Store {
  const driver = createDriver(config.uri, config.neo4jUser, config.neo4jPassword);
  const database = config.neo4jDatabase;
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  return {
    driver,
    database,
    async read(name, params = {}) {
      const s = session('READ');
      try {
        return await s.executeRead((tx) => runNamed(tx, name, params));
      } finally {
        await s.close();
      }
    },
    async write(name, params = {}) {
      const s = session('WRITE');
      try {
        return await s.executeWrite((tx) => runNamed(tx, name, params));
      } finally {
        await s.close();
      }
    },
    async autoCommit(name, params = {}) {
      const s = session('WRITE');
      try {
        const result = await s.run(cypher(name), params);
        return result.records.map(recordToPlain);
      } finally {
        await s.close();
      }
    },
    async writeTx(work) {
      const s = session('WRITE');
      try {
        return await s.executeWrite(work);
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Checks that the database answers; returns its version and edition. */
export async function serverInfo(store: Store): Promise<{ version: string; edition: string }> {
  try {
    const [row] = await store.read('server-version');
    return { version: String(row?.version ?? 'unknown'), edition: String(row?.edition ?? 'unknown') };
  } catch (err) {
    throw new StoreUnavailableError(
      `store/client: Neo4j is not reachable (${(err as Error).message}); check NEO4J_URI and that the server is running`,
      { cause: err },
    );
  }
}
