// Reader for plain text: the first line is the title when it reads as one (title-line.ts: up to
// 120 characters, not body text, a date line or a byline) and more text follows; otherwise the
// file name stands in for the title. A date line among the first lines dates the article (the
// text keeps it: a plain file has no page furniture to strip), or else a wire dateline with a year
// opening the story; failing both, a bare date closing the text, as press releases print it.
// `parseLine` serves `--lines`, where each line is a document of its own and offsets are
// relative to that exact line, so nothing is trimmed.
import type { ParsedArticle } from '../model.ts';
import { articleId } from './article-id.ts';
import { readClosingDateLine, readDateLine, readWireDateline } from './date-line.ts';
import { isHeading, joinParagraphs } from './paragraphs.ts';
import { publishedFields } from './published-at.ts';
import { isDatedTitleLine, isTitleLine } from './title-line.ts';

/** Lines under the title searched for a date line. */
const HEAD_LINES = 3;

export function parsePlainText(raw: string, opts: { name?: string; url?: string }): ParsedArticle[] {
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l !== '');
  let title = opts.name ?? '';
  let bodyLines = nonEmpty;
  if (nonEmpty.length > 1 && (isTitleLine(nonEmpty[0]!) || isDatedTitleLine(nonEmpty, HEAD_LINES))) {
    title = nonEmpty[0]!;
    bodyLines = nonEmpty.slice(1);
  }
  const headings = bodyLines.filter((l) => isHeading(l));
  const text = joinParagraphs(bodyLines);
  const article: ParsedArticle = { id: articleId({ url: opts.url, title, text }), title, authors: [], text, headings };
  if (opts.url !== undefined) article.url = opts.url;
  for (const line of bodyLines.slice(0, HEAD_LINES)) {
    const dateLine = readDateLine(line);
    if (dateLine) {
      Object.assign(article, publishedFields(dateLine.date));
      break;
    }
    if (!isHeading(line)) {
      // The story has started: only a wire dateline with a year opening it (某社某地2024年5月5日电) dates it.
      const wire = readWireDateline(line);
      if (wire) Object.assign(article, publishedFields(wire));
      break;
    }
  }
  if (article.publishedAt === undefined) {
    const closing = readClosingDateLine(bodyLines);
    if (closing) Object.assign(article, publishedFields(closing));
  }
  return [article];
}

/** One `--lines` document: the line verbatim as text, no title or byline parsing. */
export function parseLine(line: string, opts: { name?: string; lineNumber?: number } = {}): ParsedArticle {
  const title = opts.name !== undefined && opts.lineNumber !== undefined ? `${opts.name}:${opts.lineNumber}` : '';
  return { id: articleId({ title: '', text: line }), title, authors: [], text: line };
}
