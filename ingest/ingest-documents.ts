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
// Two phases, so the engine can pipeline them: extractDocuments (pure: in the worker pool when one is
// given, ingest/workers/) reads nothing from the store and may run while the previous batch writes;
// writeExtracted (copy check, cross-article resolution, write) runs batch after batch, each seeing
// what the one before it wrote.
import { bundledDictionaries } from './extract/dictionaries.ts';
import { extractUnresolved } from './extract/pipeline.ts';
import type { ArticleExtraction, ParsedArticle } from './model.ts';
import { textHash } from './parse/article-id.ts';
import { knowledgeFor, linkAcrossArticles, lookupKeys, resolveArticle } from './resolve/index.ts';
import { contributionHash } from './store/article-rows.ts';
import type { Store } from './store/client.ts';
import { findStoredEntities } from './store/known-entities.ts';
import { writeArticles, type ArticleInput, type WriteOutcome } from './store/write-articles.ts';
import { ExtractFailedError, type Extracted, type ExtractPool } from './workers/extract-pool.ts';

export type DocumentOutcome = WriteOutcome;

export interface IngestDocumentsOptions {
  /** Called with each warning of the batch (an alias two entities claim, left unmerged). */
  onWarning?(message: string): void;
  /** Extraction worker threads; without one, articles are extracted in this thread. */
  pool?: ExtractPool;
}

/** An article with its extraction before resolution (`raw`) and resolved within itself (`own`). */
export interface ExtractedArticle extends Extracted {
  article: ParsedArticle;
}

/** A document's extracted articles, or why one of them could not be extracted (the document fails). */
export type ExtractedDocument = { articles: ExtractedArticle[] } | { failure: ExtractFailedError };

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Extracts one article in this thread, yielding after it so pending store round trips go on. */
async function extractHere(article: ParsedArticle): Promise<Extracted> {
  try {
    const raw = extractUnresolved(article);
    return { raw, own: resolveArticle(raw, { knowledge: knowledgeFor(bundledDictionaries()) }) };
  } catch (err) {
    throw new ExtractFailedError(err instanceof Error ? err.name : 'error', err instanceof Error ? err.message : String(err));
  } finally {
    await yieldToEventLoop();
  }
}

/** Phase 1, pure: every document's articles extracted (in the pool when given); a failure fails its document. */
export async function extractDocuments(documents: readonly ParsedArticle[][], pool?: ExtractPool): Promise<ExtractedDocument[]> {
  const one = async (article: ParsedArticle): Promise<ExtractedArticle> => ({ article, ...(await (pool ? pool.extract(article) : extractHere(article))) });
  // In the pool every article of every document is handed in at once (the caller bounds the batch);
  // in this thread one after another.
  const run = async (articles: ParsedArticle[]): Promise<ExtractedDocument> => {
    try {
      return { articles: pool ? await Promise.all(articles.map(one)) : await serially(articles, one) };
    } catch (err) {
      if (err instanceof ExtractFailedError) return { failure: err };
      throw err;
    }
  };
  return pool ? Promise.all(documents.map(run)) : serially(documents, run);
}

async function serially<T, R>(items: readonly T[], fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const x of items) out.push(await fn(x));
  return out;
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
async function resolveAcross(store: Store, extracted: readonly ExtractedArticle[]) {
  const knowledge = knowledgeFor(bundledDictionaries());
  const articles = extracted.map((x) => x.article);
  const raw = extracted.map((x) => x.raw);
  const own = extracted.map((x) => x.own);
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

/** Extracts and writes the documents' articles (one store transaction per writer batch); one outcome per document. */
export async function ingestDocuments(store: Store, documents: readonly ParsedArticle[][], options: IngestDocumentsOptions = {}): Promise<DocumentOutcome[]> {
  const extracted = await extractDocuments(documents, options.pool);
  const failed = extracted.find((d) => 'failure' in d);
  if (failed && 'failure' in failed) throw failed.failure;
  return writeExtracted(
    store,
    extracted.map((d) => ('articles' in d ? d.articles : [])),
    options,
  );
}

/** Phase 2: drops copies, resolves across articles and the store, writes; one outcome per document. */
export async function writeExtracted(store: Store, documents: readonly ExtractedArticle[][], options: IngestDocumentsOptions = {}): Promise<DocumentOutcome[]> {
  const rows = documents.flatMap((extracted, doc) => extracted.map((x) => ({ doc, x, id: x.article.id, hash: textHash(x.article) })));
  const copies = new Set((await store.read('articles-by-text-hash', { rows: rows.map(({ id, hash }) => ({ id, hash })) })).map((r) => String(r.id)));
  const firstIdOfHash = new Map<string, string>();
  const todo = rows.filter((r) => {
    const first = firstIdOfHash.get(r.hash);
    if (first === undefined) firstIdOfHash.set(r.hash, r.id);
    return !copies.has(r.id) && (first === undefined || first === r.id);
  });
  const { inputs, merges, warnings } = await resolveAcross(
    store,
    todo.map((r) => r.x),
  );
  for (const w of warnings) options.onWarning?.(w);
  const written = await writeArticles(store, inputs, { merges });
  const perDoc: WriteOutcome[][] = documents.map(() => []);
  todo.forEach((r, i) => perDoc[r.doc]!.push(written[i]!));
  return perDoc.map(combineOutcomes);
}
