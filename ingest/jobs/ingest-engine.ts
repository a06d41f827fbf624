// The ingest loop shared by `kg ingest` and scheduled jobs: resolve sources, then load and write
// their documents in batches (fetched `concurrency` at a time, written in one store transaction).
// A failing document is reported and the run goes on;
// an unreachable Neo4j is waited out (bounded) and otherwise stops the run, as one that can no
// longer commit (a full disk) does at once; an abort signal
// (SIGTERM) lets the current batch finish. Feed validators are read and saved here, through the
// store (store/feed-state.ts), and saved only for sources whose every document was handled, so a
// run cut short re-reads those feeds next time and nothing is lost. Documents are written by the
// one ingest path, ingest-documents.ts, in two phases pipelined here: batch n+1 is loaded and
// extracted (in the worker pool when options.pool is set) while batch n is written, and never more
// than one batch ahead, so memory stays bounded whatever the size of the input.
import type { ParsedArticle } from '../model.ts';
import { combineOutcomes, extractDocuments, writeExtracted, type DocumentOutcome, type ExtractedArticle } from '../ingest-documents.ts';
import { isHttpUrl, loadDocument, resolveSource, SourceError, type DocumentRef, type ResolvedSource, type SourceOptions } from '../sources/index.ts';
import type { Store } from '../store/client.ts';
import type { ExtractPool } from '../workers/extract-pool.ts';
import { loadFeedState, saveFeedState } from '../store/feed-state.ts';
import { applyJobSchema } from './job-schema.ts';
import { emptyCounts, type DocumentFailureInfo, type RunCounts } from './counts.ts';
import { guarded, isStoreBroken, isStoreUnavailable, storeBroken, StoreDownError } from './store-guard.ts';

export interface EngineOptions {
  /** Documents fetched at once. */
  concurrency: number;
  /** Documents written per store transaction; a stop signal takes effect between batches. */
  batchSize: number;
  /** Pause after each document a worker fetched, to be polite to the sites. */
  delayMs: number;
  /** How long to wait for an unreachable Neo4j before the run fails. */
  storeWaitMs: number;
  source: SourceOptions;
  /** Load and parse only: nothing is extracted or written (no store needed). */
  dryRun: boolean;
  /** Extraction worker threads (ingest/workers/); without a pool, extraction runs in this thread. */
  pool?: ExtractPool;
}

export const DEFAULT_ENGINE_OPTIONS: Omit<EngineOptions, 'source'> = { concurrency: 4, batchSize: 50, delayMs: 0, storeWaitMs: 60_000, dryRun: false };

export interface EngineHooks {
  /** Documents to retry from earlier runs (added after the sources' own). */
  retry?: DocumentRef[];
  /** False to leave a document for later (it is in backoff, or given up). */
  shouldProcess?(key: string): boolean;
  onFailure?(failure: DocumentFailureInfo): Promise<void>;
  onSuccess?(key: string): Promise<void>;
  /** Called per document, for progress bars and logs. */
  onDocument?(event: { key: string; outcome?: DocumentOutcome; articles?: ParsedArticle[]; failure?: DocumentFailureInfo }): void;
  /** Called once the sources are resolved, with the number of documents to process. */
  onTotal?(total: number): void;
}

