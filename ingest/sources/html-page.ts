// A news page's main text: Readability on a server-side DOM (linkedom), paragraphs kept apart,
// with title, time and source from the page's metadata. Everything comes out as plain text; no
// markup from the page survives (a `<title>` of `<img onerror=…>` is stored as those characters).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readPageMeta, type PageMeta } from './page-meta.ts';

export interface PageContent extends PageMeta {
  title: string;
  text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, tr, br, section, article';

function clean(s: string): string {
  return s.replace(/[ \t\f\v\u00a0\u3000]+/g, ' ').trim();
}

/** Plain paragraphs ("\n\n"-joined) from an HTML fragment or document body. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) {
    el.before(document.createTextNode('\n'));
    el.after(document.createTextNode('\n'));
  }
  return (document.body.textContent ?? '').split(/\n+/).map(clean).filter(Boolean).join('\n\n');
}

export function extractPage(html: string): PageContent {
  const { document } = parseHTML(html);
  const rawTitle = clean(document.querySelector('title')?.textContent ?? '');
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  const bodyText = htmlToText(document.body?.innerHTML ?? html);
  const meta = readPageMeta(document as never, bodyText);
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document as never, { charThreshold: 100 }).parse();
  } catch {
    // Readability gives up on odd DOMs; the whole body's text is the fallback below.
    article = null;
  }
  const fromReadability = article?.content ? htmlToText(article.content) : '';
  const text = fromReadability.length >= bodyText.length * 0.2 && fromReadability !== '' ? fromReadability : bodyText;
  const title = clean(meta.title ?? '') || h1 || clean(article?.title ?? '') || rawTitle;
  // Readability keeps the headline in the body at times; the title is stored apart.
  const body = text.startsWith(`${title}\n\n`) ? text.slice(title.length + 2) : text;
  return { ...meta, title, text: body };
}
