// Entry point of the parse stage: raw text in, articles out (main article first, then one per
// 相关 snippet). Pure: the caller reads files and decodes bytes; this only looks at the string.
// HTML tags in the text are markup, not prose, for every format (markup.ts).
import type { ParsedArticle } from '../model.ts';
import { NotTextError, ParseOptionsError } from './errors.ts';
import { parseMarkdown } from './markdown.ts';
import { stripMarkup } from './markup.ts';
import { stripPinyinGlosses } from './pinyin-glosses.ts';
import { looksLikeNews, parseNews } from './news.ts';
import { parsePlainText } from './plain-text.ts';

export type DocumentFormat = 'news' | 'text' | 'markdown' | 'auto';

export interface ParseOptions {
  /** Shown as the title when the document has none, and in error messages. */
  name?: string;
  url?: string;
  format?: DocumentFormat;
}

export const DEFAULT_PARSE_OPTIONS: Required<Pick<ParseOptions, 'format'>> = { format: 'auto' };
const FORMATS: readonly DocumentFormat[] = ['news', 'text', 'markdown', 'auto'];

/** Share of control characters (NUL and friends) above which a string is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

/** Throw NotTextError when `raw` is evidently not text (binary bytes decoded as a string). */
export function assertText(raw: string, name = 'input'): void {
  const sample = raw.length > 65536 ? raw.slice(0, 65536) : raw;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE && control > 2) {
    throw new NotTextError(
      `ingest/parse: ${name} is not text (${control} control or undecodable characters in the first ${sample.length}); ` +
        'pass a UTF-8 text, Markdown or news file, or convert it first (e.g. iconv -f GBK -t UTF-8).',
    );
  }
}

export function detectFormat(raw: string): Exclude<DocumentFormat, 'auto'> {
  if (/^\s*(---\r?\n[\s\S]*?\r?\n---\r?\n\s*)?#\s+\S/.test(raw)) return 'markdown';
  if (looksLikeNews(raw)) return 'news';
  return 'text';
}

export function parseDocument(raw: string, opts: ParseOptions = {}): ParsedArticle[] {
  if (typeof raw !== 'string') {
    throw new ParseOptionsError('ingest/parse: parseDocument expects a string; decode the bytes (UTF-8) before parsing.');
  }
  const format = opts.format ?? DEFAULT_PARSE_OPTIONS.format;
  if (!FORMATS.includes(format)) {
    throw new ParseOptionsError(`ingest/parse: unknown format "${String(format)}"; use one of ${FORMATS.join(', ')}.`);
  }
  assertText(raw, opts.name);
  // Markup goes before any reader looks at the text, so titles, bylines, paragraphs and the offsets
  // extraction computes all refer to the same readable text (markup.ts says why).
  // So do pinyin glosses (pinyin-glosses.ts): they cut the names they stand in.
  const sanitized = stripPinyinGlosses(stripMarkup(raw.split(String.fromCharCode(0)).join(' ')));
  if (sanitized.trim() === '') return [];
  const chosen = format === 'auto' ? detectFormat(sanitized) : format;
  const readerOpts = { name: opts.name, url: opts.url };
  if (chosen === 'markdown') return parseMarkdown(sanitized, readerOpts);
  if (chosen === 'news') return parseNews(sanitized, readerOpts);
  return parsePlainText(sanitized, readerOpts);
}
