// `npm start`: the main job. Uses NEO4J_URI when set, else starts the bundled local Neo4j with its
// data in $DATA_DIR/neo4j; applies the schema; ingests the bundled sample into an empty database;
// serves the explorer and its API on PORT. Ctrl-C (or SIGTERM) stops everything, the JVM included.
// Logs are pino JSON lines on stdout (ingest/logger.ts). The NER model is loaded when the server
// will extract: scheduled jobs (a jobs file) extract in a worker pool as `kg schedule` does
// (server-jobs.ts), the sample for an empty database in this thread; if it does not load, start-up
// stops with one line saying how to restore it, unless EXTRACTOR=jieba-fallback runs it degraded.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadConfig, type Config } from '../../ingest/config.ts';
import { exitCodeOf } from '../../ingest/exit-codes.ts';
import type { ExtractorStatus } from '../../ingest/extract/extractor.ts';
import { createLogger } from '../../ingest/logger.ts';
import { loadJobsFile } from '../../ingest/jobs/jobs-file.ts';
import type { Scheduler } from '../../ingest/jobs/scheduler.ts';
import { serverInfo } from '../../ingest/store/client.ts';
import { applySchema } from '../../ingest/store/schema.ts';
import { createApp } from './app.ts';
import { httpServerFactory } from './http-server.ts';
import { openServerNeo4j, type ServerNeo4j } from './neo4j-availability.ts';
import { ServerJobs } from './server-jobs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const logger = createLogger();

function log(message: string): void {
  logger.info(message);
}

/** Logs which model an extractor loaded, and says how to restore a degraded one. */
async function logExtractor(status: ExtractorStatus, where: string): Promise<ExtractorStatus> {
  const { DEGRADED_NOTE } = await import('../../ingest/extract/extractor.ts');
  if (status.degraded)
    logger.warn(
      { extractor: status },
      `${DEGRADED_NOTE}: EXTRACTOR=jieba-fallback and the NER model ${status.model} does not load (${where}); run npm run train to restore it`,
    );
  else logger.info({ extractor: status }, `NER model ${status.model} loaded (${where})`);
  return status;
}

/** Loads the NER model in this thread (once), or the degraded jieba layer when EXTRACTOR=jieba-fallback says so. */
async function extractorOf(config: Config, loaded: { status?: ExtractorStatus }): Promise<ExtractorStatus> {
  if (loaded.status) return loaded.status;
  const { loadExtractor, useExtractor } = await import('../../ingest/extract/extractor.ts');
  const { status } = useExtractor(loadExtractor({ mode: config.extractor, modelPath: config.nerModel }));
  return (loaded.status = await logExtractor(status, 'this thread'));
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // The jobs file is optional (a fresh clone has only ingest.jobs.example.yml and runs no jobs);
  // read before anything starts, so a mistake in it stops nothing half-way.
  const jobsFile = existsSync(config.jobsFile) ? loadJobsFile(config.jobsFile) : undefined;
  // Filled in as start-up proceeds; a signal at any point stops whatever is running so far.
  const running: { neo4j?: ServerNeo4j; server?: ReturnType<typeof serve>; jobs?: ServerJobs; scheduler?: Scheduler } = {};
  // The sample's extraction in this thread, loaded only for an empty database.
  const extractor: { status?: ExtractorStatus } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    running.server?.close();
    // Running jobs finish their current batch and record themselves as interrupted; then the pool's workers end.
    await running.jobs?.stop();
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

  // Jobs extract in the worker pool: a model that does not load stops start-up here, before Neo4j starts.
  if (jobsFile) {
    running.jobs = await ServerJobs.prepare(config);
    await logExtractor(running.jobs.extractor, `${running.jobs.pool.size} extraction workers`);
  }

  const neo4j = await openServerNeo4j(config, { log });
  running.neo4j = neo4j;
  const { store } = neo4j.connection;
  try {
    const info = await serverInfo(store);
    log(`Neo4j ${info.version} ${info.edition} at ${neo4j.uri}`);
    await applySchema(store);
    const [count] = await store.read('article-count');
    if (Number(count?.articles ?? 0) === 0) {
      // The ingest path (sources, parse, extraction) is imported only here, so a server with data and
      // no jobs file never loads it (web/server/README.md, bench/server-start.ts).
      const { ingestSample } = await import('../../ingest/ingest-sample.ts');
      await extractorOf(config, extractor);
      const result = await ingestSample(store);
      log(`empty database: ingested the bundled sample (${result.articles} articles)`);
    }
  } catch (err) {
    await neo4j.close();
    throw err;
  }

  if (jobsFile) {
    running.scheduler = running.jobs!.schedule(store, jobsFile, {
      log: (e) =>
        e.error ? logger.error({ job: e.job }, e.message) : logger.info({ job: e.job, status: e.summary?.status, counts: e.summary?.counts }, e.message),
    });
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
    extractor: running.jobs?.extractor ?? extractor.status,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, createServer: httpServerFactory(app.fetch) }, () => {
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    log(`open http://localhost:${config.port}`);
  });
  running.server = server;
  server.on('error', (err: Error) => {
    logger.fatal(`web/server/start: cannot listen on ${config.host}:${config.port} (${err.message}); set PORT to a free port`);
    void shutdown('error');
  });
}

main().catch((err: unknown) => {
  // A known failure is its one line (module path and what to do); anything else keeps its stack.
  const code = exitCodeOf(err);
  if (code === undefined) logger.fatal({ err }, err instanceof Error ? err.message : String(err));
  else logger.fatal({ code: (err as { code?: string }).code }, (err as Error).message);
  process.exit(code ?? 1);
});
