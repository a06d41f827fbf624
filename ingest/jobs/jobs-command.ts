// `kg jobs list|run|history` and `kg schedule`: the jobs file from the command line. Exit codes
// (also in --help and README): 0 ok / run succeeded, 1 run finished with failed documents,
// 2 bad usage, configuration or jobs file, 3 Neo4j unreachable or the run failed, 4 run skipped
// (the previous run still holds the lease), 5 run interrupted by a signal.
import type { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { connectForCommand } from '../neo4j-connection.ts';
import type { Connection } from '../store/connect.ts';
import { applySchema } from '../store/schema.ts';
import { jobHistory, jobsOverview } from './history.ts';
import { findJob, JobsFileError, loadJobsFile, type JobsFile } from './jobs-file.ts';
import { createLogger, createProgress } from './progress.ts';
import { defaultOwner, startScheduler } from './scheduler.ts';
import { runJob, type RunStatus } from './run-job.ts';
import { isStoreUnavailable } from './store-guard.ts';

export const JOBS_EXIT = { ok: 0, partial: 1, usage: 2, failed: 3, skipped: 4, interrupted: 5 } as const;

const STATUS_EXIT: Record<RunStatus, number> = { succeeded: 0, partial: 1, failed: 3, skipped: 4, interrupted: 5 };

const EXIT_HELP =
  '\nExit codes: 0 ok, 1 some documents failed, 2 bad usage, configuration or jobs file, 3 Neo4j unreachable\n' +
  'or the run failed, 4 skipped (previous run still going), 5 interrupted (SIGTERM/SIGINT).';

interface FileFlag {
  file?: string;
}

/** Loads config, jobs file and a connection; maps their errors to exit codes in one place. */
async function withJobs(flags: FileFlag, work: (ctx: { config: Config; file: JobsFile; connection: Connection }) => Promise<number>): Promise<number> {
  let connection: Connection | undefined;
  try {
    const config = loadConfig();
    const file = loadJobsFile(flags.file ?? config.jobsFile);
    connection = await connectForCommand(config, (l) => console.error(`[kg] ${l}`));
    await applySchema(connection.store);
    return await work({ config, file, connection });
  } catch (err) {
    if (err instanceof ConfigError || err instanceof JobsFileError) {
      console.error(err.message);
      return JOBS_EXIT.usage;
    }
    if (isStoreUnavailable(err)) {
      console.error(`ingest/jobs/jobs-command: Neo4j is not reachable (${(err as Error).message}); check NEO4J_URI and that the server runs`);
      return JOBS_EXIT.failed;
    }
    throw err;
  } finally {
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
            console.log(`${j.name}\t${j.schedule}\tnext ${j.nextRun ?? '-'}\tlast ${last ? `${last.status} ${last.finishedAt ?? ''}` : 'never'}\t${j.failures.length} failures\t${j.sources.length} sources`);
          }
        }
        return JOBS_EXIT.ok;
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
      process.exitCode = await withJobs(flags, async ({ file, connection }) => {
        const job = findJob(file, name);
        const controller = new AbortController();
        const off = onSignals(() => controller.abort());
        const progress = createProgress({ tty: flags.progress !== false && process.stderr.isTTY === true });
        try {
          const summary = await runJob(job, { store: connection.store, owner: defaultOwner(), trigger: 'manual', signal: controller.signal, hooks: progress.hooks });
          progress.stop();
          console.log(JSON.stringify(summary));
          return summary ? STATUS_EXIT[summary.status] : JOBS_EXIT.skipped;
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
            console.log(`${r.startedAt ?? '-'}\t${r.status}\t${r.trigger}\tseen ${c.seen} new ${c.new} updated ${c.updated} unchanged ${c.unchanged} failed ${c.failed}${r.error ? `\t${r.error.split('\n')[0]}` : ''}`);
          }
        }
        return JOBS_EXIT.ok;
      });
    });

  program
    .command('schedule')
    .description('run the jobs of the jobs file on their schedules until stopped (SIGTERM/Ctrl-C)')
    .option(...fileOption)
    .addHelpText('after', EXIT_HELP + '\n\nExample:\n  JOBS_FILE=ingest.jobs.yml npm run kg -- schedule')
    .action(async (flags: FileFlag) => {
      process.exitCode = await withJobs(flags, async ({ file, connection }) => {
        const log = createLogger();
        const scheduler = startScheduler(connection.store, file, {
          log: (e) => (e.error ? log.error({ job: e.job }, e.message) : log.info({ job: e.job, counts: e.summary?.counts, status: e.summary?.status }, e.message)),
        });
        for (const n of scheduler.nextRuns()) log.info(n, 'scheduled');
        await new Promise<void>((resolve) =>
          onSignals((signal) => {
            log.info({ signal }, 'stopping: running jobs finish their current batch');
            void scheduler.stop().then(resolve);
          }),
        );
        return JOBS_EXIT.ok;
      });
    });
}
