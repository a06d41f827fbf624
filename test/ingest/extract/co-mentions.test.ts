import { describe, expect, it } from 'vitest';
import { coMentions } from '../../../ingest/extract/co-mentions.ts';
import { resolveOverlaps } from '../../../ingest/extract/resolve.ts';
import { candidate } from '../../../ingest/extract/span.ts';

describe('coMentions', () => {
  it('should weigh a pair by the number of sentences it shares, not by mentions', () => {
    const pairs = coMentions([
      { entityId: 'person:a', sentence: 0 },
      { entityId: 'person:a', sentence: 0 },
      { entityId: 'place:b', sentence: 0 },
      { entityId: 'place:b', sentence: 2 },
      { entityId: 'person:a', sentence: 2 },
      { entityId: 'org:c', sentence: 3 },
    ]);
    expect(pairs).toEqual([{ source: 'person:a', target: 'place:b', weight: 2, sentences: [0, 2] }]);
  });

  it('should ignore mentions outside any sentence', () => {
    expect(
      coMentions([
        { entityId: 'a', sentence: -1 },
        { entityId: 'b', sentence: -1 },
      ]),
    ).toEqual([]);
  });
});

describe('resolveOverlaps', () => {
  const text = '美国国务卿布林肯访华';
  it('should let a rule beat an overlapping longer dictionary span, and the longer of two others win', () => {
    const out = resolveOverlaps(
      [
        candidate(6, 8, 'Person', text, 'lexicon'),
        candidate(5, 8, 'Person', text, 'rule'),
        candidate(0, 2, 'Place', text, 'lexicon'),
        candidate(0, 1, 'Place', text, 'statistical'),
      ],
      text.length,
    );
    expect(out.map((c) => c.text)).toEqual(['美国', '布林肯']);
  });
});
