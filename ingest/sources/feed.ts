// RSS 2.0 and Atom feeds → items (link, title, time, and the full text when the feed carries it).
// Parsing goes through safe-xml; which elements are read follows the two specifications plus the
// content:encoded extension most Chinese portals use for full text.
import { parsePublishedAt } from '../parse/index.ts';
import { SourceError } from './errors.ts';
import { decodeXmlEntities, parseXml } from './safe-xml.ts';

export interface FeedItem {
  link?: string;
  id?: string;
  title: string;
  publishedAt?: string;
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

function toIso(s: string): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  if (!Number.isNaN(t) && /[a-z]{3}|T\d|Z$|[+-]\d{2}:?\d{2}$/i.test(s)) return new Date(t).toISOString();
  return parsePublishedAt(s);
}

export function looksLikeFeed(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) || /^\s*<\?xml/i.test(head);
}

function rssItems(channel: Node): FeedItem[] {
  return ((channel.item as Node[] | undefined) ?? []).map((item) => ({
    link: text(item.link) || undefined,
    id: text(item.guid) || undefined,
    title: text(item.title),
    publishedAt: toIso(text(item.pubDate) || text(item['dc:date'])),
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
    publishedAt: toIso(text(entry.published) || text(entry.updated)),
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
