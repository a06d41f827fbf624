// The one ingest path: documents (each the articles one file, page or feed item parsed into) into
// the graph. Drops copies of an article already stored, or earlier in the call, under another id —
// same text hash (parse/article-id.ts) — extracts the rest and resolves their entities across
// articles: the stored entities sharing a name or alias with the batch's are looked up, the batch is
// linked with them (resolve/known.ts) and each article resolved again with that `known`, so an
// entity takes the id it has in the graph, and two stored entities a new article shows to be one are
// merged by the writer. Then the store's batched, exact, idempotent writer writes them and records
// each article's text hash for the copies of later runs.
// `kg ingest`, scheduled jobs (through jobs/ingest-engine.ts) and `npm start`'s sample
// (ingest-sample.ts) all write through here; it is the only place where the pure stages meet the store.
import { bundledDictionaries } from './extract/dictionaries.ts';
import { extractUnresolved } from './extract/pipeline.ts';
import type { ArticleExtraction, ParsedArticle } from './model.ts';
import { textHash } from './parse/article-id.ts';
import { knowledgeFor, linkAcrossArticles, lookupKeys, resolveArticle } from './resolve/index.ts';
import { contributionHash } from './store/article-rows.ts';
import type { Store } from './store/client.ts';
import { findStoredEntities } from './store/known-entities.ts';
import { writeArticles, type ArticleInput, type WriteOutcome } from './store/write-articles.ts';

export type DocumentOutcome = WriteOutcome;

export interface IngestDocumentsOptions {
  /** Called with each warning of the batch (an alias two entities claim, left unmerged). */
  onWarning?(message: string): void;
}

const RANK: Record<WriteOutcome, number> = { unchanged: 0, updated: 1, new: 2 };

/** The outcome a document reports: its "most written" article's; a document of copies is unchanged. */
export function combineOutcomes(outcomes: WriteOutcome[]): WriteOutcome {
  return outcomes.reduce<WriteOutcome>((best, o) => (RANK[o] > RANK[best] ? o : best), 'unchanged');
}

/**
 * The batch's articles with their entities resolved against the store: `hashOf` is the article
 * resolved on its own (its content hash, so re-ingesting it finds it unchanged), `article` the same
 * resolved with what the store and the batch's other articles know. Also the merges and warnings.
 */
async function resolveAcross(store: Store, articles: readonly ParsedArticle[]) {
  const knowledge = knowledgeFor(bundledDictionaries());
  const raw = articles.map((a) => extractUnresolved(a));
  const own = raw.map((x) => resolveArticle(x, { knowledge }));
  const inputs: ArticleInput[] = own.map((x, i) => ({ article: x, authors: articles[i]!.authors, hashOf: x }));
  // Articles stored with the same contribution are written as unchanged: no lookup, no link.
  const stored = await store.read('articles-content-hash', { ids: own.map((x) => x.id) });
  const hashes = new Map(stored.map((r) => [r.id as string, r.contentHash as string | null]));
  const changed = own.flatMap((x, i) => (hashes.get(x.id) === contributionHash(x, articles[i]!.authors) ? [] : [i]));
  if (changed.length === 0) return { inputs, merges: [], warnings: [] };
  const batch: ArticleExtraction[] = changed.map((i) => own[i]!);
  const links = linkAcrossArticles(batch, await findStoredEntities(store, lookupKeys(batch)));
  for (const i of changed) inputs[i]!.article = resolveArticle(raw[i]!, { knowledge, known: links.known });
  return { inputs, merges: links.merges, warnings: links.warnings };
}

/** Writes the documents' articles (one store transaction per writer batch); one outcome per document. */
export async function ingestDocuments(store: Store, documents: readonly ParsedArticle[][], options: IngestDocumentsOptions = {}): Promise<DocumentOutcome[]> {
  const rows = documents.flatMap((articles, doc) => articles.map((article) => ({ doc, article, id: article.id, hash: textHash(article) })));
  const copies = new Set((await store.read('articles-by-text-hash', { rows: rows.map(({ id, hash }) => ({ id, hash })) })).map((r) => String(r.id)));
  const firstIdOfHash = new Map<string, string>();
  const todo = rows.filter((r) => {
    const first = firstIdOfHash.get(r.hash);
    if (first === undefined) firstIdOfHash.set(r.hash, r.id);
    return !copies.has(r.id) && (first === undefined || first === r.id);
  });
  const { inputs, merges, warnings } = await resolveAcross(
    store,
    todo.map((r) => r.article),
  );
  for (const w of warnings) options.onWarning?.(w);
  const written = await writeArticles(store, inputs, { merges });
  const perDoc: WriteOutcome[][] = documents.map(() => []);
  todo.forEach((r, i) => perDoc[r.doc]!.push(written[i]!));
  return perDoc.map(combineOutcomes);
}
