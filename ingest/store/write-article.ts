// Writes one extracted article: exact and idempotent (see write-articles.ts, the batched writer it
// delegates to). Kept for callers that ingest one document at a time.
import type { ArticleExtraction } from '../model.ts';
import type { Store } from './client.ts';
import { writeArticles, type WriteOutcome } from './write-articles.ts';

export type { WriteOutcome } from './write-articles.ts';
export { contributionHash, sentenceId } from './article-rows.ts';

export async function writeArticle(store: Store, article: ArticleExtraction, authors: string[] = []): Promise<WriteOutcome> {
  const [outcome] = await writeArticles(store, [{ article, authors }]);
  return outcome!;
}
