// Entity endpoints: the detail panel and the paginated evidence behind nodes and edges.
//   GET /api/entities/:id                   names, counts, events, strongest co-mentions (404 if none)
//   GET /api/entities/:id/mentions?skip&limit   sentences naming it, with highlight offsets
//   GET /api/evidence?source&target&skip&limit  sentences where both appear
//   GET /api/relation-evidence?type&source&target&title&skip&limit   sentences stating a typed
//       edge (MEETS, VISITS …; HOLDS_ROLE with title = normalized title, no target for none)
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { RELATION_TYPES } from '../../../ingest/model.ts';
import { edgeEvidence, entityDetail, entityMentions, relationEvidence, type MentionItem } from '../../../ingest/store/queries/index.ts';
import type { EntityDetail, EvidenceItem, Page, RelationEvidenceItem } from '../../shared/api-types.ts';
import { HttpError } from '../http-error.ts';
import { entityId, int } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const PageQuery = z.object({ skip: int(0, 1_000_000, 0), limit: int(1, 100, 10) });
const EvidenceQuery = PageQuery.extend({ source: entityId, target: entityId });
const RelationEvidenceQuery = PageQuery.extend({
  type: z.enum(RELATION_TYPES),
  source: entityId,
  target: entityId.optional(),
  title: z.string().min(1).max(200).optional(),
}).superRefine((q, ctx) => {
  if (q.type === 'HOLDS_ROLE' && q.title === undefined)
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'is needed for HOLDS_ROLE (the normalized title, e.g. 发言人)' });
  if (q.type !== 'HOLDS_ROLE' && q.target === undefined) ctx.addIssue({ code: 'custom', path: ['target'], message: `is needed for ${q.type}` });
});

function evidenceItem(item: Pick<MentionItem, 'articleId' | 'title' | 'url' | 'publishedAt' | 'datePrecision' | 'text' | 'highlights'>): EvidenceItem {
  return {
    text: item.text,
    articleId: item.articleId,
    articleTitle: item.title,
    url: item.url,
    publishedAt: item.publishedAt,
    datePrecision: item.datePrecision,
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
        confidence: d.confidence,
        firstSeen: d.firstSeen,
        lastSeen: d.lastSeen,
      },
      events: d.events.map((e) => ({ id: e.id, name: e.name, date: e.date, kind: e.kind })),
      coMentions: d.topCoMentions,
      roles: d.roles,
      relations: d.relations.map((r) => ({
        type: r.type,
        direction: r.direction,
        other: { id: r.otherId, name: r.otherName, type: r.otherType },
        articles: r.articles,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        dates: r.dates,
        dateCount: r.dateCount,
      })),
      holders: d.holders,
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
  app.get('/relation-evidence', async (c) => {
    const q = parseInput(RelationEvidenceQuery, c.req.query(), 'GET /api/relation-evidence');
    const page = await relationEvidence(store, { ...q, target: q.target ?? null });
    const body: Page<RelationEvidenceItem> = {
      total: page.total,
      skip: q.skip,
      limit: q.limit,
      items: page.items.map((item) => ({ ...evidenceItem(item), date: item.date })),
    };
    return c.json(body);
  });
  return app;
}
