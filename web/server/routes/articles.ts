// Article endpoints: the source of every edge one click away.
//   GET /api/articles/:id                         title, url, source, local date, text, entity mentions
//   GET /api/articles?entity&day&skip&limit        articles mentioning an entity and/or of one local day
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { articleDetail, isCalendarDate, listArticles } from '../../../ingest/store/queries/index.ts';
import type { ArticleSummary, ArticleView, Page } from '../../shared/api-types.ts';
import { HttpError } from '../http-error.ts';
import { entityId, int } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const articleId = z.string().min(1).max(2000);
const ListQuery = z.object({
  entity: entityId.optional(),
  day: z
    .string()
    .optional()
    .refine((d) => d === undefined || d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d)), {
      message: 'must be one day that exists, such as 2024-05-05',
    }),
  skip: int(0, 1_000_000, 0),
  limit: int(1, 100, 20),
});

export function articleRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = parseInput(ListQuery, c.req.query(), 'GET /api/articles');
    const page = await listArticles(store, { entity: q.entity ?? null, day: q.day || null, skip: q.skip, limit: q.limit });
    const body: Page<ArticleSummary> = { total: page.total, skip: q.skip, limit: q.limit, items: page.items };
    return c.json(body);
  });
  app.get('/:id', async (c) => {
    const id = parseInput(articleId, c.req.param('id'), 'GET /api/articles/:id');
    const article = await articleDetail(store, id);
    if (!article) throw new HttpError(404, `web/server: no article with id "${id}"; list articles with /api/articles?entity=…`);
    const body: ArticleView = article;
    return c.json(body);
  });
  return app;
}
