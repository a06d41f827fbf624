// `npm run neo4j`: a local Neo4j in the foreground for people who want a database to poke at.
// Ctrl-C stops it cleanly; the data stays in $DATA_DIR/neo4j (default data/neo4j).
import { loadConfig } from '../ingest/config.ts';
import { startLocalNeo4j } from './launcher.ts';

const config = loadConfig();
const port = Number(process.env.NEO4J_PORT ?? 7687);
const neo4j = await startLocalNeo4j({ dataDir: config.neo4jDataDir, port, verbose: false });
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
