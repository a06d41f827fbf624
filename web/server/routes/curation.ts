// /api/curation, /api/watch, /api/alerts: the analyst's desk over HTTP. Reading needs no token;
// curating and watching need `Authorization: Bearer $API_TOKEN` like job triggers (401 without
// credentials, 403 with wrong ones or when no token is configured). Entities are ids or exact
// names or aliases; a bad request answers 400, an unknown entity or curation 404, an ambiguous
// name 409 with its candidates, a curation another one overtook 409. Alerts also as an Atom feed.
import { Hono } from 'hono';
import { z } from 'zod';
import { CurationError } from '../../../ingest/curation/errors.ts';
import { resolveEntity } from '../../../ingest/curation/entities.ts';
import { requestOf } from '../../../ingest/curation/records.ts';
import type { CurationRequest } from '../../../ingest/curation/operations.ts';
import { addWatch, listWatches, removeWatches } from '../../../ingest/curation/watch.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { requireBearer } from '../bearer.ts';
import { HttpError } from '../http-error.ts';

/**
 * The curation operations reach the article writer and, through it, parts of extraction (ids,
 * co-mentions): loaded on the first curation request, not while the server starts.
 */
const curationOperations = (): Promise<typeof import('../../../ingest/curation/operations.ts')> => import('../../../ingest/curation/operations.ts');

export interface CurationRouteOptions {
  /** API_TOKEN; unset disables curating over HTTP. */
  apiToken?: string;
}

const entity = z.string().min(1).max(200);
const meta = { who: z.string().min(1).max(100).optional(), why: z.string().max(2000).optional() };
const BODY = z.discriminatedUnion('operation', [
  z.object({ operation: z.literal('merge'), entities: z.array(entity).min(2).max(50), ...meta }).strict(),
  z.object({ operation: z.literal('split'), entity, aliases: z.array(z.string().min(1).max(200)).min(1).max(50), ...meta }).strict(),
  z.object({ operation: z.literal('rename'), entity, name: z.string().min(1).max(200), ...meta }).strict(),
  z.object({ operation: z.literal('retype'), entity, type: z.string().min(1).max(40), ...meta }).strict(),
  z.object({ operation: z.enum(['hide', 'unhide']), entity, ...meta }).strict(),
  z.object({ operation: z.literal('undo'), curation: z.string().min(1).max(100), ...meta }).strict(),
]);
const WATCH = z.object({ entity, with: entity.optional(), who: meta.who }).strict();

const STATUS = { invalid: 400, 'not-found': 404, ambiguous: 409, conflict: 409 } as const;

/** A CurationError as the HTTP error it means. */
async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CurationError) throw new HttpError(STATUS[err.kind], err.message, { cause: err });
    throw err;
  }
}

async function body<T>(c: { req: { json(): Promise<unknown> } }, schema: z.ZodType<T>, what: string): Promise<T> {
  const raw: unknown = await c.req.json().catch(() => {
    throw new HttpError(400, `web/server/routes/curation: ${what} takes a JSON object`);
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, `web/server/routes/curation: ${what}: ${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return parsed.data;
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function curationRoutes(store: Store, opts: CurationRouteOptions = {}): Hono {
  const app = new Hono();
  const id = (key: string) => resolveEntity(store, key).then((e) => e.id);

  app.get('/curation', async (c) => {
    const { listCurations } = await curationOperations();
    const all = await listCurations(store);
    return c.json({ curations: all.map((r) => ({ ...r, request: requestOf(r) })) });
  });

  app.post('/curation', async (c) => {
    requireBearer(c, opts.apiToken, 'curating');
    const b = await body(c, BODY, 'POST /api/curation');
    const record = await asHttp(async () => {
      let req: CurationRequest;
      switch (b.operation) {
        case 'merge':
          req = { operation: 'merge', entities: await Promise.all(b.entities.map(id)) };
          break;
        case 'undo':
          req = { operation: 'undo', curation: b.curation };
          break;
        case 'split':
          req = { operation: 'split', entity: await id(b.entity), aliases: b.aliases };
          break;
        case 'rename':
          req = { operation: 'rename', entity: await id(b.entity), name: b.name };
          break;
        case 'retype':
          req = { operation: 'retype', entity: await id(b.entity), type: b.type };
          break;
        default:
          req = { operation: b.operation, entity: await id(b.entity) };
      }
      const { curate } = await curationOperations();
      return curate(store, req, { who: b.who ?? 'api', ...(b.why === undefined ? {} : { why: b.why }) });
    });
    return c.json({ curation: { ...record, request: requestOf(record) } }, 201);
  });

  app.get('/watch', async (c) => c.json({ watches: await listWatches(store) }));

  app.post('/watch', async (c) => {
    requireBearer(c, opts.apiToken, 'watching');
    const b = await body(c, WATCH, 'POST /api/watch');
    const watch = await asHttp(async () => addWatch(store, await id(b.entity), b.with === undefined ? null : await id(b.with), b.who ?? 'api'));
    return c.json({ watch }, 201);
  });

  app.delete('/watch/:entity', async (c) => {
    requireBearer(c, opts.apiToken, 'unwatching');
    const key = c.req.param('entity');
    const removed = await asHttp(async () => removeWatches(store, await id(key).catch(() => key)));
    return c.json({ removed });
  });

  const alerts = async (since: string | undefined) => {
    if (since !== undefined && Number.isNaN(Date.parse(since))) {
      throw new HttpError(400, `web/server/routes/curation: since must be an ISO date-time (2024-05-05T00:00:00Z), got ${since}`);
    }
    return store.read('alert-list', { since: since ?? null, limit: 500 });
  };

  app.get('/alerts', async (c) => c.json({ alerts: await alerts(c.req.query('since')) }));

  app.get('/alerts.atom', async (c) => {
    const rows = await alerts(c.req.query('since'));
    const self = new URL(c.req.url);
    const updated = (rows[0]?.at as string | undefined) ?? new Date(0).toISOString();
    const entries = rows.map((a) => {
      const names = (a.names as string[]).join(' — ');
      const link = a.url ? `<link href="${xml(a.url as string)}"/>` : '';
      return `<entry><id>urn:news-kg:alert:${xml(a.id as string)}</id><title>${xml(`新连接 New connection: ${names}`)}</title><updated>${xml(a.at as string)}</updated>${link}<summary>${xml(`${(a.title as string | null) ?? ''}: ${(a.sentence as string | null) ?? ''}`)}</summary></entry>`;
    });
    const feed = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:news-kg:alerts</id><title>新闻知识图谱 警报 News KG alerts</title><updated>${xml(updated)}</updated><link rel="self" href="${xml(self.pathname)}"/>${entries.join('')}</feed>\n`;
    return c.body(feed, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
  return app;
}
