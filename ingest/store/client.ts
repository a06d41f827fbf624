// The one place that opens Neo4j sessions: named statements from the registry, parameters only,
// executeRead/executeWrite (so transient errors and deadlocks are retried), sessions closed in finally.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { cypher, loadCypherFiles } from './cypher-registry.ts';
import { recordToPlain, type Plain } from './plain.ts';
import { enableTcpNoDelay } from './tcp-no-delay.ts';
import { KgError } from '../errors.ts';
import { stopAlertDelivery } from '../curation/webhook.ts';

export type Row = Record<string, Plain>;

export class StoreUnavailableError extends KgError {
  override name = 'StoreUnavailableError';
  readonly code = 'store-unavailable' as const;
}

export interface Store {
  driver: Driver;
  database?: string;
  /** Where and as whom the driver connects, for the console's own per-query connections. */
  target: { uri: string; user: string; password: string; database?: string };
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  write(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Auto-commit run, for statements that manage their own transactions (CALL … IN TRANSACTIONS). */
  autoCommit(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Runs several statements in one write transaction (retried as a whole). */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How long the driver keeps trying. Ingest waits out a short outage; the web server fails fast. */
export interface StoreOptions {
  /** Total time a transaction is retried on transient errors (a lost connection included), in ms. */
  maxTransactionRetryTime: number;
  /** Time to open one TCP/Bolt connection, in ms. */
  connectionTimeout: number;
  /** Time to wait for a pooled connection, in ms. */
  connectionAcquisitionTimeout: number;
}

export const DEFAULT_STORE_OPTIONS: StoreOptions = {
  maxTransactionRetryTime: 30_000,
  connectionTimeout: 30_000,
  connectionAcquisitionTimeout: 60_000,
};

export function createDriver(uri: string, user: string, password: string, options: StoreOptions = DEFAULT_STORE_OPTIONS): Driver {
  enableTcpNoDelay();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxTransactionRetryTime: options.maxTransactionRetryTime,
    connectionTimeout: options.connectionTimeout,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeout,
    userAgent: 'news-kg/0.1',
  });
}

/** Runs a named statement inside a transaction and returns plain rows. */
export async function runNamed(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map(recordToPlain);
}

export function openStore(
  config: Pick<Config, 'neo4jUser' | 'neo4jPassword' | 'neo4jDatabase'> & { uri: string },
  options: StoreOptions = DEFAULT_STORE_OPTIONS,
): Store {
  // Every statement is read before the first query, so a broken cypher/ folder fails here.
  loadCypherFiles();
  const driver = createDriver(config.uri, config.neo4jUser, config.neo4jPassword, options);
  const database = config.neo4jDatabase;
  // Every access opens a session in the given mode, runs one piece of work, and always closes it.
  const withSession = async <T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };

  const store: Store = {
    driver,
    database,
    target: { uri: config.uri, user: config.neo4jUser, password: config.neo4jPassword, database },
    read: (name, params = {}) => withSession('READ', (s) => s.executeRead((tx) => runNamed(tx, name, params))),
    write: (name, params = {}) => withSession('WRITE', (s) => s.executeWrite((tx) => runNamed(tx, name, params))),
    autoCommit: (name, params = {}) => withSession('WRITE', async (s) => (await s.run(cypher(name), params)).records.map(recordToPlain)),
    writeTx: (work) => withSession('WRITE', (s) => s.executeWrite(work)),
    // A webhook retry timer still armed for this store (ingest/curation/webhook.ts) stops first, and a
    // delivery under way finishes, so no delivery runs against a closed driver.
    close: async () => {
      await stopAlertDelivery(store);
      await driver.close();
    },
  };
  return store;
}

/** Checks that the database answers; returns its version and edition. */
export async function serverInfo(store: Store): Promise<{ version: string; edition: string }> {
  try {
    const [row] = await store.read('server-version');
    return { version: String(row?.version ?? 'unknown'), edition: String(row?.edition ?? 'unknown') };
  } catch (err) {
    throw new StoreUnavailableError(`store/client: Neo4j is not reachable (${(err as Error).message}); check NEO4J_URI and that the server is running`, {
      cause: err,
    });
  }
}
