// Article identity, the one definition every stage uses: the same article parsed twice gets the
// same id, so re-ingesting is a no-op for the store. A URL wins, canonicalized, so a feed link, a
// redirect and a tracking-parameter copy of one page are one article; otherwise the text hash, so a
// traditional and a simplified copy of one article collapse too. The text hash is also what the
// ingest path compares to recognise a copy of a stored article under another URL or file name.
import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url.ts';
import { normalizeName } from './normalize.ts';

/** Hash (hex sha256) of the normalized title and text: equal for a simplified and a traditional copy. */
export function textHash(input: { title: string; text: string }): string {
  return createHash('sha256').update(normalizeName(input.title)).update('\n').update(normalizeName(input.text)).digest('hex');
}

/** `url:<canonical url>` when there is a URL, else `sha:<first 16 hex digits of the text hash>`. */
export function articleId(input: { url?: string; title: string; text: string }): string {
  if (input.url !== undefined && input.url.trim() !== '') return `url:${canonicalUrl(input.url)}`;
  return `sha:${textHash(input).slice(0, 16)}`;
}

export function relatedId(mainId: string, n: number): string {
  return `${mainId}#related-${n}`;
}
