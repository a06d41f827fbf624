// The kg commands' connection: NEO4J_URI when set; else the bundled Neo4j, reused when a running
// `npm start` advertises it in $DATA_DIR/neo4j/bolt-uri, or started here on the stable Bolt port and
// stopped again when the connection closes.
import type { Config } from './config.ts';
import { connect, type Connection } from './store/connect.ts';
import { useBundledNeo4j } from '../neo4j/bundled.ts';

export async function connectForCommand(config: Config, log: (line: string) => void): Promise<Connection> {
  if (config.neo4jUri) return connect(config);
  const bundled = await useBundledNeo4j({ dataDir: config.neo4jDataDir, port: config.neo4jPort, log });
  return connect(config, bundled);
}
