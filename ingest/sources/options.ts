// Options of the sources stage, the graphology way: one DEFAULT object, validated once where a
// command or a job starts, so a typo fails at start-up and not in the middle of a run.
import { KgError } from '../errors.ts';

export interface SourceOptions {
  /** Per request, headers and body together, in ms. */
  timeoutMs: number;
  /** Largest document (page, feed, file) read, in bytes; larger ones are cut there and fail. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Feed items shorter than this (in characters of text) are followed to their page. */
  minFeedTextLength: number;
}

export const DEFAULT_SOURCE_OPTIONS: SourceOptions = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'news-kg/0.1 (+https://github.com/; knowledge graph of Chinese news)',
  minFeedTextLength: 200,
};

export class SourceOptionsError extends KgError {
  override readonly name = 'SourceOptionsError';
  readonly code = 'source-options' as const;
}

export function resolveSourceOptions(partial: Partial<SourceOptions> = {}): SourceOptions {
  const opts = { ...DEFAULT_SOURCE_OPTIONS, ...partial };
  for (const key of ['timeoutMs', 'maxBytes', 'maxRedirects', 'minFeedTextLength'] as const) {
    const v = opts[key];
    if (!Number.isFinite(v) || v < 0 || !Number.isInteger(v)) {
      throw new SourceOptionsError(`ingest/sources/options: ${key} must be a non-negative integer, got ${String(v)}; fix the job or command option`);
    }
  }
  return opts;
}
