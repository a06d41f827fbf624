// `npm start`'s Neo4j, with its availability: the bundled one under a supervisor (whose events set
// the state the instant the JVM exits) or an external one under a ping monitor. Two stores on it:
// the ingest store (sample, scheduled jobs) keeps the patient default retries, the API store fails
// within seconds so an outage surfaces as a 503 rather than a 30 s wait.
import type { Config } from '../../ingest/config.ts';
import { openStore, serverInfo, type Store, type StoreOptions } from '../../ingest/store/client.ts';
import { connect, type Connection } from '../../ingest/store/connect.ts';
import { useBundledNeo4j, type BundledNeo4j, type BundledNeo4jOptions } from '../../neo4j/bundled.ts';
import type { Supervisor } from '../../neo4j/supervisor.ts';
import { createAvailability, type Availability } from './availability.ts';
import { monitorNeo4j, type Neo4jMonitor } from './neo4j-monitor.ts';

/** The API's driver: a short retry and connect time, so a dead Neo4j answers in seconds. */
export const API_STORE_OPTIONS: StoreOptions = {
  maxTransactionRetryTime: 2_000,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 60_000,
};

export interface ServerNeo4j {
  uri: string;
  /** The ingest store; closing the connection stops the bundled Neo4j when this process started it. */
  connection: Connection;
  /** The HTTP API's store (API_STORE_OPTIONS). */
  apiStore: Store;
  availability: Availability;
  /** Set when this process started the bundled Neo4j. */
  bundled?: BundledNeo4j;
  close(): Promise<void>;
}

const describeExit = (signal: string | null, code: number | null): string => (signal ? `signal ${signal}` : `code ${code}`);

/**
 * Turns the supervisor's events into the availability state the API reads. After a restart the state
 * turns up only once `firstAnswer` resolves (the API store's first query on the fresh JVM), so callers
 * get a quick 503 rather than waiting on a cold server; a failed first answer is logged and the state
 * turns up all the same, leaving the routes to report what they meet.
 */
export function followSupervisor(
  supervisor: Supervisor,
  availability: Availability,
  firstAnswer: () => Promise<unknown> = async () => {},
  log: (line: string) => void = () => {},
): () => void {
  const confirmUp = async (pid: number, attempt: number): Promise<void> => {
    try {
      await firstAnswer();
    } catch (err) {
      log(`web/server/neo4j-availability: the restarted Neo4j did not answer its first query (${(err as Error).message}); the API is open again all the same`);
    }
    // Died again meanwhile: the supervisor's later events own the state.
    if (supervisor.current()?.pid === pid) availability.set('up', `restarted (attempt ${attempt})`);
  };
  return supervisor.onEvent((e) => {
    if (e.kind === 'exited') availability.set('down', `the bundled Neo4j exited unexpectedly (${describeExit(e.exit.signal, e.exit.code)})`);
    else if (e.kind === 'restart-scheduled')
      availability.set('restarting', `restart attempt ${e.attempt} in ${Math.round(e.delayMs / 1000)} s`, { attempt: e.attempt });
    else if (e.kind === 'restarting') availability.set('restarting', `restart attempt ${e.attempt}: starting the JVM`, { attempt: e.attempt });
    else if (e.kind === 'restart-failed') availability.set('down', `restart attempt ${e.attempt} failed`);
    else if (e.kind === 'restarted') {
      availability.set('restarting', `restart attempt ${e.attempt}: the JVM is up, waiting for its first answer`, { attempt: e.attempt });
      void confirmUp(e.pid, e.attempt);
    } else availability.set('down', e.message, { advice: 'restart the server once the cause is fixed' });
  });
}

export async function openServerNeo4j(config: Config, options: { log: (line: string) => void; bundled?: Partial<BundledNeo4jOptions> }): Promise<ServerNeo4j> {
  const { log } = options;
  const bundled = config.neo4jUri
    ? undefined
    : await useBundledNeo4j({ dataDir: config.neo4jDataDir, port: config.neo4jPort, advertise: true, supervise: true, log, ...options.bundled });
  const connection = connect(config, bundled);
  const apiStore = openStore({ ...config, uri: connection.uri }, API_STORE_OPTIONS);
  const availability = createAvailability();
  // A supervised JVM reports its own exit at once; anything else (NEO4J_URI, or a Neo4j another
  // process advertised) is watched from outside.
  let monitor: Neo4jMonitor | undefined;
  const unfollow = bundled?.supervisor ? followSupervisor(bundled.supervisor, availability, () => serverInfo(apiStore), log) : undefined;
  if (!unfollow) monitor = monitorNeo4j(apiStore, availability, { log });
  let closing: Promise<void> | undefined;
  return {
    uri: connection.uri,
    connection,
    apiStore,
    availability,
    bundled,
    close() {
      closing ??= (async () => {
        monitor?.stop();
        unfollow?.();
        try {
          await apiStore.close();
        } finally {
          await connection.close();
        }
      })();
      return closing;
    },
  };
}
