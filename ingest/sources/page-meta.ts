// Title, publication time, source and canonical link of a news page from what sites actually
// publish: JSON-LD (NewsArticle), Open Graph and article:* `<meta>`, the common Chinese portal
// meta names (pubdate, publishdate, source) and, last, a visible dateline (2024年5月5日 17:38 来源：新华网).
import { parsePublishedAt } from '../parse/index.ts';

export interface PageMeta {
  title?: string;
  publishedAt?: string;
  source?: string;
  canonical?: string;
  authors: string[];
}

interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const DATE_META = ['article:published_time', 'og:release_date', 'pubdate', 'publishdate', 'publish_date', 'publishtime', 'dc.date', 'date', 'sailthru.date'];
const SOURCE_META = ['og:site_name', 'source', 'mediaid', 'application-name'];

function metaMap(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

type Json = { [k: string]: unknown };

function jsonLdArticles(doc: MetaDocument): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    if (o['@graph']) visit(o['@graph']);
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (type.some((t) => /Article|Posting|Report/i.test(t))) out.push(o);
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real sites; the other metadata still applies.
      continue;
    }
  }
  return out;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  return undefined;
}

function isoOrParsed(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return s;
  return parsePublishedAt(s);
}

/** Metadata of a page; `visibleText` (the page's text) is searched for a dateline last. */
export function readPageMeta(doc: MetaDocument, visibleText: string): PageMeta {
  const meta = metaMap(doc);
  const [ld] = jsonLdArticles(doc);
  const title = (typeof ld?.headline === 'string' ? ld.headline : undefined) ?? meta.get('og:title');
  let publishedAt = isoOrParsed(typeof ld?.datePublished === 'string' ? ld.datePublished : undefined);
  for (const key of DATE_META) publishedAt ??= isoOrParsed(meta.get(key));
  publishedAt ??= isoOrParsed(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const dateline = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)/.exec(visibleText.slice(0, 2000));
  publishedAt ??= dateline ? parsePublishedAt(dateline[1]!) : undefined;
  let source = nameOf(ld?.publisher);
  for (const key of SOURCE_META) source ??= meta.get(key);
  source ??= /来源[:：]\s*([^\s|，,]{2,20})/.exec(visibleText.slice(0, 2000))?.[1];
  const authors = ([] as unknown[])
    .concat(ld?.author ?? [])
    .map(nameOf)
    .filter((a): a is string => !!a);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url');
  return { title, publishedAt, source, canonical: canonical ?? undefined, authors };
}
