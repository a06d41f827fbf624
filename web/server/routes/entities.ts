// Entity endpoints: the detail panel and the paginated evidence behind nodes and edges.
//   GET /api/entities/:id                   names, counts, events, strongest co-mentions (404 if none)
//   GET /api/entities/:id/mentions?skip&limit   sentences naming it, with highlight offsets
//   GET /api/evidence?source&target&skip&limit  sentences where both appear
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { edgeEvidence, entityDetail, entityMentions, type MentionItem } from '../../../ingest/store/queries/index.ts';
import type { EntityDetail, EvidenceItem, Page } from '../../shared/api-types.ts';
import { HttpError } from '../http-error.ts';
import { entityId, int } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const PageQuery = z.object({ skip: int(0, 1_000_000, 0), limit: int(1, 100, 10) });
const EvidenceQuery = PageQuery.extend({ source: entityId, target: entityId });

function evidenceItem(item: Pick<MentionItem, 'articleId' | 'title' | 'url' | 'publishedAt' | 'text' | 'highlights'>): EvidenceItem {
  return {
    text: item.text,
    articleId: item.articleId,
    articleTitle: item.title,
    url: item.url,
    publishedAt: item.publishedAt,
    highlights: item.highlights.map(({ start, end }) => ({ start, end })),
  };
}

export function entityRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/entities/:id', async (c) => {
    const id = parseInput(entityId, c.req.param('id'), 'GET /api/entities/:id');
    const d = await entityDetail(store, id);
    if (!d) throw new HttpError(404, `web/server: no entity with id "${id}"; search for it with /api/search?q=…`);
    const body: EntityDetail = {
      entity: {
        id: d.id,
        name: d.name,
        type: d.type,
        aliases: d.aliases,
        nameEn: d.nameEn,
        mentionCount: d.mentionCount,
        firstSeen: d.firstSeen,
        lastSeen: d.lastSeen,
      },
      events: d.events.map((e) => ({ id: e.id, name: e.name, date: e.date, kind: e.kind })),
      coMentions: d.topCoMentions,
      roles: d.roles,
    };
    return c.json(body);
  });
  app.get('/entities/:id/mentions', async (c) => {
    const id = parseInput(entityId, c.req.param('id'), 'GET /api/entities/:id/mentions');
    const q = parseInput(PageQuery, c.req.query(), 'GET /api/entities/:id/mentions');
    const page = await entityMentions(store, { id, ...q });
    const body: Page<EvidenceItem> = { total: page.total, skip: q.skip, limit: q.limit, items: page.items.map(evidenceItem) };
    return c.json(body);
  });
  app.get('/evidence', async (c) => {
    const q = parseInput(EvidenceQuery, c.req.query(), 'GET /api/evidence');
    const page = await edgeEvidence(store, q);
    const body: Page<EvidenceItem> = { total: page.total, skip: q.skip, limit: q.limit, items: page.items.map(evidenceItem) };
    return c.json(body);
  });
  return app;
}
