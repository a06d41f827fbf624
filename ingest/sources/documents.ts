// Sources → documents → parsed articles. A source is what a user names (a path, folder, glob, page
// URL or feed URL); resolving it lists its documents (one per file, page or feed item, each with a
// stable key for failure records); loading a document fetches, decodes and parses it. A JSON Lines
// file of more than JSONL_PART_LINES lines is listed as its parts (jsonl-parts.ts), each read alone.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ParsedArticle } from '../model.ts';
import { articleId, parseDocument } from '../parse/index.ts';
import { canonicalUrl, isHttpUrl } from '../parse/canonical-url.ts';
import { decodeBytes } from './decode.ts';
import { SourceError } from './errors.ts';
import { itemDateFields, looksLikeFeed, parseFeed, type FeedItem } from './feed.ts';
import { extractPage, htmlToText } from './html-page.ts';
import { fetchResource, type FetchedResource, type Validators } from './http-fetch.ts';
import { parseJsonRecords } from './json-records.ts';
import { jsonlParts, parsePartKey, partKey, readJsonlPart, type JsonlPart } from './jsonl-parts.ts';
import { expandLocal } from './local-files.ts';
import type { SourceOptions } from './options.ts';

export interface DocumentRef {
  /** Canonical URL or absolute path: the document's identity in failure records. */
  key: string;
  kind: 'file' | 'page' | 'feed-item';
  /** The source (as the user wrote it) this document came from. */
  source: string;
  /** A page already fetched while resolving its source. */
  fetched?: FetchedResource;
  item?: FeedItem;
  /** A part of a JSON Lines file: its byte range and lines. */
  part?: JsonlPart;
}

export interface ResolvedSource {
  spec: string;
  kind: 'local' | 'page' | 'feed';
  refs: DocumentRef[];
  /** True when a feed answered 304 Not Modified. */
  notModified: boolean;
  /**
   * A feed's validators and item count, for the caller to save once every document of this source
   * was handled (so the next fetch can be conditional); absent for local files, pages and 304s.
   */
  feedState?: { validators: Validators; items: number };
}

export interface SourceContext {
  options: SourceOptions;
  cwd?: string;
}

/**
 * Lists a source's documents. `known` are the validators saved after the last complete read of this
 * URL (the caller keeps them; none means an unconditional fetch, as in dry runs).
 */
export async function resolveSource(spec: string, ctx: SourceContext, known: Validators = {}): Promise<ResolvedSource> {
  if (!isHttpUrl(spec)) {
    const refs: DocumentRef[] = [];
    for (const path of expandLocal(spec, ctx.cwd)) {
      const parts = extname(path).toLowerCase() === '.jsonl' ? await jsonlParts(path) : [];
      if (parts.length > 1) for (const part of parts) refs.push({ key: partKey(path, part), kind: 'file', source: spec, part });
      else refs.push({ key: path, kind: 'file', source: spec });
    }
    return { spec, kind: 'local', refs, notModified: false };
  }
  const res = await fetchResource(spec, ctx.options, known);
  if (res.notModified) return { spec, kind: 'feed', refs: [], notModified: true };
  const head = res.bytes.subarray(0, 512).toString('latin1');
  const isFeed = /xml|rss|atom/i.test(res.contentType ?? '') && !/html/i.test(res.contentType ?? '') ? true : looksLikeFeed(head);
  if (!isFeed) {
    return { spec, kind: 'page', refs: [{ key: canonicalUrl(res.url), kind: 'page', source: spec, fetched: res }], notModified: false };
  }
  const { text } = decodeBytes(res.bytes, spec, res.contentType);
  const feed = parseFeed(text, spec);
  const seen = new Set<string>();
  const refs: DocumentRef[] = [];
  for (const item of feed.items) {
    const link = item.link ? canonicalUrl(new URL(item.link, res.url).toString()) : undefined;
    const key = link ?? `${canonicalUrl(spec)}#${item.id ?? item.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ key, kind: 'feed-item', source: spec, item: { ...item, link } });
  }
  return {
    spec,
    kind: 'feed',
    refs,
    notModified: false,
    feedState: { validators: res.validators, items: refs.length },
  };
}

function pageArticles(res: FetchedResource, name: string): ParsedArticle[] {
  const { text: html } = decodeBytes(res.bytes, name, res.contentType);
  const page = extractPage(html);
  if (page.text.trim() === '') {
    throw new SourceError('empty', `ingest/sources/documents: ${name} has no readable text; it may need JavaScript or be an index page`);
  }
  const url = canonicalUrl(res.url);
  return [
    {
      id: articleId({ url, title: page.title, text: page.text }),
      url,
      title: page.title || url,
      text: page.text,
      publishedAt: page.publishedAt,
      source: page.source,
      authors: page.authors,
    },
  ];
}

/** One part of a JSON Lines file; a part known only by its key (a failure retried) is found again by its first line. */
async function partArticles(path: string, known: JsonlPart | undefined, firstLine: number): Promise<ParsedArticle[]> {
  let part = known;
  try {
    part ??= (await jsonlParts(path)).find((p) => p.firstLine === firstLine);
  } catch (cause) {
    throw new SourceError('not-found', `ingest/sources/documents: cannot read ${path} (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check the path`, {
      cause,
    });
  }
  if (!part) throw new SourceError('not-found', `ingest/sources/documents: ${path} has no line ${firstLine} any more; it was cut or replaced`);
  const name = basename(path);
  const { text } = decodeBytes(await readJsonlPart(path, part), name);
  return parseJsonRecords(text, name, true, part.firstLine);
}

function fileArticles(path: string): ParsedArticle[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new SourceError(
      'not-found',
      `ingest/sources/documents: cannot read ${path} (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions`,
      { cause },
    );
  }
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    return pageArticles({ url: '', status: 200, notModified: false, bytes, validators: {}, fetchedAt: new Date().toISOString() }, name).map((a) => {
      const url = undefined;
      return { ...a, url, id: articleId({ url, title: a.title, text: a.text }) };
    });
  }
  const { text } = decodeBytes(bytes, name);
  if (ext === '.json' || ext === '.jsonl') return parseJsonRecords(text, name, ext === '.jsonl');
  return parseDocument(text, { name, format: 'auto' });
}

/** Fetches (or reads) one document and parses it into articles. Throws SourceError or parse errors. */
export async function loadDocument(ref: DocumentRef, ctx: SourceContext): Promise<ParsedArticle[]> {
  if (ref.kind === 'file') {
    const inPart = ref.part ? { path: ref.key.slice(0, ref.key.lastIndexOf('#')), firstLine: ref.part.firstLine } : parsePartKey(ref.key);
    return inPart ? partArticles(inPart.path, ref.part, inPart.firstLine) : fileArticles(ref.key);
  }
  if (ref.fetched) return pageArticles(ref.fetched, ref.key);
  const item = ref.item;
  if (item?.content) {
    const text = htmlToText(item.content);
    if (text.length >= ctx.options.minFeedTextLength || !item.link) {
      if (text.trim() === '') throw new SourceError('empty', `ingest/sources/documents: feed item ${ref.key} has no text and no link`);
      const url = item.link;
      return [{ id: articleId({ url, title: item.title, text }), url, title: item.title || ref.key, text, ...itemDateFields(item), authors: [] }];
    }
  }
  const res = await fetchResource(item?.link ?? ref.key, ctx.options);
  const articles = pageArticles(res, ref.key);
  // The feed's own title and time are the publisher's statement; prefer them to page guesses.
  return articles.map((a) => ({ ...a, title: item?.title || a.title, ...itemDateFields(item) }));
}
