// Canonical URLs, so one article reached through a feed link, a redirect or a tracking parameter
// gets one id (used by sources to deduplicate and by the store to key articles): lower-case scheme and host, no default port, no fragment, no utm_* or similar
// tracking parameters, the remaining parameters sorted.

const TRACKING = /^(utm_\w+|spm|from|fromid|share_token|scm|ref|gclid|fbclid)$/i;

export function canonicalUrl(raw: string): string {
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

export function isHttpUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}
