// The second pass's document evidence: strings tagged in OTHER sentences of the same document,
// including the given name of a three-character person, and never a sentence's own guesses.
import { describe, expect, it } from 'vitest';
import { DOC_TEMPLATES, DocDictionary, normalizedCodes } from '../../../../ingest/extract/ner/doc-features.ts';

const PERSON = 0;
const PLACE = 1;

function featuresOf(dict: DocDictionary, si: number, text: string): Int32Array {
  const out = new Int32Array(text.length * DOC_TEMPLATES);
  dict.featureKeys(si, new Uint8Array(text.length), out);
  return out;
}

describe('DocDictionary', () => {
  const s0 = '作家刘绍棠在北流发言。';
  const s1 = '绍棠说，北流的变化很大。';
  const dict = new DocDictionary([
    {
      codes: normalizedCodes(s0),
      spans: [
        { start: 2, end: 5, typeIndex: PERSON },
        { start: 6, end: 8, typeIndex: PLACE },
      ],
    },
    { codes: normalizedCodes(s1), spans: [] },
  ]);

  it('should mark the given name 绍棠 and the place 北流 in a later sentence', () => {
    const f = featuresOf(dict, 1, s1);
    const fired = (i: number, kind: number): boolean => f[i * DOC_TEMPLATES + kind] !== 0;
    expect(fired(0, 3)).toBe(true); // 绍 starts a given name seen in sentence 0
    expect(fired(1, 3)).toBe(true);
    expect(fired(4, PLACE)).toBe(true); // 北流
    expect(fired(2, PLACE)).toBe(false); // 说
  });

  it('should not let a sentence confirm its own predictions', () => {
    const f = featuresOf(dict, 0, s0);
    expect(f.every((k) => k === 0)).toBe(true);
    expect(dict.featureKeys(0, new Uint8Array(s0.length), new Int32Array(s0.length * DOC_TEMPLATES))).toBe(false);
  });
});
