// JSON and JSON Lines inputs: one article per record (an array, `{articles|items|data: [...]}`,
// a single object, or one object per line). Field mapping, first present field wins:
//   title        ← title, headline, name
//   text         ← text, content, body, article, description   (HTML is reduced to text)
//   url          ← url, link, href, canonicalUrl
//   publishedAt  ← publishedAt, published_at, pubDate, datePublished, date, time
//   source       ← source, site, publisher, siteName
//   authors      ← authors, author, byline   (string or list)
import type { ParsedArticle } from '../model.ts';
import { articleId } from '../parse/index.ts';
import { parsePublishedAt } from '../parse/index.ts';
import { canonicalUrl } from '../parse/canonical-url.ts';
import { SourceError } from './errors.ts';
import { htmlToText } from './html-page.ts';

export const JSON_FIELD_MAPPING = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'content', 'body', 'article', 'description'],
  url: ['url', 'link', 'href', 'canonicalUrl'],
  publishedAt: ['publishedAt', 'published_at', 'pubDate', 'datePublished', 'date', 'time'],
  source: ['source', 'site', 'publisher', 'siteName'],
  authors: ['authors', 'author', 'byline'],
} as const;

type Rec = Record<string, unknown>;

function pick(rec: Rec, field: keyof typeof JSON_FIELD_MAPPING): unknown {
  for (const key of JSON_FIELD_MAPPING[field]) if (rec[key] !== undefined && rec[key] !== null && rec[key] !== '') return rec[key];
  return undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && typeof (v as Rec).name === 'string') return ((v as Rec).name as string).trim();
  return undefined;
}

function toIso(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return s;
  return parsePublishedAt(s);
}

export function recordToArticle(rec: Rec, where: string): ParsedArticle {
  const rawText = str(pick(rec, 'text'));
  if (!rawText) {
    throw new SourceError(
      'bad-record',
      `ingest/sources/json-records: ${where} has no text (looked for ${JSON_FIELD_MAPPING.text.join(', ')}); add one of those fields`,
    );
  }
  const text = /<[a-z][\s\S]*>/i.test(rawText) ? htmlToText(rawText) : rawText.replace(/\r\n?/g, '\n');
  const link = str(pick(rec, 'url'));
  const url = link ? canonicalUrl(link) : undefined;
  const title = str(pick(rec, 'title')) ?? text.split('\n')[0]!.slice(0, 60);
  const authorsRaw = pick(rec, 'authors');
  const authors = (Array.isArray(authorsRaw) ? authorsRaw : authorsRaw === undefined ? [] : [authorsRaw]).map(str).filter((a): a is string => !!a);
  return { id: articleId({ url, title, text }), url, title, text, publishedAt: toIso(pick(rec, 'publishedAt')), source: str(pick(rec, 'source')), authors };
}

/**
 * Articles from a `.json` or `.jsonl` document's text; one bad record fails the document. `firstLine`
 * numbers the lines of a part of a larger JSON Lines file (jsonl-parts.ts) as the file does.
 */
export function parseJsonRecords(text: string, name: string, lines: boolean, firstLine = 1): ParsedArticle[] {
  const parseOne = (s: string, where: string): unknown => {
    try {
      return JSON.parse(s);
    } catch (cause) {
      throw new SourceError('bad-record', `ingest/sources/json-records: ${where} is not valid JSON (${(cause as Error).message}); fix the file`, { cause });
    }
  };
  let records: unknown[];
  /** Where each record is, for errors: its line in a JSON Lines file. */
  const where: string[] = [];
  if (lines) {
    records = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      where.push(`${name} line ${i + firstLine}`);
      records.push(parseOne(line, where[where.length - 1]!));
    });
  } else {
    const doc = parseOne(text, name);
    const o = doc as Rec;
    records = Array.isArray(doc)
      ? doc
      : Array.isArray(o?.articles)
        ? (o.articles as unknown[])
        : Array.isArray(o?.items)
          ? (o.items as unknown[])
          : Array.isArray(o?.data)
            ? (o.data as unknown[])
            : [doc];
  }
  return records.map((r, i) => {
    const at = where[i] ?? `${name} record ${i + 1}`;
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      throw new SourceError('bad-record', `ingest/sources/json-records: ${at} is not an object; each record needs fields such as title and text`);
    }
    return recordToArticle(r as Rec, at);
  });
}
