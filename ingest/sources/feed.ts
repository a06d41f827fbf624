// RSS 2.0 and Atom feeds → items (link, title, time, and the full text when the feed carries it).
// Parsing goes through safe-xml; which elements are read follows the two specifications plus the
// content:encoded extension most Chinese portals use for full text. Item times keep the offset the
// feed states (RFC 822 `+0800`, RFC 3339 `+08:00`, GMT as `+00:00`), Beijing time when it states
// none: converting them to UTC put an item published at 01:06 +08:00 on the day before.
import type { ParsedArticle } from '../model.ts';
import { parsePublishedDate, publishedFields } from '../parse/published-at.ts';
import { SourceError } from './errors.ts';
import { decodeXmlEntities, parseXml } from './safe-xml.ts';

export interface FeedItem {
  link?: string;
  id?: string;
  title: string;
  /** ISO 8601 with the offset the feed states (`2024-05-05T01:06:00+08:00`); see ParsedArticle. */
  publishedAt?: string;
  /** The stated offset (`+08:00`), or `Asia/Shanghai` when the feed states no zone. */
  publishedZone?: string;
  datePrecision?: ParsedArticle['datePrecision'];
  /** HTML (or text) of the item's content or summary, if any. */
  content?: string;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

/** Text of a parsed element: a string, a CDATA section, or `#text` beside attributes. */
function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return decodeXmlEntities(String(v));
  if (Array.isArray(v)) return text(v[0]);
  const o = v as Node;
  if (o['#cdata'] !== undefined) return ([] as unknown[]).concat(o['#cdata']).map(String).join('');
  return text(o['#text']);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names in hours east of UTC (RFC 822 §5.1; military letters are left out). */
const RFC822_ZONES: Readonly<Record<string, number>> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };
/** RSS 2.0 pubDate: `Sun, 05 May 2024 01:06:00 +0800` (weekday and seconds optional, 2- or 4-digit year). */
const RFC822 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,3}))?$/i;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * An RFC 822 time rewritten as ISO 8601 with its offset (no offset when the feed gives no zone), so
 * that parse/published-at reads every feed time as it reads article dates; undefined when the
 * string is not RFC 822 or names a zone RFC 822 does not define.
 */
function rfc822AsIso(s: string): string | undefined {
  const m = RFC822.exec(s.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const year = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
  let offset = '';
  const zone = m[7];
  if (zone !== undefined) {
    if (/^[+-]/.test(zone)) offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    else {
      const hours = RFC822_ZONES[zone.toUpperCase()];
      if (hours === undefined) return undefined;
      offset = `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
    }
  }
  return `${year}-${pad(month)}-${pad(m[1]!)}T${pad(m[4]!)}:${m[5]}:${m[6] ?? '00'}${offset}`;
}

/** The publication fields of a feed time (RFC 822, RFC 3339, or a Chinese date line); none when unreadable. */
function itemTime(s: string): Pick<FeedItem, 'publishedAt' | 'publishedZone' | 'datePrecision'> {
  if (!s) return {};
  const date = parsePublishedDate(rfc822AsIso(s) ?? s);
  return date === undefined ? {} : publishedFields(date);
}

/** The publication fields of a feed item, for the article read from it (absent ones left out). */
export function itemDateFields(item: FeedItem | undefined): Pick<ParsedArticle, 'publishedAt' | 'publishedZone' | 'datePrecision'> {
  if (item?.publishedAt === undefined) return {};
  const out: Pick<ParsedArticle, 'publishedAt' | 'publishedZone' | 'datePrecision'> = { publishedAt: item.publishedAt };
  if (item.publishedZone !== undefined) out.publishedZone = item.publishedZone;
  if (item.datePrecision !== undefined) out.datePrecision = item.datePrecision;
  return out;
}

export function looksLikeFeed(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) || /^\s*<\?xml/i.test(head);
}

function rssItems(channel: Node): FeedItem[] {
  return ((channel.item as Node[] | undefined) ?? []).map((item) => ({
    link: text(item.link) || undefined,
    id: text(item.guid) || undefined,
    title: text(item.title),
    ...itemTime(text(item.pubDate) || text(item['dc:date'])),
    content: text(item['content:encoded']) || text(item.description) || undefined,
  }));
}

function atomLink(links: unknown): string | undefined {
  const all = ([] as Node[]).concat((links as Node[] | undefined) ?? []);
  const alt = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? all[0];
  const href = alt?.['@_href'];
  return typeof href === 'string' ? decodeXmlEntities(href) : undefined;
}

function atomItems(feed: Node): FeedItem[] {
  return ((feed.entry as Node[] | undefined) ?? []).map((entry) => ({
    link: atomLink(entry.link),
    id: text(entry.id) || undefined,
    title: text(entry.title),
    ...itemTime(text(entry.published) || text(entry.updated)),
    content: text(entry.content) || text(entry.summary) || undefined,
  }));
}

export function parseFeed(xml: string, name: string): Feed {
  const doc = parseXml(xml, name);
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object' && rss.channel) {
    const channel = rss.channel as Node;
    return { kind: 'rss', title: text(channel.title), items: rssItems(channel) };
  }
  const atom = doc.feed as Node | undefined;
  if (atom && typeof atom === 'object') return { kind: 'atom', title: text(atom.title), items: atomItems(atom) };
  throw new SourceError('malformed-xml', `ingest/sources/feed: ${name} is XML but neither RSS 2.0 (<rss><channel>) nor Atom (<feed>); check the feed URL`);
}
