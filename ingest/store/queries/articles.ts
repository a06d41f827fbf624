// Articles for the article view: one article with its text and entity mentions, and pages of
// articles by entity and by day. The store keeps an article's text as its sentences with their
// offsets; articleDetail rebuilds it so every mention offset points into the returned text.
import type { Store } from '../client.ts';
import { dateOption, intOption, QueryOptionsError } from './options.ts';
import type { Page } from './entity-mentions.ts';

const MODULE = 'store/queries/articles';

export interface ArticleMention {
  start: number;
  end: number;
  id: string;
  name: string;
  type: string;
}

export interface ArticleDetail {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  authors: string[];
  /** ISO 8601 in the article's own offset: its first ten characters are the article's local day. */
  publishedAt: string | null;
  publishedZone: string | null;
  datePrecision: string | null;
  text: string;
  sentences: { index: number; start: number; end: number }[];
  mentions: ArticleMention[];
}

export interface ArticleListItem {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  datePrecision: string | null;
  /** Mentions of the entity asked for (null when listing by day only). */
  mentions: number | null;
}

interface SentenceRow {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The article text from its sentences, each at its own offset. What lies between two sentences (a
 * space, a paragraph break) is not stored: a gap of two or more characters becomes a paragraph break
 * padded to its length, a shorter one a space, so offsets stay exact.
 */
export function textFromSentences(sentences: readonly SentenceRow[]): string {
  let text = '';
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    const gap = s.start - text.length;
    if (gap >= 2) text += '\n\n' + ' '.repeat(gap - 2);
    else if (gap === 1) text += ' ';
    text += gap < 0 ? s.text.slice(-gap) : s.text;
  }
  return text;
}

export async function articleDetail(store: Store, id: string): Promise<ArticleDetail | null> {
  const [row] = await store.read('article-detail', { id });
  if (!row) return null;
  const sentences = row.sentences as unknown as SentenceRow[];
  return {
    id: row.id as string,
    title: row.title as string,
    url: (row.url as string | null) ?? null,
    source: (row.source as string | null) ?? null,
    authors: row.authors as string[],
    publishedAt: (row.publishedAt as string | null) ?? null,
    publishedZone: (row.publishedZone as string | null) ?? null,
    datePrecision: (row.datePrecision as string | null) ?? null,
    text: textFromSentences(sentences),
    sentences: sentences.map(({ index, start, end }) => ({ index, start, end })),
    mentions: row.mentions as unknown as ArticleMention[],
  };
}

export interface ArticleListOptions {
  entity?: string | null;
  /** A day, yyyy-mm-dd, in the article's own zone. */
  day?: string | null;
  skip?: number;
  limit?: number;
}

export const DEFAULT_ARTICLE_LIST_OPTIONS = { skip: 0, limit: 20 };

export async function listArticles(store: Store, options: ArticleListOptions = {}): Promise<Page<ArticleListItem>> {
  const day = dateOption(MODULE, 'day', options.day ?? undefined);
  if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new QueryOptionsError(`${MODULE}: day must be one day such as 2024-05-05, got "${day}"`);
  }
  const [row] = await store.read('articles-list', {
    entity: options.entity ?? null,
    day,
    skip: intOption(MODULE, 'skip', options.skip ?? DEFAULT_ARTICLE_LIST_OPTIONS.skip, 0, 1_000_000),
    limit: intOption(MODULE, 'limit', options.limit ?? DEFAULT_ARTICLE_LIST_OPTIONS.limit, 1, 500),
  });
  return { total: (row?.total as number | undefined) ?? 0, items: (row?.items ?? []) as unknown as ArticleListItem[] };
}
