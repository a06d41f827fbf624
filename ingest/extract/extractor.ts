// Which statistical layer extraction runs on, decided once where a process starts. The trained NER
// tagger (F1 ~89) needs its model file; without it only nodejieba's POS tags remain (F1 ~53), a
// loss nobody should discover from the graph. So a model that does not load stops `npm start`,
// `kg ingest`, `kg extract` and jobs with one line saying how to restore it, unless the operator
// opts in with EXTRACTOR=jieba-fallback; then the run is degraded and says so everywhere: the
// status below feeds /api/health, the explorer's banner and every CLI summary line.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractorMode } from '../config.ts';
import { KgError } from '../errors.ts';
import { DEFAULT_MODEL_PATH, loadModel } from './ner/index.ts';
import { jiebaSpanSource, taggerSpanSource, type SpanSource } from './span-source.ts';

/** What runs, for /api/health and summaries: the model file and, when degraded, why. */
export interface ExtractorStatus {
  name: 'ner-tagger' | 'jieba-pos';
  /** The model file asked for (relative to the working directory when inside it). */
  model: string;
  degraded: boolean;
  /** Why the model did not load (degraded only). */
  reason?: string;
}

export interface Extractor {
  spanSource: SpanSource;
  status: ExtractorStatus;
}

export interface ExtractorOptions {
  mode: ExtractorMode;
  /** Model file; default: the committed one. */
  modelPath?: string;
}

/** What a degraded run extracts with, and the words every degraded summary line carries. */
export const DEGRADED_WHAT = 'jieba POS tags (F1 ~53)';
export const DEGRADED_NOTE = `degraded: ${DEGRADED_WHAT}`;

export class ModelUnavailableError extends KgError {
  override readonly name = 'ModelUnavailableError';
  readonly code = 'model-unavailable' as const;
}

const COMMITTED_MODEL = 'ingest/extract/ner/model/ner-model.bin';

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}

/** Loads the model, or (opted in) the degraded jieba layer; otherwise a ModelUnavailableError. */
export function loadExtractor(opts: ExtractorOptions): Extractor {
  const path = opts.modelPath ?? fileURLToPath(DEFAULT_MODEL_PATH);
  const model = shown(path);
  try {
    return { spanSource: taggerSpanSource(loadModel(path)), status: { name: 'ner-tagger', model, degraded: false } };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (opts.mode === 'jieba-fallback') return { spanSource: jiebaSpanSource, status: { name: 'jieba-pos', model, degraded: true, reason } };
    const restore =
      opts.modelPath === undefined
        ? `restore it with git checkout -- ${COMMITTED_MODEL} or retrain it with npm run train`
        : `fix NER_MODEL, or unset it to use the committed model (${COMMITTED_MODEL})`;
    throw new ModelUnavailableError(
      `ingest/extract/extractor: the NER model ${model} does not load (${reason}); ${restore}, ` + `or set EXTRACTOR=jieba-fallback to run ${DEGRADED_NOTE}`,
      { cause },
    );
  }
}

/** " · degraded: jieba POS tags (F1 ~53)" for a degraded extractor, "" otherwise. */
export function degradedSuffix(status: ExtractorStatus): string {
  return status.degraded ? ` · ${DEGRADED_NOTE}` : '';
}

// One model per process: it is immutable and every caller shares it, so the entry point installs
// it once (useExtractor) instead of threading it through the ingest engine, jobs and the sample.
let active: Extractor | undefined;

/** Makes `extractor` the one extractArticle uses when the caller passes no span source. */
export function useExtractor(extractor: Extractor): Extractor {
  active = extractor;
  return extractor;
}

/** The installed extractor; if no entry point installed one, the committed model, strictly. */
export function activeExtractor(): Extractor {
  return (active ??= loadExtractor({ mode: 'ner' }));
}
