// `npm start`: the main job. Uses NEO4J_URI when set, else starts the bundled local Neo4j with its
// data in $DATA_DIR/neo4j; applies the schema; ingests the bundled sample into an empty database;
// serves the explorer and its API on PORT. Ctrl-C (or SIGTERM) stops everything, the JVM included.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../ingest/config.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { serverInfo } from '../../ingest/store/client.ts';
import { connect, type Connection } from '../../ingest/store/connect.ts';
import { applySchema } from '../../ingest/store/schema.ts';
import { createApp } from './app.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_FILE = join(ROOT, 'ingest', 'sample', 'seed-2024-05-05-zhongmei-ai.txt');

function log(message: string): void {
  console.log(`[kg] ${message}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // Filled in as start-up proceeds; a signal at any point stops whatever is running so far.
  const running: { connection?: Connection; server?: ReturnType<typeof serve> } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    running.server?.close();
    await running.connection?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // If whoever started us goes away without a signal reaching us (a killed wrapper), stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exited');
  }, 1000).unref();

  const connection = await connect(config, { log, advertise: true });
  running.connection = connection;
  const { store } = connection;
  try {
    const info = await serverInfo(store);
    log(`Neo4j ${info.version} ${info.edition} at ${connection.uri}`);
    await applySchema(store);
    const [count] = await store.read('article-count');
    if (Number(count?.articles ?? 0) === 0) {
      const result = await ingestDocument(store, readFileSync(SAMPLE_FILE, 'utf8'), { name: 'seed-2024-05-05-zhongmei-ai.txt' });
      log(`empty database: ingested the bundled sample (${result.articles.length} articles)`);
    }
  } catch (err) {
    await connection.close();
    throw err;
  }

  const app = createApp({ store, staticDir: join(ROOT, 'dist') });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    log(`open http://localhost:${config.port}`);
  });
  running.server = server;
  server.on('error', (err: Error) => {
    console.error(`[kg] cannot listen on ${config.host}:${config.port} (${err.message}); set PORT to a free port`);
    void shutdown('error');
  });
}

main().catch((err: unknown) => {
  console.error(`[kg] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
