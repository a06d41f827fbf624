// Distributional clusters of characters and jieba words, learned without labels from the raw
// training text: each item is described by its left and right neighbours, and spherical k-means
// groups items with similar neighbourhoods at two granularities (fine and coarse). The tagger uses
// the ids as features, which helps most on names it never saw (their characters and words sit in
// clusters with names it did see). Stored in the model as (key, fine, coarse) triples; learned by
// ../ner-tools/learn-clusters.ts.

export interface Clusters {
  /** Per normalized char code: fine cluster id + 1 (0 = unknown). */
  charFine: Uint8Array;
  charCoarse: Uint8Array;
  /** Word hash (hashRange of normalized codes) → fine id + 1 in the low byte, coarse id + 1 above. */
  wordKeys: Int32Array;
  wordValues: Uint16Array;
  wordMask: number;
}

export function emptyClusters(): Clusters {
  return buildClusterTables([], []);
}

/** Fine (low byte) and coarse (high byte) ids + 1 of a word hash; 0 when unknown. */
export function wordCluster(c: Clusters, key: number): number {
  let s = key & c.wordMask;
  for (;;) {
    const k = c.wordKeys[s]!;
    if (k === key) return c.wordValues[s]!;
    if (k === 0) return 0;
    s = (s + 1) & c.wordMask;
  }
}

/** chars: [code, fine, coarse] (ids + 1); words: [hash, fine, coarse]. */
export function buildClusterTables(chars: ReadonlyArray<readonly [number, number, number]>, words: ReadonlyArray<readonly [number, number, number]>): Clusters {
  const charFine = new Uint8Array(0x10000);
  const charCoarse = new Uint8Array(0x10000);
  for (const [code, f, c] of chars) {
    charFine[code] = f;
    charCoarse[code] = c;
  }
  let cap = 16;
  while (cap < words.length * 2) cap <<= 1;
  const wordKeys = new Int32Array(cap);
  const wordValues = new Uint16Array(cap);
  const mask = cap - 1;
  for (const [key, f, c] of words) {
    let s = key & mask;
    while (wordKeys[s] !== 0 && wordKeys[s] !== key) s = (s + 1) & mask;
    wordKeys[s] = key;
    wordValues[s] = f | (c << 8);
  }
  return { charFine, charCoarse, wordKeys, wordValues, wordMask: mask };
}
