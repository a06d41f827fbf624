// Pure: which article URLs may become a link. Article URLs come from ingested documents and feeds,
// so they are data from strangers; a `javascript:` or `data:` URL in an <a href> runs or shows
// whatever its author chose the moment a reader clicks (only the CSP stands in the way). Every view
// that links to an article asks this one function, and shows anything else as plain text.

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The href to use for an article URL, or null when it must not be a link: anything that is not an
 * absolute http(s) URL (`javascript:`, `data:`, `vbscript:`, relative, malformed, empty). The href
 * is the URL as the browser parses it, so the check and the click see the same address.
 */
export function articleHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url); // no base: a relative URL throws, so it never resolves against our page
  } catch {
    return null; // malformed: shown as text, which is all it can be
  }
  return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
