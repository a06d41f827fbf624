// Reader for scraped news pages (the seed's shape): title line, a "date 来源:X" line, bylines
// (作者 | 王欣), paragraphs and headings, trailing site chrome, then a "相关:" block of unrelated
// snippets that become articles of their own.
import type { ParsedArticle } from '../model.ts';
import { articleId, relatedId } from './article-id.ts';
import { isChrome, isHeading, joinParagraphs } from './paragraphs.ts';
import { parsePublishedAt } from './published-at.ts';
import { splitSnippet } from './snippets.ts';

const DATE_LINE = /^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}[::]\d{2}(?:[::]\d{2})?)?)\s*(?:来源[::]\s*(.*))?$/;
const SOURCE_LINE = /^\s*来源[::]\s*(.+)$/;
const BYLINE = /^\s*(作者|编辑|记者|责任编辑|责编|撰文|文|采写|整理)\s*[|||::]\s*(.+)$/;
const RELATED = /^\s*(相关|相关阅读|相关新闻|相关文章)[::]?\s*$/;
/** Byline roles whose names are authors (people). */
const AUTHOR_ROLES = new Set(['作者', '编辑', '记者', '责任编辑', '责编', '撰文', '文', '采写', '整理']);

/** Quick test used by format detection: does this look like a scraped news page? */
export function looksLikeNews(raw: string): boolean {
  const head = raw.split(/\r?\n/, 12);
  return head.some((l) => DATE_LINE.test(l) || SOURCE_LINE.test(l) || BYLINE.test(l)) || /\n\s*相关[::]\s*\n/.test(raw);
}

function splitNames(s: string): string[] {
  return s
    .split(/[\s,,、/;;]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && n.length <= 12);
}

export function parseNews(raw: string, opts: { name?: string; url?: string }): ParsedArticle[] {
  const lines = raw.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const title = (lines[i] ?? opts.name ?? '').trim();
  i++;
  let publishedAt: string | undefined;
  let source: string | undefined;
  const authors: string[] = [];
  const paragraphs: string[] = [];
  const headings: string[] = [];
  let relatedAt = -1;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (RELATED.test(line)) {
      relatedAt = i + 1;
      break;
    }
    const date = paragraphs.length === 0 ? DATE_LINE.exec(line) : null;
    if (date) {
      publishedAt ??= parsePublishedAt(date[1]!);
      if (date[2]) source ??= date[2].trim();
      continue;
    }
    const src = paragraphs.length === 0 ? SOURCE_LINE.exec(line) : null;
    if (src) {
      source ??= src[1]!.trim();
      continue;
    }
    const by = paragraphs.length === 0 ? BYLINE.exec(line) : null;
    if (by) {
      if (AUTHOR_ROLES.has(by[1]!)) for (const n of splitNames(by[2]!)) if (!authors.includes(n)) authors.push(n);
      continue;
    }
    if (isChrome(line, title)) continue;
    if (isHeading(line)) headings.push(line);
    paragraphs.push(line);
  }
  const text = joinParagraphs(paragraphs);
  const main: ParsedArticle = {
    id: articleId({ url: opts.url, title, text }),
    title,
    authors,
    text,
    headings,
  };
  if (opts.url !== undefined) main.url = opts.url;
  if (publishedAt !== undefined) main.publishedAt = publishedAt;
  if (source !== undefined) main.source = source;
  const out: ParsedArticle[] = [main];
  if (relatedAt < 0) return out;
  const year = publishedAt?.slice(0, 4);
  let n = 0;
  for (const line of lines.slice(relatedAt)) {
    if (line.trim() === '') continue;
    const snip = splitSnippet(line);
    if (snip.body === '' && snip.title === '') continue;
    n++;
    const article: ParsedArticle = { id: relatedId(main.id, n), title: snip.title, authors: snip.authors ?? [], text: snip.body };
    if (snip.source !== undefined) article.source = snip.source;
    if (snip.dateline && year !== undefined) {
      article.referenceDate = `${year}-${String(snip.dateline.month).padStart(2, '0')}-${String(snip.dateline.day).padStart(2, '0')}`;
    } else if (publishedAt !== undefined) {
      // Snippets listed on a page are recent relative to it: its date is the best reference.
      article.referenceDate = publishedAt.slice(0, 10);
    }
    out.push(article);
  }
  return out;
}
