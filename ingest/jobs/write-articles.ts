// A batch of documents' articles into the graph in one go: extract each article, drop copies of an
// article already stored (or earlier in the batch) under another URL — same normalized title and
// text — and hand the rest to the store's batched, idempotent writer (one transaction per batch).
// Returns one outcome per document.
import { createHash } from 'node:crypto';
import { extractArticle } from '../extract/pipeline.ts';
import type { ParsedArticle } from '../model.ts';
import { normalizeName } from '../parse/index.ts';
import type { Store } from '../store/client.ts';
import { writeArticles, type WriteOutcome } from '../store/write-articles.ts';

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

export async function writeDocuments(store: Store, documents: ParsedArticle[][]): Promise<WriteOutcome[]> {
  const rows = documents.flatMap((articles, doc) => articles.map((article) => ({ doc, article, id: article.id, hash: textHash(article) })));
  const copies = new Set((await store.read('source-articles-by-hash', { rows: rows.map(({ id, hash }) => ({ id, hash })) })).map((r) => String(r.id)));
  const firstIdOfHash = new Map<string, string>();
  const todo = rows.filter((r) => {
    const first = firstIdOfHash.get(r.hash);
    if (first === undefined) firstIdOfHash.set(r.hash, r.id);
    return !copies.has(r.id) && (first === undefined || first === r.id);
  });
  const written = await writeArticles(store, todo.map((r) => ({ article: extractArticle(r.article), authors: r.article.authors })));
  await store.write('source-articles-text-hash', { rows: todo.map(({ id, hash }) => ({ id, hash })) });
  const perDoc: WriteOutcome[][] = documents.map(() => []);
  todo.forEach((r, i) => perDoc[r.doc]!.push(written[i]!));
  return perDoc.map(combineOutcomes);
}
