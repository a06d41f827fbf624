// The messages between the extraction pool (extract-pool.ts) and its workers (extract-worker.ts).
import type { ExtractorMode } from '../config.ts';
import type { ExtractorStatus } from '../extract/extractor.ts';
import type { ArticleExtraction, ParsedArticle } from '../model.ts';

/** What each worker is started with (workerData). */
export interface WorkerInit {
  mode: ExtractorMode;
  modelPath?: string;
}

export type WorkerHello = { ready: true; status: ExtractorStatus } | { ready: false; message: string };

/**
 * Articles for one worker, extracted as a batch (tagged back to back: extractUnresolvedBatch) and
 * answered one reply per article, in order.
 */
export interface ExtractRequest {
  jobs: { id: number; article: ParsedArticle }[];
}

/** `raw`: extractUnresolved; `own`: that resolved within the article alone. */
export type ExtractReply =
  { id: number; ok: true; raw: ArticleExtraction; own: ArticleExtraction } | { id: number; ok: false; reason: string; message: string };
