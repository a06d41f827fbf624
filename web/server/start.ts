// `npm start`: the main job. Uses NEO4J_URI when set, else starts the bundled local Neo4j with its
// data in $DATA_DIR/neo4j; applies the schema; ingests the bundled sample into an empty database;
// serves the explorer and its API on PORT. Ctrl-C (or SIGTERM) stops everything, the JVM included.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../ingest/config.ts';
import { ingestSample } from '../../ingest/ingest-sample.ts';
import { loadJobsFile } from '../../ingest/jobs/jobs-file.ts';
import { startScheduler, type Scheduler } from '../../ingest/jobs/scheduler.ts';
import { serverInfo } from '../../ingest/store/client.ts';
import { applySchema } from '../../ingest/store/schema.ts';
import { createApp } from './app.ts';
import { httpServerFactory } from './http-server.ts';
import { openServerNeo4j, type ServerNeo4j } from './neo4j-availability.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function log(message: string): void {
  console.log(`[kg] ${message}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // The jobs file is optional (a fresh clone has only ingest.jobs.example.yml and runs no jobs);
  // read before anything starts, so a mistake in it stops nothing half-way.
  const jobsFile = existsSync(config.jobsFile) ? loadJobsFile(config.jobsFile) : undefined;
  // Filled in as start-up proceeds; a signal at any point stops whatever is running so far.
  const running: { neo4j?: ServerNeo4j; server?: ReturnType<typeof serve>; scheduler?: Scheduler } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    running.server?.close();
    // Running jobs finish their current batch and record themselves as interrupted.
    await running.scheduler?.stop();
    await running.neo4j?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // If whoever started us goes away without a signal reaching us (a killed wrapper), stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exited');
  }, 1000).unref();

  const neo4j = await openServerNeo4j(config, { log });
  running.neo4j = neo4j;
  const { store } = neo4j.connection;
  try {
    const info = await serverInfo(store);
    log(`Neo4j ${info.version} ${info.edition} at ${neo4j.uri}`);
    await applySchema(store);
    const [count] = await store.read('article-count');
    if (Number(count?.articles ?? 0) === 0) {
      const result = await ingestSample(store);
      log(`empty database: ingested the bundled sample (${result.articles} articles)`);
    }
  } catch (err) {
    await neo4j.close();
    throw err;
  }

  if (jobsFile) {
    running.scheduler = startScheduler(store, jobsFile, { log: (e) => log(`job ${e.job}: ${e.message}`) });
    log(`scheduling ${jobsFile.jobs.length} job(s) from ${jobsFile.path}`);
  }
  const scheduler = running.scheduler;
  const jobs = { file: jobsFile, apiToken: config.apiToken, trigger: scheduler && ((name: string) => scheduler.trigger(name)) };
  const app = createApp({
    store: neo4j.apiStore,
    availability: neo4j.availability,
    staticDir: join(ROOT, 'dist'),
    jobs,
    consoleMode: config.console,
    guard: { port: config.port, host: config.host, allowedHosts: config.allowedHosts },
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, createServer: httpServerFactory(app.fetch) }, () => {
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
