// GET /api/search?q&limit&types: suggestions as you type. The query is normalized the way names are
// stored (traditional → simplified, full-width → half: 華為 finds 华为); names, aliases and English
// names come from the store's full-text search, a Latin query is also matched as pinyin or initials
// (mask, msk, mǎ sī kè → 马斯克). search-rank.ts orders them.
import { Hono } from 'hono';
import { z } from 'zod';
import { normalizeName } from '../../../ingest/parse/normalize.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { searchEntities } from '../../../ingest/store/queries/index.ts';
import type { SearchHit } from '../../shared/api-types.ts';
import { PinyinIndex } from '../pinyin-index.ts';
import { isLatinQuery } from '../pinyin-match.ts';
import { entityTypes, int } from '../schemas.ts';
import { rankHits, via } from '../search-rank.ts';
import { parseInput } from '../validate.ts';

/** Longer than any name, alias or English name the graph holds; a longer query is a paste, not a search. */
export const MAX_SEARCH_LENGTH = 200;

const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .superRefine((q, ctx) => {
      const length = [...q].length;
      if (length > MAX_SEARCH_LENGTH)
        ctx.addIssue({
          code: 'custom',
          message: `is ${length} characters long; search for a name, alias or pinyin of at most ${MAX_SEARCH_LENGTH} characters`,
        });
    }),
  limit: int(1, 50, 10),
  types: entityTypes,
});

export function searchRoutes(store: Store): Hono {
  const app = new Hono();
  const pinyin = new PinyinIndex(store);
  app.get('/', async (c) => {
    const { q: raw, limit, types } = parseInput(SearchQuery, c.req.query(), 'GET /api/search');
    const q = normalizeName(raw);
    const text: SearchHit[] = (await searchEntities(store, { q, limit: Math.max(limit, 20), types })).map((h) => ({
      id: h.id,
      name: h.name,
      type: h.type,
      aliases: h.aliases,
      nameEn: h.nameEn,
      mentionCount: h.mentionCount,
      via: via(h, q),
    }));
    const byPinyin = isLatinQuery(q) ? (await pinyin.search(q, limit)).filter((h) => types.length === 0 || types.includes(h.type as never)) : [];
    return c.json({ results: rankHits(text, byPinyin, q, limit) });
  });
  return app;
}
