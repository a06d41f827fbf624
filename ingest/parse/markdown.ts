// Reader for Markdown files: `# title`, optional YAML-ish front matter (title/date/source/author),
// markup stripped so offsets index into readable text rather than into `**` and link syntax.
import type { ParsedArticle } from '../model.ts';
import { articleId } from './article-id.ts';
import { isHeading, joinParagraphs } from './paragraphs.ts';
import { readDateLine } from './date-line.ts';
import { parsePublishedDate, publishedFields, type PublishedDate } from './published-at.ts';

function stripInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .trim();
}

export function parseMarkdown(raw: string, opts: { name?: string; url?: string }): ParsedArticle[] {
  let body = raw;
  const meta: Record<string, string> = {};
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (front) {
    for (const line of front[1]!.split(/\r?\n/)) {
      const m = /^(\w+)\s*:\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.replace(/^["']|["']$/g, '').trim();
    }
    body = raw.slice(front[0].length);
  }
  let title = meta.title ?? '';
  const paragraphs: string[] = [];
  const headings: string[] = [];
  let inFence = false;
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(''));
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const text = stripInline(h[2]!);
      if (h[1] === '#' && title === '') title = text;
      else if (text !== '') {
        headings.push(text);
        paragraphs.push(text);
      }
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const text = stripInline(line);
    if (text !== '') current.push(text);
  }
  flush();
  if (title === '') title = opts.name ?? paragraphs.find(isHeading) ?? '';
  // Front matter's date first; else a date line among the first paragraphs, taken out of the text.
  let published: PublishedDate | undefined = meta.date !== undefined ? parsePublishedDate(meta.date) : undefined;
  for (let k = 0; published === undefined && meta.date === undefined && k < Math.min(3, paragraphs.length); k++) {
    const dateLine = readDateLine(paragraphs[k]!);
    if (dateLine) {
      published = dateLine.date;
      paragraphs.splice(k, 1);
    } else if (!isHeading(paragraphs[k]!)) break;
  }
  const text = joinParagraphs(paragraphs);
  const article: ParsedArticle = {
    id: articleId({ url: opts.url, title, text }),
    title,
    authors: meta.author ? [meta.author] : [],
    text,
    headings,
  };
  if (opts.url !== undefined) article.url = opts.url;
  if (published !== undefined) Object.assign(article, publishedFields(published));
  if (meta.source !== undefined) article.source = meta.source;
  return [article];
}
