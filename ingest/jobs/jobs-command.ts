// `kg jobs list|run|history` and `kg schedule`: the jobs file from the command line. Exit codes are
// the rows of the one table (exit-codes.ts); a run's status maps onto it here.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { EXIT, exitCodeOf, exitHelp, type ExitCode } from '../exit-codes.ts';
import { DEGRADED_WHAT, type ExtractorStatus } from '../extract/extractor.ts';
import { connectForCommand } from '../neo4j-connection.ts';
import type { Connection } from '../store/connect.ts';
import { applySchema } from '../store/schema.ts';
import { jobHistory, jobsOverview } from './history.ts';
import { findJob, loadJobsFile, type JobsFile } from './jobs-file.ts';
import { createLogger } from '../logger.ts';
import { createProgress } from './progress.ts';
import { defaultOwner, startScheduler } from './scheduler.ts';
import { ExtractPool } from '../workers/extract-pool.ts';
import { runJob, type RunStatus } from './run-job.ts';
import { isStoreBroken, isStoreUnavailable, storeBroken } from './store-guard.ts';

const STATUS_EXIT: Record<RunStatus, ExitCode> = {
  succeeded: EXIT.ok,
  partial: EXIT.someFailed,
  failed: EXIT.unavailable,
  skipped: EXIT.skipped,
  interrupted: EXIT.interrupted,
};

const EXIT_HELP = exitHelp(['ok', 'someFailed', 'usage', 'unavailable', 'skipped', 'interrupted']);

interface FileFlag {
  file?: string;
}

interface JobsContext {
  config: Config;
  file: JobsFile;
  connection: Connection;
  /** The extractor, for commands that extract (run, schedule); undefined for the others. */
  extractor?: ExtractorStatus;
  /** Extraction worker threads, one per core, as kg ingest has them (commands that extract). */
  pool?: ExtractPool;
}

/** An error's first line for a table row, saying when more lines were left out. */
function firstLine(error: string): string {
  const lines = error.split('\n');
  return lines.length === 1 ? error : `${lines[0]} (+${lines.length - 1} more lines; --json shows all)`;
}

/** `degraded` for a summary, when the run extracts on jieba POS tags instead of the NER model. */
const degradedField = (extractor: ExtractorStatus | undefined): { degraded?: string } => (extractor?.degraded ? { degraded: DEGRADED_WHAT } : {});

/**
 * Loads config, jobs file, the extractor's worker pool (commands that extract) and a connection, in
 * that order so a set-up mistake stops the command before Neo4j starts; maps their errors to exit
 * codes in one place.
 */
async function withJobs(flags: FileFlag & { extracts?: boolean }, work: (ctx: JobsContext) => Promise<number>): Promise<number> {
  let connection: Connection | undefined;
  let pool: ExtractPool | undefined;
  try {
    const config = loadConfig();
    const file = loadJobsFile(flags.file ?? config.jobsFile);
    // The model loads in the workers only: a missing one stops the command here (ModelUnavailableError).
    if (flags.extracts) pool = await ExtractPool.start({ mode: config.extractor, modelPath: config.nerModel });
    connection = await connectForCommand(config, (l) => console.error(`[kg] ${l}`));
    await applySchema(connection.store);
    return await work({ config, file, connection, extractor: pool?.status, pool });
  } catch (err) {
    const code = exitCodeOf(err);
    if (code !== undefined) {
      console.error((err as Error).message);
      return code;
    }
    if (isStoreBroken(err)) {
      console.error(storeBroken(err).message);
      return EXIT.unavailable;
    }
    if (isStoreUnavailable(err)) {
      console.error(`ingest/jobs/jobs-command: Neo4j is not reachable (${(err as Error).message}); check NEO4J_URI and that the server runs`);
      return EXIT.unavailable;
    }
    throw err;
  } finally {
    await pool?.close();
    await connection?.close();
  }
}

function onSignals(handler: (signal: string) => void): () => void {
  const h = (signal: NodeJS.Signals): void => handler(signal);
  process.once('SIGTERM', h);
  process.once('SIGINT', h);
  return () => {
    process.off('SIGTERM', h);
    process.off('SIGINT', h);
  };
}

