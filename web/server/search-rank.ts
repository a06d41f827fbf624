// Pure ranking of search hits, so what a user types finds what they mean whatever its case, hyphens or
// script: a query and every name are compared by one key (nameKey), hits fall in tiers (the name
// itself, an alias or English name, a prefix of one, anything else the full-text index found) and,
// within a tier, the most-mentioned entity comes first.
import type { SearchHit } from '../shared/api-types.ts';

/** Lower case, with hyphens, dots, underscores, apostrophes and runs of spaces folded to one space. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-‐‑–—_.·•'’]+/g, ' ')
    .trim();
}

export type Tier = 3 | 2 | 1 | 0;

/** 3: the name; 2: an alias or the English name; 1: one of them holds the query; 0: other. */
export function tier(hit: Pick<SearchHit, 'name' | 'aliases' | 'nameEn'>, query: string): Tier {
  const q = nameKey(query);
  if (!q) return 0;
  if (nameKey(hit.name) === q) return 3;
  const others = [...hit.aliases, ...(hit.nameEn ? [hit.nameEn] : [])].map(nameKey);
  if (others.includes(q)) return 2;
  if ([nameKey(hit.name), ...others].some((k) => k.includes(q))) return 1;
  return 0;
}

/** How a text hit matched, for the suggestion's label. */
export function via(hit: Pick<SearchHit, 'name' | 'aliases' | 'nameEn'>, query: string): SearchHit['via'] {
  const q = nameKey(query);
  if (nameKey(hit.name).includes(q)) return 'name';
  if (hit.aliases.some((a) => nameKey(a).includes(q))) return 'alias';
  if (nameKey(hit.nameEn ?? '').includes(q)) return 'english';
  return 'alias';
}

/**
 * The suggestion list: text hits of tiers 3–1, then pinyin hits (already in their own order), then
 * the remaining text hits; each entity once, at its first place; within a text tier by mentions.
 */
export function rankHits(text: readonly SearchHit[], pinyin: readonly SearchHit[], query: string, limit: number): SearchHit[] {
  const tiered = text.map((hit, order) => ({ hit, order, tier: tier(hit, query) }));
  tiered.sort((a, b) => b.tier - a.tier || b.hit.mentionCount - a.hit.mentionCount || a.order - b.order);
  const strong = tiered.filter((t) => t.tier > 0).map((t) => t.hit);
  const weak = tiered.filter((t) => t.tier === 0).map((t) => t.hit);
  const seen = new Set<string>();
  return [...strong, ...pinyin, ...weak].filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, limit);
}
