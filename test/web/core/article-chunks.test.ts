import { describe, expect, it } from 'vitest';
import { articleChunks, chunkAt, usableMentions } from '../../../web/src/core/article/index.ts';
import type { ArticleMentionSpan } from '../../../web/shared/api-types.ts';

const mention = (start: number, end: number, id = 'person:马斯克'): ArticleMentionSpan => ({ start, end, id, name: '马斯克', type: 'Person' });

describe('article chunks', () => {
  it('should cover the whole text exactly once, in order', () => {
    const text = '马斯克访问上海。\n\n'.repeat(5000);
    const mentions = Array.from({ length: 5000 }, (_, i) => mention(i * 10, i * 10 + 3));
    const chunks = articleChunks(text, mentions, { size: 8000 });
    expect(chunks.length).toBeGreaterThan(5);
    let at = 0;
    for (const chunk of chunks) {
      expect(chunk.start).toBe(at);
      for (const piece of chunk.pieces) {
        expect(piece.start).toBe(at);
        at = piece.end;
      }
      expect(chunk.end).toBe(at);
    }
    expect(at).toBe(text.length);
    expect(chunks.flatMap((c) => c.pieces).filter((p) => p.mention).length).toBe(5000);
  });

  it('should never cut a mention between two chunks', () => {
    const text = 'a'.repeat(99) + '马斯克' + 'b'.repeat(100);
    const chunks = articleChunks(text, [mention(99, 102)], { size: 100 });
    expect(chunks[0]!.end).toBe(102);
    expect(chunks[0]!.pieces.at(-1)!.mention?.id).toBe('person:马斯克');
  });

  it('should drop mentions that overlap an earlier one or fall outside the text', () => {
    const kept = usableMentions('埃隆•马斯克说', [mention(3, 6), mention(0, 6), mention(5, 99), mention(4, 4)]);
    expect(kept.map((m) => [m.start, m.end])).toEqual([[0, 6]]);
  });

  it('should give one empty chunk for an empty text and find the chunk of an offset', () => {
    expect(articleChunks('', [])).toEqual([{ start: 0, end: 0, pieces: [] }]);
    const chunks = articleChunks('x'.repeat(250), [], { size: 100 });
    expect(chunks.map((c) => c.start)).toEqual([0, 100, 200]);
    expect([0, 99, 100, 249, 999].map((o) => chunkAt(chunks, o))).toEqual([0, 0, 1, 2, 2]);
  });
});
