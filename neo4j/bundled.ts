// The bundled Neo4j as the entry points use it (`npm start`, `kg`, `npm run neo4j`): reuse the one a
// running process advertises in $DATA_DIR/neo4j/bolt-uri, or start one on the stable Bolt port,
// optionally under a supervisor that restarts it, and advertise it. Entry points call this and hand
// the store the URI; the store never starts JVMs.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { chooseBoltPort, rememberBoltPort } from './bolt-port.ts';
import { startLocalNeo4j, type LocalNeo4jOptions } from './launcher.ts';
import { superviseNeo4j, type Supervisor, type SupervisorOptions } from './supervisor.ts';

export interface BundledNeo4jOptions {
  /** $DATA_DIR/neo4j: the database, its logs, bolt-port and bolt-uri. */
  dataDir: string;
  /** NEO4J_PORT when set; else the remembered port or 7687. 0: any free port, not remembered (tests). */
  port?: number;
  /** Write bolt-uri while running, so `kg` commands reuse this Neo4j. */
  advertise: boolean;
  /** Restart the JVM when it dies (false: a crash is the caller's business). */
  supervise: boolean | Partial<Omit<SupervisorOptions, 'launch'>>;
  /** Heap, page cache, start timeout of the JVM. */
  launcher: Omit<LocalNeo4jOptions, 'dataDir' | 'port'>;
  log: (line: string) => void;
}

export const DEFAULT_BUNDLED_NEO4J_OPTIONS: Omit<BundledNeo4jOptions, 'dataDir'> = {
  advertise: false,
  supervise: false,
  launcher: {},
  log: () => {},
};

export interface BundledNeo4j {
  uri: string;
  /** 'reused': another process runs it (stop() leaves it alone); 'started': this process does. */
  origin: 'reused' | 'started';
  /** Set when this process started and supervises the JVM. */
  supervisor?: Supervisor;
  /** The JVM's pid when this process started it (the current one, after restarts). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export const boltUriFile = (dataDir: string): string => join(dataDir, 'bolt-uri');

/** Whether a Bolt server answers at `uri` (the bundled Neo4j runs without authentication). */
export async function answersBolt(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    // Unreachable is the answer: a stale bolt-uri left by a killed process.
    return false;
  } finally {
    await driver.close();
  }
}

/** The URI another process advertises in the data dir, when a Neo4j answers there. */
export async function findAdvertisedNeo4j(dataDir: string, probe = answersBolt): Promise<string | undefined> {
  const file = boltUriFile(dataDir);
  if (!existsSync(file)) return undefined;
  const uri = readFileSync(file, 'utf8').trim();
  return (await probe(uri)) ? uri : undefined;
}

/** Starts the bundled Neo4j on the stable port (supervised and advertised when asked). */
export async function startBundledNeo4j(options: Pick<BundledNeo4jOptions, 'dataDir'> & Partial<BundledNeo4jOptions>): Promise<BundledNeo4j> {
  const { dataDir, port, advertise, supervise, launcher, log } = { ...DEFAULT_BUNDLED_NEO4J_OPTIONS, ...options };
  const boltPort = port === 0 ? 0 : await chooseBoltPort(dataDir, port);
  const first = await startLocalNeo4j({ ...launcher, dataDir, port: boltPort });
  const actualPort = Number(new URL(first.uri).port);
  if (boltPort !== 0) rememberBoltPort(dataDir, actualPort);
  if (advertise) writeFileSync(boltUriFile(dataDir), first.uri);
  const supervisor = supervise
    ? superviseNeo4j(first, {
        ...(supervise === true ? {} : supervise),
        log: (supervise !== true && supervise.log) || log,
        dataDir,
        // The same port every time: drivers and the advertised bolt-uri stay valid across restarts.
        launch: () => startLocalNeo4j({ ...launcher, dataDir, port: actualPort }),
      })
    : undefined;
  let stopping: Promise<void> | undefined;
  return {
    uri: first.uri,
    origin: 'started',
    supervisor,
    pid: () => (supervisor ? supervisor.current()?.pid : first.pid),
    stop() {
      stopping ??= (async () => {
        if (advertise) rmSync(boltUriFile(dataDir), { force: true });
        await (supervisor ?? first).stop();
      })();
      return stopping;
    },
  };
}

/** Reuses the Neo4j another process advertises in the data dir, or starts one. */
export async function useBundledNeo4j(options: Pick<BundledNeo4jOptions, 'dataDir'> & Partial<BundledNeo4jOptions>): Promise<BundledNeo4j> {
  const log = options.log ?? DEFAULT_BUNDLED_NEO4J_OPTIONS.log;
  const advertised = await findAdvertisedNeo4j(options.dataDir);
  if (advertised) {
    log(`using the local Neo4j already running at ${advertised}`);
    return { uri: advertised, origin: 'reused', pid: () => undefined, stop: async () => {} };
  }
  log(`NEO4J_URI is not set: starting the bundled Neo4j (data in ${options.dataDir})…`);
  return startBundledNeo4j(options);
}
