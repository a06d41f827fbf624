// `npm run neo4j`: a local Neo4j in the foreground for people who want a database to poke at, on the
// stable Bolt port (NEO4J_PORT, else the one remembered in the data dir, else 7687), restarted if it
// crashes, and advertised in $DATA_DIR/neo4j/bolt-uri so `kg` and `npm start` use it.
// Ctrl-C stops it cleanly; the data stays in $DATA_DIR/neo4j (default data/neo4j).
import { loadConfig } from '../ingest/config.ts';
import { startBundledNeo4j } from './bundled.ts';

const config = loadConfig();
const log = (line: string): void => console.error(line);
const neo4j = await startBundledNeo4j({ dataDir: config.neo4jDataDir, port: config.neo4jPort, advertise: true, supervise: true, log });
console.log(`Neo4j 5 Community is running at ${neo4j.uri} (no authentication; data in ${config.neo4jDataDir})`);
console.log('Press Ctrl-C to stop.');
const shutdown = (): void => {
  neo4j.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
