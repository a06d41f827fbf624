// Learns the distributional clusters of characters and jieba words (ner/clusters.ts) from the raw
// training text, without labels: each item is described by its left and right neighbours, and
// spherical k-means (kmeans.ts) groups items with similar neighbourhoods at two granularities.
// The words are nodejieba's dictionary-only cut (HMM off): an unknown word then has no cluster,
// which is itself a name signal.
import nodejieba from 'nodejieba';
import { charClass, hashRange, normalizeCode, sanitizeForJieba } from '../ner/for-tools.ts';
import { contextRows, sphericalKMeans } from './kmeans.ts';

export interface ClusterOptions {
  fine: number;
  coarse: number;
  /** Items seen fewer times get no cluster. */
  minCharCount: number;
  minWordCount: number;
  /** Context vocabulary: the most frequent this many chars / words; the rest collapse to a class. */
  charContexts: number;
  wordContexts: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  fine: 200,
  coarse: 32,
  minCharCount: 3,
  minWordCount: 3,
  charContexts: 600,
  wordContexts: 1500,
  iterations: 12,
  seed: 7,
};

/** Context slot ids: the top-N vocabulary gets its rank, everything else its char class. */
function vocabulary(counts: Map<number, number>, top: number): Map<number, number> {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, top);
  return new Map(ranked.map(([key], i) => [key, i]));
}

function clusterItems(items: number[], contexts: Map<number, Map<number, number>>, dims: number, options: ClusterOptions): Array<[number, number, number]> {
  const rows = contextRows(
    items.map((x) => contexts.get(x)!),
    dims,
  );
  const fine = sphericalKMeans(rows, options.fine, options.iterations, options.seed);
  const coarse = sphericalKMeans(rows, options.coarse, options.iterations, options.seed + 1);
  return items.map((x, i) => [x, fine[i]! + 1, coarse[i]! + 1]);
}

export interface ClusterData {
  chars: Array<[number, number, number]>;
  words: Array<[number, number, number]>;
}

/** Learns char and word clusters from raw sentences (labels are never looked at). */
export function learnClusters(texts: readonly string[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ClusterData {
  const EDGE = 0x02;
  // Chars.
  const charCounts = new Map<number, number>();
  const codesOf = texts.map((t) => {
    const codes = new Uint16Array(t.length);
    for (let i = 0; i < t.length; i++) codes[i] = normalizeCode(t.charCodeAt(i));
    return codes;
  });
  for (const codes of codesOf) for (const c of codes) charCounts.set(c, (charCounts.get(c) ?? 0) + 1);
  const charVocab = vocabulary(charCounts, options.charContexts);
  const V = options.charContexts + 16;
  const slot = (c: number): number => charVocab.get(c) ?? options.charContexts + charClass(c);
  const charCtx = new Map<number, Map<number, number>>();
  const add = (ctx: Map<number, Map<number, number>>, item: number, dim: number): void => {
    let m = ctx.get(item);
    if (!m) ctx.set(item, (m = new Map()));
    m.set(dim, (m.get(dim) ?? 0) + 1);
  };
  for (const codes of codesOf) {
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i]!;
      if ((charCounts.get(c) ?? 0) < options.minCharCount) continue;
      add(charCtx, c, i > 0 ? slot(codes[i - 1]!) : slot(EDGE));
      add(charCtx, c, V + (i + 1 < codes.length ? slot(codes[i + 1]!) : slot(EDGE)));
    }
  }
  const chars = clusterItems(
    [...charCtx.keys()].sort((a, b) => a - b),
    charCtx,
    2 * V,
    options,
  );

  // Words (jieba segmentation, keyed like Segmentation.wordHash).
  const sentences: number[][] = [];
  const wordCounts = new Map<number, number>();
  const firstCode = new Map<number, number>();
  texts.forEach((t, si) => {
    const codes = codesOf[si]!;
    const keys: number[] = [];
    let pos = 0;
    for (const w of nodejieba.cut(sanitizeForJieba(t))) {
      const key = hashRange(codes, pos, pos + w.length);
      keys.push(key);
      if (!firstCode.has(key)) firstCode.set(key, codes[pos] ?? 0);
      wordCounts.set(key, (wordCounts.get(key) ?? 0) + 1);
      pos += w.length;
    }
    sentences.push(keys);
  });
  const wordVocab = vocabulary(wordCounts, options.wordContexts);
  const W = options.wordContexts + 16;
  const wslot = (key: number): number => wordVocab.get(key) ?? options.wordContexts + charClass(firstCode.get(key) ?? EDGE);
  const wordCtx = new Map<number, Map<number, number>>();
  for (const keys of sentences) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if ((wordCounts.get(key) ?? 0) < options.minWordCount) continue;
      add(wordCtx, key, i > 0 ? wslot(keys[i - 1]!) : options.wordContexts + 8);
      add(wordCtx, key, W + (i + 1 < keys.length ? wslot(keys[i + 1]!) : options.wordContexts + 8));
    }
  }
  const words = clusterItems(
    [...wordCtx.keys()].sort((a, b) => a - b),
    wordCtx,
    2 * W,
    options,
  );
  return { chars, words };
}
