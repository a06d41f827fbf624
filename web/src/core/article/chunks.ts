// Pure: an article's text cut into chunks the article view renders one at a time, each a list of
// pieces that are plain text or one entity mention. A 200,000-character article is 25 chunks of
// about 8,000 characters, so opening it builds one chunk's nodes, not the whole text's.
import type { ArticleMentionSpan } from '../../../shared/api-types.ts';

export interface Piece {
  start: number;
  end: number;
  mention: ArticleMentionSpan | null;
}

export interface Chunk {
  start: number;
  end: number;
  pieces: Piece[];
}

export const DEFAULT_CHUNK_OPTIONS = { size: 8_000 };

/**
 * Mentions that fit the text, sorted, none overlapping an earlier one (of two that overlap, the one
 * that starts first, then the longer, wins).
 */
export function usableMentions(text: string, mentions: readonly ArticleMentionSpan[]): ArticleMentionSpan[] {
  const sorted = mentions.filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ArticleMentionSpan[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    kept.push(m);
    at = m.end;
  }
  return kept;
}

/** The chunks of `text`: cut near every `size` characters, after a line break when one is close, never inside a mention. */
export function articleChunks(text: string, mentions: readonly ArticleMentionSpan[], options: Partial<typeof DEFAULT_CHUNK_OPTIONS> = {}): Chunk[] {
  const size = options.size ?? DEFAULT_CHUNK_OPTIONS.size;
  if (!(size >= 1)) throw new Error(`web/core/article: chunk size must be at least 1, got ${size}`);
  const spans = usableMentions(text, mentions);
  const chunks: Chunk[] = [];
  let m = 0;
  for (let start = 0; start < text.length || (start === 0 && chunks.length === 0);) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      if (newline > start + size / 2) end = newline + 1;
    }
    while (m < spans.length && spans[m]!.end <= start) m++;
    const pieces: Piece[] = [];
    let at = start;
    let i = m;
    for (; i < spans.length && spans[i]!.start < end; i++) {
      const span = spans[i]!;
      if (span.start > at) pieces.push({ start: at, end: span.start, mention: null });
      pieces.push({ start: span.start, end: span.end, mention: span });
      at = span.end;
    }
    end = Math.max(end, at);
    if (end > at) pieces.push({ start: at, end, mention: null });
    chunks.push({ start, end, pieces });
    m = i;
    if (end === start) break;
    start = end;
  }
  return chunks;
}

/** The index of the chunk holding `offset` (the last chunk for an offset at or past the end). */
export function chunkAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
