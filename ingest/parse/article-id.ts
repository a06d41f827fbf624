// Stable article ids: the same article parsed twice gets the same id, so re-ingesting is a no-op
// for the store. A URL wins; otherwise a hash of the normalized title and text, so a traditional
// and a simplified copy of one article collapse too.
import { createHash } from 'node:crypto';
import { normalizeName } from './normalize.ts';

export function articleId(input: { url?: string; title: string; text: string }): string {
  if (input.url !== undefined && input.url.trim() !== '') return `url:${input.url.trim()}`;
  const h = createHash('sha256');
  h.update(normalizeName(input.title));
  h.update('\n');
  h.update(normalizeName(input.text));
  return `sha:${h.digest('hex').slice(0, 16)}`;
}

export function relatedId(mainId: string, n: number): string {
  return `${mainId}#related-${n}`;
}
