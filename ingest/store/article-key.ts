// Article keys for the store: the canonical URL when the article has one (so a feed link, a redirect
// and a tracking-parameter copy of one page are one article), else the parse stage's content-hash id.
// Same rules as ingest/sources/canonical-url.ts, kept here so the store does not depend on a source.

const TRACKING = /^(utm_\w+|spm|from|fromid|share_token|scm|ref|gclid|fbclid)$/i;

export function canonicalArticleUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  return url.toString();
}

/** `url:<canonical url>` when there is a URL, else the id the parse stage gave (`sha:…`, `…#related-n`). */
export function articleKey(article: { id: string; url?: string }): string {
  const url = article.url?.trim();
  return url ? `url:${canonicalArticleUrl(url)}` : article.id;
}
