// The HTTP app: JSON API under /api (one sub-app per resource) and the built web app from dist/,
// with security headers (a CSP that forbids inline script) on every response.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ConsoleMode } from '../../ingest/config.ts';
import type { ExtractorStatus } from '../../ingest/extract/extractor.ts';
import type { Store } from '../../ingest/store/client.ts';
import { ReadOnlyConsole } from '../../ingest/store/console/readonly-console.ts';
import { requestGuard, type GuardOptions } from './guard.ts';
import { availabilityGuard, type Availability } from './availability.ts';
import { handleError, HttpError } from './http-error.ts';
import { articleRoutes } from './routes/articles.ts';
import { graphRoutes } from './routes/graph.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { curationRoutes } from './routes/curation.ts';
import { entityRoutes } from './routes/entities.ts';
import { exploreRoutes } from './routes/explore.ts';
import { healthRoutes } from './routes/health.ts';
import { jobsRoutes, type JobsRouteOptions } from './routes/jobs.ts';
import { searchRoutes } from './routes/search.ts';
import { timeRoutes } from './routes/time.ts';

export interface AppOptions {
  store: Store;
  /** Folder of the built web app (vite build); omitted in API-only tests. */
  staticDir?: string;
  /** Jobs file, trigger and API_TOKEN for /api/jobs; omitted: an empty job list. */
  jobs?: JobsRouteOptions;
  /** Neo4j's availability; while it is not up every /api call answers 503 at once. Omitted: always up. */
  availability?: Availability;
  /** CONSOLE: on (default), token (needs jobs.apiToken) or off. */
  consoleMode?: ConsoleMode;
  /** The read-only console; default: one on the store's own Neo4j with default bounds. */
  console?: ReadOnlyConsole;
  /** Host, port and body checks; default: loopback names on any port, 1 MB bodies. */
  guard?: GuardOptions;
  /** The extractor this process loaded, for /api/health; omitted: the server extracts nothing. */
  extractor?: ExtractorStatus;
}

export function createApp({ store, staticDir, jobs, consoleMode = 'on', console, guard, availability, extractor }: AppOptions): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.use('*', requestGuard(guard));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  if (availability) app.use('/api/*', availabilityGuard(availability));
  app.route('/api/health', healthRoutes(store, extractor));
  app.route('/api/graph', graphRoutes(store));
  app.route('/api/jobs', jobsRoutes(store, jobs));
  app.route('/api', exploreRoutes(store));
  app.route('/api', entityRoutes(store));
  app.route('/api', timeRoutes(store));
  app.route('/api/search', searchRoutes(store));
  app.route('/api/articles', articleRoutes(store));
  app.route('/api', curationRoutes(store, { apiToken: jobs?.apiToken }));
  app.route(
    '/api/cypher',
    cypherRoutes({ console: consoleMode === 'off' ? undefined : (console ?? new ReadOnlyConsole(store.target)), mode: consoleMode, apiToken: jobs?.apiToken }),
  );
  app.all('/api/*', (c) => {
    throw new HttpError(404, `web/server: no API route ${c.req.method} ${c.req.path}; see README for the endpoints`);
  });
  if (staticDir && existsSync(staticDir)) {
    // serveStatic resolves `root` against the working directory.
    const root = relative(process.cwd(), staticDir) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
