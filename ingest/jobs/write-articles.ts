// One document's articles into the graph: extract, skip copies of an article already stored under
// another URL (same normalized title and text), write the rest idempotently through the store.
// Returns the document's outcome.
import { createHash } from 'node:crypto';
import { extractArticle } from '../extract/pipeline.ts';
import type { ParsedArticle } from '../model.ts';
import { normalizeName } from '../parse/index.ts';
import type { Store } from '../store/client.ts';
import { writeArticle, type WriteOutcome } from '../store/write-article.ts';

export type DocumentOutcome = WriteOutcome;

const RANK: Record<WriteOutcome, number> = { unchanged: 0, updated: 1, new: 2 };

/** The outcome a document reports: its "most written" article's. */
export function combineOutcomes(outcomes: WriteOutcome[]): WriteOutcome {
  return outcomes.reduce<WriteOutcome>((best, o) => (RANK[o] > RANK[best] ? o : best), 'unchanged');
}

/** Hash of the normalized title and text: equal for a simplified and a traditional copy. */
export function textHash(article: Pick<ParsedArticle, 'title' | 'text'>): string {
  return createHash('sha256').update(normalizeName(article.title)).update('\n').update(normalizeName(article.text)).digest('hex');
}

export async function writeArticles(store: Store, articles: ParsedArticle[]): Promise<WriteOutcome> {
  const outcomes: WriteOutcome[] = [];
  for (const article of articles) {
    const hash = textHash(article);
    const [copy] = await store.read('source-article-by-hash', { hash, id: article.id });
    if (copy) {
      outcomes.push('unchanged');
      continue;
    }
    outcomes.push(await writeArticle(store, extractArticle(article), article.authors));
    await store.write('source-article-text-hash', { id: article.id, hash });
  }
  return combineOutcomes(outcomes);
}