export interface EngineResult {
  counts: RunCounts;
  failures: DocumentFailureInfo[];
  interrupted: boolean;
  /** Warnings of the ingest path (an alias two entities claim, left unmerged: ingest-documents.ts). */
  warnings: string[];
  /** Set when Neo4j stayed unreachable past storeWaitMs, or could no longer commit. */
  storeDown?: StoreDownError;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `fn` over `items` with at most `limit` running at once; results in input order. */
async function mapPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function failureOf(key: string, source: string, err: unknown): DocumentFailureInfo {
  const reason = err instanceof SourceError ? err.kind : err instanceof Error ? err.name : 'error';
  return { key, source, reason, message: err instanceof Error ? err.message : String(err) };
}

export async function runIngest(
  store: Store | undefined,
  specs: string[],
  opts: EngineOptions,
  hooks: EngineHooks = {},
  signal?: AbortSignal,
): Promise<EngineResult> {
  const counts = emptyCounts();
  const failures: DocumentFailureInfo[] = [];
  const result: EngineResult = { counts, failures, interrupted: false, warnings: [] };
  const write = !opts.dryRun && store ? store : undefined;
  const ctx = { options: opts.source };
  const safely = <T>(work: () => Promise<T>): Promise<T> => (write ? guarded(write, opts.storeWaitMs, work) : work());

  const fail = async (f: DocumentFailureInfo): Promise<void> => {
    counts.failed++;
    failures.push(f);
    hooks.onDocument?.({ key: f.key, failure: f });
    if (hooks.onFailure) await safely(() => hooks.onFailure!(f));
  };

  if (write) await safely(() => applyJobSchema(write));
  // Resolve every source first (one request per feed), so the total is known for progress.
  const sources: { spec: string; feedState: ResolvedSource['feedState']; refs: DocumentRef[] }[] = [];
  for (const spec of specs) {
    try {
      const known = write && isHttpUrl(spec) ? await safely(() => loadFeedState(write, spec)) : {};
      const resolved = await safely(() => resolveSource(spec, ctx, known));
      sources.push({ spec, feedState: resolved.feedState, refs: resolved.refs });
      if (hooks.onSuccess && resolved.kind === 'feed') await safely(() => hooks.onSuccess!(spec));
    } catch (err) {
      if (err instanceof StoreDownError) return { ...result, storeDown: err };
      counts.seen++;
      await fail(failureOf(spec, spec, err)).catch((e: unknown) => {
        if (e instanceof StoreDownError) result.storeDown = e;
        else throw e;
      });
      if (result.storeDown) return result;
    }
  }
  const seenKeys = new Set<string>();
  const queue: { ref: DocumentRef; owner?: number }[] = [];
  sources.forEach((s, i) => s.refs.forEach((ref) => queue.push({ ref, owner: i })));
  for (const ref of hooks.retry ?? []) queue.push({ ref });
  const work = queue.filter(({ ref }) => {
    if (seenKeys.has(ref.key)) return false;
    seenKeys.add(ref.key);
    return hooks.shouldProcess ? hooks.shouldProcess(ref.key) : true;
  });
  hooks.onTotal?.(work.length);

  const loadOne = async (ref: DocumentRef): Promise<ParsedArticle[] | undefined> => {
    counts.seen++;
    try {
      return await loadDocument(ref, ctx);
    } catch (err) {
      await fail(failureOf(ref.key, ref.source, err));
      return undefined;
    } finally {
      if (opts.delayMs > 0) await sleep(opts.delayMs);
    }
  };

  const written = async (ref: DocumentRef, articles: ParsedArticle[], outcome: DocumentOutcome): Promise<void> => {
    counts[outcome]++;
    hooks.onDocument?.({ key: ref.key, outcome, articles });
    if (hooks.onSuccess) await safely(() => hooks.onSuccess!(ref.key));
  };

  // A document is extracted and written in parts of at most batchSize articles (a JSON Lines file
  // holds thousands); it is reported once, when its last part is written, or failed at its first
  // failing part (parts already written stay, the rest are skipped).
  type Part = { ref: DocumentRef; articles: ParsedArticle[]; whole: ParsedArticle[]; last: boolean };
  type Extracted = Part & { extracted: ExtractedArticle[] };
  const partOutcomes = new Map<string, DocumentOutcome[]>();
  const failedKeys = new Set<string>();
  const failPart = async (ref: DocumentRef, f: DocumentFailureInfo): Promise<void> => {
    if (failedKeys.has(ref.key)) return;
    failedKeys.add(ref.key);
    partOutcomes.delete(ref.key);
    await fail(f);
  };
  const partWritten = async (p: Part, outcome: DocumentOutcome): Promise<void> => {
    if (failedKeys.has(p.ref.key)) return;
    const soFar = [...(partOutcomes.get(p.ref.key) ?? []), outcome];
    if (!p.last) return void partOutcomes.set(p.ref.key, soFar);
    partOutcomes.delete(p.ref.key);
    await written(p.ref, p.whole, combineOutcomes(soFar));
  };

  const writeBatch = async (parts: Extracted[]): Promise<void> => {
    let outcomes: DocumentOutcome[];
    try {
      outcomes = await safely(() =>
        writeExtracted(
          write!,
          parts.map((d) => d.extracted),
          { onWarning: (w) => result.warnings.push(w) },
        ),
      );
    } catch (err) {
      if (err instanceof StoreDownError || isStoreUnavailable(err)) throw err;
      // The store refuses what a document holds (not an outage): that document fails with Neo4j's
      // reason and the run goes on; in a batch of several, they are written one by one to find it.
      if (parts.length === 1) return failPart(parts[0]!.ref, failureOf(parts[0]!.ref.key, parts[0]!.ref.source, err));
      for (const d of parts) await writeBatch([d]);
      return;
    }
    for (const [j, d] of parts.entries()) await partWritten(d, outcomes[j]!);
  };

  /** The loaded documents cut into parts, grouped into units of about batchSize articles each. */
  const units = (docs: { ref: DocumentRef; articles: ParsedArticle[] }[]): Part[][] => {
    const out: Part[][] = [];
    let unit: Part[] = [];
    let size = 0;
    for (const d of docs) {
      const n = Math.max(1, Math.ceil(d.articles.length / opts.batchSize));
      for (let k = 0; k < n; k++) {
        const articles = d.articles.slice(k * opts.batchSize, (k + 1) * opts.batchSize);
        unit.push({ ref: d.ref, articles, whole: d.articles, last: k === n - 1 });
        size += articles.length;
        if (size >= opts.batchSize) {
          out.push(unit);
          unit = [];
          size = 0;
        }
      }
    }
    if (unit.length > 0) out.push(unit);
    return out;
  };

  // The write of the previous unit, awaited before the next one starts (so at most one unit is
  // extracted ahead of the writer). Marked handled at once: its error is rethrown where it is awaited.
  let writing: Promise<void> | undefined;
  const finishWriting = async (): Promise<void> => {
    const w = writing;
    writing = undefined;
    if (w) await w;
  };
  const extractUnit = async (parts: Part[]): Promise<Extracted[]> => {
    const todo = parts.filter((p) => !failedKeys.has(p.ref.key));
    const extracted = await extractDocuments(
      todo.map((d) => d.articles),
      opts.pool,
    );
    const ok: Extracted[] = [];
    for (const [j, d] of todo.entries()) {
      const x = extracted[j]!;
      if ('failure' in x) await failPart(d.ref, { key: d.ref.key, source: d.ref.source, reason: x.failure.reason, message: x.failure.message });
      else ok.push({ ...d, extracted: x.articles });
    }
    return ok;
  };
  try {
    for (let i = 0; i < work.length; i += opts.batchSize) {
      if (signal?.aborted) {
        result.interrupted = true;
        break;
      }
      const batch = work.slice(i, i + opts.batchSize).map(({ ref }) => ref);
      const loaded = await mapPool(batch, opts.concurrency, loadOne);
      const docs = batch.flatMap((ref, j) => (loaded[j] ? [{ ref, articles: loaded[j]! }] : []));
      if (!write) {
        for (const d of docs) {
          counts.new++;
          hooks.onDocument?.({ key: d.ref.key, articles: d.articles });
        }
        continue;
      }
      for (const unit of units(docs)) {
        const extracted = await extractUnit(unit);
        await finishWriting();
        if (extracted.length > 0) {
          writing = writeBatch(extracted);
          writing.catch(() => undefined);
        }
      }
    }
    await finishWriting();
  } catch (err) {
    // Whatever fails here, the write in flight ends before the run returns (nothing runs on behind it).
    await writing?.catch(() => undefined);
    if (err instanceof StoreDownError) return { ...result, storeDown: err };
    if (isStoreBroken(err)) return { ...result, storeDown: storeBroken(err) };
    if (isStoreUnavailable(err)) {
      return {
        ...result,
        storeDown: new StoreDownError(`ingest/jobs/ingest-engine: Neo4j became unreachable (${(err as Error).message}); the next run resumes`, {
          cause: err,
        }),
      };
    }
    throw err;
  }
  if (result.interrupted || !write) return result;
  // Every document of these sources was written or recorded as failed: the feeds may go conditional.
  for (const s of sources) {
    try {
      const state = s.feedState;
      if (state) await safely(() => saveFeedState(write, s.spec, state.validators, state.items));
    } catch (err) {
      if (err instanceof StoreDownError) return { ...result, storeDown: err };
      throw err;
    }
  }
  return result;
}
