// Opens the store the configuration asks for: NEO4J_URI when set, else the bundled Neo4j that the
// entry point started or found (neo4j/bundled.ts) and hands in. The store never starts a JVM itself,
// so its imports run one way: entry points → launcher and store, store → driver.
import type { Config } from '../config.ts';
import { DEFAULT_STORE_OPTIONS, openStore, type Store, type StoreOptions } from './client.ts';
import { KgError } from '../errors.ts';

/** A Neo4j someone else runs; `stop()` is called when the connection closes. */
export interface Neo4jServer {
  uri: string;
  stop(): Promise<void>;
}

export interface Connection {
  store: Store;
  uri: string;
  /** Closes the store, then stops the bundled Neo4j when this process started it. */
  close(): Promise<void>;
}

export class ConnectError extends KgError {
  override name = 'ConnectError';
  readonly code = 'connect' as const;
}

export function connect(config: Config, bundled?: Neo4jServer, options: StoreOptions = DEFAULT_STORE_OPTIONS): Connection {
  if (config.neo4jUri) {
    const store = openStore({ ...config, uri: config.neo4jUri }, options);
    return { store, uri: config.neo4jUri, close: () => store.close() };
  }
  if (!bundled) {
    throw new ConnectError(
      'store/connect: NEO4J_URI is not set and no bundled Neo4j was handed in; the entry point must start or find one first (neo4j/bundled.ts useBundledNeo4j)',
    );
  }
  const store = openStore({ ...config, uri: bundled.uri }, options);
  return {
    store,
    uri: bundled.uri,
    async close() {
      try {
        await store.close();
      } finally {
        await bundled.stop();
      }
    },
  };
}