export function registerJobsCommands(program: Command): void {
  const jobs = program.command('jobs').description('scheduled ingest jobs from the jobs file (JOBS_FILE, default ingest.jobs.yml)');
  const fileOption = ['--file <path>', 'jobs file (YAML or JSON); default $JOBS_FILE or ingest.jobs.yml'] as const;

  jobs
    .command('list')
    .description('list the jobs with schedule, next run, last run and open failures')
    .option(...fileOption)
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', EXIT_HELP)
    .action(async (flags: FileFlag & { json?: boolean }) => {
      process.exitCode = await withJobs(flags, async ({ file, connection }) => {
        const overview = await jobsOverview(connection.store, file, { runs: 1 });
        if (flags.json) console.log(JSON.stringify(overview, null, 2));
        else {
          for (const j of overview) {
            const last = j.lastRuns[0];
            console.log(
              `${j.name}\t${j.schedule}\tnext ${j.nextRun ?? '-'}\tlast ${last ? `${last.status} ${last.finishedAt ?? ''}` : 'never'}\t${j.failures.length} failures\t${j.sources.length} sources`,
            );
          }
        }
        return EXIT.ok;
      });
    });

  jobs
    .command('run')
    .description('run one job now (recorded like a scheduled run); SIGTERM finishes the current batch')
    .argument('<name>', 'job name from the jobs file')
    .option(...fileOption)
    .option('--no-progress', 'JSON logs instead of a progress bar, even on a terminal')
    .addHelpText('after', EXIT_HELP)
    .action(async (name: string, flags: FileFlag & { progress?: boolean }) => {
      process.exitCode = await withJobs({ ...flags, extracts: true }, async ({ file, connection, extractor, pool }) => {
        const job = findJob(file, name);
        const controller = new AbortController();
        const off = onSignals(() => controller.abort());
        const progress = createProgress({ tty: flags.progress !== false && process.stderr.isTTY === true });
        try {
          const summary = await runJob(job, {
            store: connection.store,
            owner: defaultOwner(),
            trigger: 'manual',
            signal: controller.signal,
            hooks: progress.hooks,
            pool,
          });
          progress.stop();
          console.log(JSON.stringify(summary && { ...summary, ...degradedField(extractor) }));
          return summary ? STATUS_EXIT[summary.status] : EXIT.skipped;
        } finally {
          off();
        }
      });
    });

  jobs
    .command('history')
    .description("show a job's runs, newest first")
    .argument('<name>', 'job name')
    .option(...fileOption)
    .option('--limit <n>', 'how many runs', '20')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', EXIT_HELP)
    .action(async (name: string, flags: FileFlag & { limit: string; json?: boolean }) => {
      process.exitCode = await withJobs(flags, async ({ file, connection }) => {
        findJob(file, name);
        const runs = await jobHistory(connection.store, name, Math.max(1, Number(flags.limit) || 20));
        if (flags.json) console.log(JSON.stringify(runs, null, 2));
        else {
          for (const r of runs) {
            const c = r.counts;
            console.log(
              `${r.startedAt ?? '-'}\t${r.status}\t${r.trigger}\tseen ${c.seen} new ${c.new} updated ${c.updated} unchanged ${c.unchanged} failed ${c.failed}${r.error ? `\t${firstLine(r.error)}` : ''}`,
            );
          }
        }
        return EXIT.ok;
      });
    });

  program
    .command('schedule')
    .description('run the jobs of the jobs file on their schedules until stopped (SIGTERM/Ctrl-C)')
    .option(...fileOption)
    .addHelpText('after', EXIT_HELP + '\n\nExample:\n  JOBS_FILE=ingest.jobs.yml npm run kg -- schedule')
    .action(async (flags: FileFlag) => {
      process.exitCode = await withJobs({ ...flags, extracts: true }, async ({ file, connection, extractor, pool }) => {
        const log = createLogger({ fd: 2 });
        const degraded = degradedField(extractor);
        if (extractor?.degraded) log.warn({ extractor }, `extracting on ${DEGRADED_WHAT}: EXTRACTOR=jieba-fallback and the NER model does not load`);
        const scheduler = startScheduler(connection.store, file, {
          pool,
          log: (e) =>
            e.error
              ? log.error({ job: e.job, ...degraded }, e.message)
              : log.info({ job: e.job, counts: e.summary?.counts, status: e.summary?.status, ...degraded }, e.message),
        });
        for (const n of scheduler.nextRuns()) log.info(n, 'scheduled');
        await new Promise<void>((resolve) =>
          onSignals((signal) => {
            log.info({ signal }, 'stopping: running jobs finish their current batch');
            void scheduler.stop().then(resolve);
          }),
        );
        return EXIT.ok;
      });
    });
}
