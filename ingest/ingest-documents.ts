// The one ingest path: documents (each the articles one file, page or feed item parsed into) into
// the graph. Drops copies of an article already stored, or earlier in the call, under another id —
// same text hash (parse/article-id.ts) — extracts the rest and hands them to the store's batched,
// exact, idempotent writer, which records each article's text hash for the copies of later runs.
// `kg ingest`, scheduled jobs (through jobs/ingest-engine.ts) and `npm start`'s sample
// (ingest-sample.ts) all write through here; it is the only place where the pure stages meet the store.
import { extractArticle } from './extract/pipeline.ts';
import type { ParsedArticle } from './model.ts';
import { textHash } from './parse/article-id.ts';
import type { Store } from './store/client.ts';
import { writeArticles, type WriteOutcome } from './store/write-articles.ts';

export type DocumentOutcome = WriteOutcome;

const RANK: Record<WriteOutcome, number> = { unchanged: 0, updated: 1, new: 2 };

/** The outcome a document reports: its "most written" article's; a document of copies is unchanged. */
export function combineOutcomes(outcomes: WriteOutcome[]): WriteOutcome {
  return outcomes.reduce<WriteOutcome>((best, o) => (RANK[o] > RANK[best] ? o : best), 'unchanged');
}

/** Writes the documents' articles (one store transaction per writer batch); one outcome per document. */
export async function ingestDocuments(store: Store, documents: readonly ParsedArticle[][]): Promise<DocumentOutcome[]> {
  const rows = documents.flatMap((articles, doc) => articles.map((article) => ({ doc, article, id: article.id, hash: textHash(article) })));
  const copies = new Set((await store.read('articles-by-text-hash', { rows: rows.map(({ id, hash }) => ({ id, hash })) })).map((r) => String(r.id)));
  const firstIdOfHash = new Map<string, string>();
  const todo = rows.filter((r) => {
    const first = firstIdOfHash.get(r.hash);
    if (first === undefined) firstIdOfHash.set(r.hash, r.id);
    return !copies.has(r.id) && (first === undefined || first === r.id);
  });
  const written = await writeArticles(store, todo.map((r) => ({ article: extractArticle(r.article), authors: r.article.authors })));
  const perDoc: WriteOutcome[][] = documents.map(() => []);
  todo.forEach((r, i) => perDoc[r.doc]!.push(written[i]!));
  return perDoc.map(combineOutcomes);
}
