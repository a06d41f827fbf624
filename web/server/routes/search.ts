// GET /api/search?q&limit&types: suggestions as you type. Names, aliases and English names come from
// the store's full-text search; a Latin query is also matched as pinyin or initials (mask, msk → 马斯克).
// Full-text hits that match the input exactly rank first, then pinyin, then the rest.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../ingest/store/client.ts';
import { searchEntities, type EntityHit } from '../../../ingest/store/queries/index.ts';
import type { SearchHit } from '../../shared/api-types.ts';
import { PinyinIndex } from '../pinyin-index.ts';
import { isLatinQuery } from '../pinyin-match.ts';
import { entityTypes, int } from '../schemas.ts';
import { parseInput } from '../validate.ts';

const SearchQuery = z.object({ q: z.string().trim().min(1, 'must not be empty').max(100), limit: int(1, 50, 10), types: entityTypes });

function via(hit: EntityHit, q: string): SearchHit['via'] {
  const lower = q.toLowerCase();
  if (hit.name.toLowerCase().includes(lower)) return 'name';
  if (hit.aliases.some((a) => a.toLowerCase().includes(lower))) return 'alias';
  if ((hit.nameEn ?? '').toLowerCase().includes(lower)) return 'english';
  return 'alias';
}

export function searchRoutes(store: Store): Hono {
  const app = new Hono();
  const pinyin = new PinyinIndex(store);
  app.get('/', async (c) => {
    const { q, limit, types } = parseInput(SearchQuery, c.req.query(), 'GET /api/search');
    const text = (await searchEntities(store, { q, limit, types })).map((h) => ({
      hit: { id: h.id, name: h.name, type: h.type, aliases: h.aliases, nameEn: h.nameEn, mentionCount: h.mentionCount, via: via(h, q) } as SearchHit,
      score: h.score,
    }));
    const strong = text.filter((t) => t.score >= 500).map((t) => t.hit);
    const weak = text.filter((t) => t.score < 500).map((t) => t.hit);
    const byPinyin = isLatinQuery(q) ? (await pinyin.search(q, limit)).filter((h) => types.length === 0 || types.includes(h.type as never)) : [];
    const seen = new Set<string>();
    const results = [...strong, ...byPinyin, ...weak].filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, limit);
    return c.json({ results });
  });
  return app;
}
