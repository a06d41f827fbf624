// /api/jobs: the ingest jobs for the web app. Reading (jobs with schedule, next run, last runs and
// failures; a job's history) needs no token; triggering a run needs `Authorization: Bearer
// $API_TOKEN` (401 without credentials, 403 with wrong ones or when no token is configured).
import { Hono } from 'hono';
import { jobHistory, jobsOverview } from '../../../ingest/jobs/history.ts';
import type { JobsFile } from '../../../ingest/jobs/jobs-file.ts';
import { JobStartError } from '../../../ingest/jobs/scheduler.ts';
import type { Store } from '../../../ingest/store/client.ts';
import type { JobRunsList, JobsList } from '../../shared/api-types.ts';
import { requireBearer } from '../bearer.ts';
import { HttpError } from '../http-error.ts';

export interface JobsRouteOptions {
  /** The loaded jobs file; without one the list is empty. */
  file?: JobsFile;
  /** Starts a run now and resolves with its id (the scheduler's trigger). */
  trigger?: (name: string) => Promise<{ id: string }>;
  /** API_TOKEN; unset disables triggering over HTTP. */
  apiToken?: string;
}

export function jobsRoutes(store: Store, opts: JobsRouteOptions = {}): Hono {
  const app = new Hono();
  const known = (name: string): void => {
    if (!opts.file?.jobs.some((j) => j.name === name)) {
      throw new HttpError(404, `web/server/routes/jobs: no job named "${name}"; GET /api/jobs lists the jobs`);
    }
  };

  app.get('/', async (c) => {
    const body: JobsList = opts.file ? { jobsFile: opts.file.path, jobs: await jobsOverview(store, opts.file) } : { jobsFile: null, jobs: [] };
    return c.json(body);
  });

  app.get('/:name/runs', async (c) => {
    const name = c.req.param('name');
    known(name);
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    const body: JobRunsList = { job: name, runs: await jobHistory(store, name, limit) };
    return c.json(body);
  });

  app.post('/:name/run', async (c) => {
    requireBearer(c, opts.apiToken, 'triggering a job');
    const name = c.req.param('name');
    known(name);
    if (!opts.trigger) throw new HttpError(503, 'web/server/routes/jobs: no scheduler is running in this server; start it with a jobs file (JOBS_FILE)');
    let id: string;
    try {
      ({ id } = await opts.trigger(name));
    } catch (err) {
      if (err instanceof JobStartError) throw new HttpError(503, err.message, { cause: err });
      throw err;
    }
    return c.json({ job: name, runId: id, status: 'started' }, 202);
  });
  return app;
}
