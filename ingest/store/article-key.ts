// Article keys for the store: the canonical URL when the article has one (so a feed link, a redirect
// and a tracking-parameter copy of one page are one article), else the parse stage's content-hash id.
import { canonicalUrl } from '../parse/canonical-url.ts';

/** `url:<canonical url>` when there is a URL, else the id the parse stage gave (`sha:…`, `…#related-n`). */
export function articleKey(article: { id: string; url?: string }): string {
  const url = article.url?.trim();
  return url ? `url:${canonicalUrl(url)}` : article.id;
}
