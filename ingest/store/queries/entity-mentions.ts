// The sentences that mention one entity (its "mentions" tab), newest article first and paginated,
// with the offsets to highlight inside each sentence.
import type { Store } from '../client.ts';
import { intOption } from './options.ts';

const MODULE = 'store/queries/entity-mentions';

export interface Highlight {
  start: number;
  end: number;
}

export interface MentionItem<H extends Highlight = Highlight> {
  articleId: string;
  title: string;
  url: string | null;
  /** ISO 8601 in the article's own offset: its first ten characters are the article's local day. */
  publishedAt: string | null;
  /** `month` when the article is dated to a month only (publishedAt is then the 1st of it). */
  datePrecision: string | null;
  sentenceIndex: number;
  text: string;
  highlights: H[];
}

export interface Page<T> {
  total: number;
  items: T[];
}

export const DEFAULT_PAGE_OPTIONS = { skip: 0, limit: 20 };

export async function entityMentions(store: Store, options: { id: string; skip?: number; limit?: number }): Promise<Page<MentionItem>> {
  const skip = options.skip ?? DEFAULT_PAGE_OPTIONS.skip;
  const limit = options.limit ?? DEFAULT_PAGE_OPTIONS.limit;
  const [row] = await store.read('entity-mentions', {
    id: options.id,
    skip: intOption(MODULE, 'skip', skip, 0, 1_000_000),
    limit: intOption(MODULE, 'limit', limit, 1, 500),
  });
  const items = ((row?.items ?? []) as unknown as MentionItem[]).map((item) => ({
    ...item,
    highlights: [...item.highlights].sort((a, b) => a.start - b.start),
  }));
  return { total: (row?.total as number | undefined) ?? 0, items };
}
