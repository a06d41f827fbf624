// Opens the store the configuration asks for. With NEO4J_URI set, that database; otherwise the
// bundled local Neo4j: reuse the one a running `npm start` advertises in $DATA_DIR/neo4j/bolt-uri,
// or start one (and stop it again on close).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/launcher.ts';
import { openStore, serverInfo, type Store } from './client.ts';

export interface Connection {
  store: Store;
  uri: string;
  /** Set when this process started the local Neo4j itself. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

const uriFile = (config: Config): string => join(config.neo4jDataDir, 'bolt-uri');

async function tryExisting(config: Config): Promise<Store | undefined> {
  const file = uriFile(config);
  if (!existsSync(file)) return undefined;
  const store = openStore({ ...config, uri: readFileSync(file, 'utf8').trim() });
  try {
    await serverInfo(store);
    return store;
  } catch {
    await store.close();
    return undefined;
  }
}

export async function connect(config: Config, opts: { log?: (line: string) => void; advertise?: boolean } = {}): Promise<Connection> {
  const log = opts.log ?? (() => {});
  if (config.neo4jUri) {
    const store = openStore({ ...config, uri: config.neo4jUri });
    return { store, uri: config.neo4jUri, close: () => store.close() };
  }
  const existing = await tryExisting(config);
  if (existing) {
    const uri = readFileSync(uriFile(config), 'utf8').trim();
    log(`using the local Neo4j already running at ${uri}`);
    return { store: existing, uri, close: () => existing.close() };
  }
  log(`NEO4J_URI is not set: starting the bundled Neo4j (data in ${config.neo4jDataDir})…`);
  const local = await startLocalNeo4j({ dataDir: config.neo4jDataDir });
  const store = openStore({ ...config, uri: local.uri });
  if (opts.advertise) writeFileSync(uriFile(config), local.uri);
  return {
    store,
    uri: local.uri,
    local,
    async close() {
      await store.close().catch(() => {});
      if (opts.advertise) rmSync(uriFile(config), { force: true });
      await local.stop();
    },
  };
}
