// Reader for plain text: the first line is the title when it is short and more text follows
// (most saved articles look like that); otherwise the file name stands in for the title.
// `parseLine` serves `--lines`, where each line is a document of its own and offsets are
// relative to that exact line, so nothing is trimmed.
import type { ParsedArticle } from '../model.ts';
import { articleId } from './article-id.ts';
import { isHeading, joinParagraphs } from './paragraphs.ts';

export function parsePlainText(raw: string, opts: { name?: string; url?: string }): ParsedArticle[] {
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l !== '');
  let title = opts.name ?? '';
  let bodyLines = nonEmpty;
  if (nonEmpty.length > 1 && isHeading(nonEmpty[0]!)) {
    title = nonEmpty[0]!;
    bodyLines = nonEmpty.slice(1);
  }
  const headings = bodyLines.filter((l) => isHeading(l));
  const text = joinParagraphs(bodyLines);
  const article: ParsedArticle = { id: articleId({ url: opts.url, title, text }), title, authors: [], text, headings };
  if (opts.url !== undefined) article.url = opts.url;
  return [article];
}

/** One `--lines` document: the line verbatim as text, no title or byline parsing. */
export function parseLine(line: string, opts: { name?: string; lineNumber?: number } = {}): ParsedArticle {
  const title = opts.name !== undefined && opts.lineNumber !== undefined ? `${opts.name}:${opts.lineNumber}` : '';
  return { id: articleId({ title: '', text: line }), title, authors: [], text: line };
}
