import { describe, expect, it } from 'vitest';
import { pairKey, pairOf } from '../../../ingest/store/pair-key.ts';

describe('pairKey', () => {
  it('should give one key for a pair whichever end comes first, and give the ids back in order', () => {
    const key = pairKey('place:美国', 'place:中国');
    expect(key).toBe(pairKey('place:中国', 'place:美国'));
    expect(pairOf(key)).toEqual(['place:中国', 'place:美国'].sort());
  });

  it('should keep apart pairs whose ids run into each other', () => {
    expect(pairOf(pairKey('person:王', 'person:王毅'))).toEqual(['person:王', 'person:王毅']);
    expect(new Set([pairKey('a', 'bc'), pairKey('ab', 'c')]).size).toBe(2);
  });
});
