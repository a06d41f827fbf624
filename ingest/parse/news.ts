// Reader for scraped news pages (the seed's shape): headline, a date line (with a source, a byline
// or an outlet beside the date; date-line.ts says which lines count), bylines (作者 | 王欣),
// paragraphs and headings, trailing site chrome, then a "相关:" block of unrelated snippets that
// become articles of their own. Only the lines under the headline, before the story starts, can be
// the date line: a date in the story is what happened, not when it was published.
import type { ParsedArticle } from '../model.ts';
import { articleId, relatedId } from './article-id.ts';
import { readClosingDateLine, readDateLine, readWireDateline } from './date-line.ts';
import { isChrome, isHeading, joinParagraphs } from './paragraphs.ts';
import { publishedFields, type PublishedDate } from './published-at.ts';
import { splitSnippet } from './snippets.ts';
import { isDatedTitleLine, isTitleLine } from './title-line.ts';

const SOURCE_LINE = /^\s*(?:来源|來源|文章来源|文章來源|稿件来源|稿件來源)[::]\s*(.+)$/;
const BYLINE = /^\s*(作者|编辑|編輯|记者|記者|责任编辑|責任編輯|责编|責編|撰文|文|采写|採寫|整理)\s*[|||::]\s*(.+)$/;
const RELATED = /^\s*(相关|相关阅读|相关新闻|相关文章)[::]?\s*$/;
/** What no list of names holds: a question or a sentence's end, quotes. */
const QUESTION_OR_SENTENCE = /[?？。!！“”「」]/u;
/** Byline roles whose names are authors (people). */
const AUTHOR_ROLES = new Set(['作者', '编辑', '編輯', '记者', '記者', '责任编辑', '責任編輯', '责编', '責編', '撰文', '文', '采写', '採寫', '整理']);
/** Last lines of a story read for credits (a photo credit, a text credit, a tag line). */
const TAIL_LINES = 4;
/** Lines under the headline read as the page's head (date line, source, bylines) before the story. */
const HEAD_LINES = 6;
/** Parts of a head line: `|`-separated, or a label (来源:, 编辑:) after a space. */
const HEAD_PARTS = /\s*[|｜]\s*|\s{2,}|\s+(?=[^\s::]{1,6}[::])/u;

/** Quick test used by format detection: does this look like a scraped news page? */
export function looksLikeNews(raw: string): boolean {
  const head = raw.split(/\r?\n/, 12);
  return head.some((l, i) => (i > 0 && readDateLine(l) !== undefined) || SOURCE_LINE.test(l) || BYLINE.test(l)) || /\n\s*相关[::]\s*\n/.test(raw);
}

/** What a credit line writes where it names no one (作者:佚名, 编辑:不详). */
const NO_ONE = new Set(['佚名', '不详', '不詳', '未知', '匿名', '网友', '網友', '综合', '綜合', '小编', '小編', '编辑部', '編輯部']);
/** A content system's placeholder where the credit's name goes (编辑:Editor, 作者:admin). */
const PLACEHOLDER = /^(?:editor|admin|administrator|reporter|staff|author|user|guest|webmaster|anonymous)$/iu;

/** An outlet and a role before the name in a credit (中青报·中青网记者 某某): no one's name. */
const OUTLET_ROLE = /(?:记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影)$/u;

/** A name in Latin letters, its words spaced (Kevin Li): one name, not two. */
const LATIN_NAME = /^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}$/u;

function splitNames(s: string): string[] {
  return s
    .split(/[,,、/;;]+/)
    .flatMap((part) => (LATIN_NAME.test(part.trim()) ? [part.trim()] : part.split(/\s+/)))
    .map((n) => n.trim())
    .filter((n) => n !== '' && n.length <= 24 && (n.length <= 12 || LATIN_NAME.test(n)) && !NO_ONE.has(n) && !PLACEHOLDER.test(n) && !OUTLET_ROLE.test(n));
}

/** Whether `part` is a byline (作者 | 某某); an author role's names go to `authors`, each once. */
function readByline(part: string, authors: string[]): boolean {
  const by = BYLINE.exec(part);
  // 记者:你好,请问…? is a reporter's question in a transcript, not a credit.
  if (by === null || QUESTION_OR_SENTENCE.test(by[2]!)) return false;
  if (AUTHOR_ROLES.has(by[1]!)) for (const n of splitNames(by[2]!)) if (!authors.includes(n)) authors.push(n);
  return true;
}

export function parseNews(raw: string, opts: { name?: string; url?: string }): ParsedArticle[] {
  const lines = raw.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  // A page that opens with its date line or a byline has no headline line: the name stands in.
  const first = (lines[i] ?? '').trim();
  const hasTitleLine =
    isTitleLine(first) ||
    opts.name === undefined ||
    isDatedTitleLine(
      lines.slice(i).filter((l) => l.trim() !== ''),
      HEAD_LINES,
    );
  const title = hasTitleLine ? first : opts.name!;
  if (hasTitleLine) i++;
  let published: PublishedDate | undefined;
  let source: string | undefined;
  const authors: string[] = [];
  const paragraphs: string[] = [];
  const headings: string[] = [];
  let relatedAt = -1;
  let headSeen = 0;
  let storyStarted = false;
  /** A byline or source line of the head (alone, or beside a date): its names and outlet. */
  const readCredit = (part: string): boolean => {
    const src = SOURCE_LINE.exec(part);
    if (src) {
      source ??= src[1]!.trim();
      return true;
    }
    return readByline(part, authors);
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (RELATED.test(line)) {
      relatedAt = i + 1;
      break;
    }
    const inHead = !storyStarted && headSeen++ < HEAD_LINES;
    const dateLine = inHead ? readDateLine(line) : undefined;
    if (dateLine) {
      published ??= dateLine.date;
      for (const part of dateLine.rest.split(HEAD_PARTS)) readCredit(part);
      continue;
    }
    if (inHead && readCredit(line)) continue;
    if (isChrome(line, title)) continue;
    if (isHeading(line)) headings.push(line);
    else storyStarted = true;
    paragraphs.push(line);
  }
  // Credits under the story (文:某某, 编辑:某某 as its last lines) name authors as the head's do.
  // A tail line may hold several credits (编辑:某某 来源:某社): each part is read on its own.
  for (let j = paragraphs.length - 1; j >= Math.max(0, paragraphs.length - TAIL_LINES); j--)
    for (const part of paragraphs[j]!.split(HEAD_PARTS)) readByline(part, authors);
  // No date line: a wire dateline with a year opening the story (某社某地2024年5月5日电) dates it.
  const story = paragraphs.find((p) => !isHeading(p));
  if (published === undefined && story !== undefined) published = readWireDateline(story);
  // Nor that: a bare date closing the story, as press releases print it.
  if (published === undefined) published = readClosingDateLine(paragraphs);
  const text = joinParagraphs(paragraphs);
  const main: ParsedArticle = {
    id: articleId({ url: opts.url, title, text }),
    title,
    authors,
    text,
    headings,
  };
  if (opts.url !== undefined) main.url = opts.url;
  if (published !== undefined) Object.assign(main, publishedFields(published));
  if (source !== undefined) main.source = source;
  const out: ParsedArticle[] = [main];
  if (relatedAt < 0) return out;
  const year = published?.local.slice(0, 4);
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
    } else if (published !== undefined && published.precision !== 'month') {
      // Snippets listed on a page are recent relative to it: its date is the best reference.
      article.referenceDate = published.local;
    }
    out.push(article);
  }
  return out;
}
