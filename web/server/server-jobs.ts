// The scheduled jobs `npm start` runs when a jobs file is present: the scheduler `kg schedule` runs,
// with its extraction in the same worker pool (a worker per core, the model loaded once in each), so
// a scheduled ingest extracts on every core and never in the thread that answers the explorer.
// Started in two steps because start-up has an order: the pool first (a model that does not load
// stops start-up before Neo4j starts), the schedule once the store is ready. stop() ends the
// scheduler (running jobs finish their batch and record themselves as interrupted), then the pool,
// so no worker outlives the server.
import type { Config } from '../../ingest/config.ts';
import type { ExtractorStatus } from '../../ingest/extract/extractor.ts';
import type { JobsFile } from '../../ingest/jobs/jobs-file.ts';
import { startScheduler, type Scheduler, type SchedulerOptions } from '../../ingest/jobs/scheduler.ts';
import type { Store } from '../../ingest/store/client.ts';
import type { ExtractPool, ExtractPoolOptions } from '../../ingest/workers/extract-pool.ts';

export class ServerJobs {
  private scheduler?: Scheduler;

  private constructor(readonly pool: ExtractPool) {}

  /**
   * Starts the extraction pool (`size` workers, default one per core). The pool module is imported
   * here, not at load time: a server without a jobs file never loads the extraction path.
   */
  static async prepare(config: Pick<Config, 'extractor' | 'nerModel'>, pool: Partial<Pick<ExtractPoolOptions, 'size'>> = {}): Promise<ServerJobs> {
    const { ExtractPool } = await import('../../ingest/workers/extract-pool.ts');
    return new ServerJobs(await ExtractPool.start({ ...pool, mode: config.extractor, modelPath: config.nerModel }));
  }

  /** The model the workers loaded (degraded or not), for the start-up log and the health route. */
  get extractor(): ExtractorStatus {
    return this.pool.status;
  }

  /** Schedules the file's jobs on the store; their runs extract in the pool. */
  schedule(store: Store, file: JobsFile, options: Omit<SchedulerOptions, 'pool'> = {}): Scheduler {
    if (this.scheduler) throw new Error('web/server/server-jobs: the jobs are already scheduled; stop() them first');
    this.scheduler = startScheduler(store, file, { ...options, pool: this.pool });
    return this.scheduler;
  }

  async stop(): Promise<void> {
    await this.scheduler?.stop();
    await this.pool.close();
  }
}
