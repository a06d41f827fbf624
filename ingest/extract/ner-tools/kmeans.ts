// Spherical k-means (cosine) over sparse non-negative vectors, seeded. Used to learn distributional
// clusters of characters and words from unlabelled text: items whose neighbours look alike (surname
// characters, transliteration syllables, place suffixes) share a cluster id the tagger can use as a
// feature, so what it learns about one member carries over to members it never saw labelled.
// k-means++ seeding (Arthur & Vassilvitskii 2007) on a sample, then Lloyd iterations.
import { mulberry32 } from './random.ts';

/** Sparse rows in CSR form: row r has dims idx[ptr[r]..ptr[r+1]) with values val[...], L2-normalized. */
export interface SparseRows {
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  dims: number;
}

function dot(rows: SparseRows, r: number, centroids: Float32Array, c: number): number {
  const base = c * rows.dims;
  let s = 0;
  for (let p = rows.ptr[r]!; p < rows.ptr[r + 1]!; p++) s += rows.val[p]! * centroids[base + rows.idx[p]!]!;
  return s;
}

/** Cluster id (0..k-1) of each row. */
export function sphericalKMeans(rows: SparseRows, k: number, iterations: number, seed: number): Int32Array {
  const n = rows.ptr.length - 1;
  const d = rows.dims;
  const assign = new Int32Array(n);
  if (n === 0) return assign;
  k = Math.min(k, n);
  const rng = mulberry32(seed);
  const centroids = new Float32Array(k * d);
  const setCentroid = (c: number, r: number): void => {
    centroids.fill(0, c * d, (c + 1) * d);
    for (let p = rows.ptr[r]!; p < rows.ptr[r + 1]!; p++) centroids[c * d + rows.idx[p]!] = rows.val[p]!;
  };
  // k-means++ over the rows (cosine distance 1 - dot), incremental best similarity per row.
  const best = new Float32Array(n).fill(-1);
  setCentroid(0, Math.floor(rng() * n));
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let r = 0; r < n; r++) {
      const s = dot(rows, r, centroids, c - 1);
      if (s > best[r]!) best[r] = s;
      total += Math.max(0, 1 - best[r]!);
    }
    let target = rng() * total;
    let pick = n - 1;
    for (let r = 0; r < n; r++) {
      target -= Math.max(0, 1 - best[r]!);
      if (target <= 0) {
        pick = r;
        break;
      }
    }
    setCentroid(c, pick);
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      let arg = 0;
      let bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(rows, r, centroids, c);
        if (s > bs) {
          bs = s;
          arg = c;
        }
      }
      if (assign[r] !== arg) moved++;
      assign[r] = arg;
    }
    centroids.fill(0);
    for (let r = 0; r < n; r++) {
      const base = assign[r]! * d;
      for (let p = rows.ptr[r]!; p < rows.ptr[r + 1]!; p++) centroids[base + rows.idx[p]!]! += rows.val[p]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += centroids[c * d + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centroids[c * d + j]! /= norm;
    }
    if (moved === 0) break;
  }
  return assign;
}

/**
 * Builds L2-normalized context vectors: for each item, counts of (context slot, context id) pairs,
 * square-rooted (Hellinger) so frequent neighbours do not drown the rest.
 */
export function contextRows(pairs: ReadonlyArray<Map<number, number>>, dims: number): SparseRows {
  const ptr = new Int32Array(pairs.length + 1);
  for (let r = 0; r < pairs.length; r++) ptr[r + 1] = ptr[r]! + pairs[r]!.size;
  const idx = new Int32Array(ptr[pairs.length]!);
  const val = new Float32Array(ptr[pairs.length]!);
  for (let r = 0; r < pairs.length; r++) {
    let p = ptr[r]!;
    let norm = 0;
    for (const [dim, count] of pairs[r]!) {
      idx[p] = dim;
      val[p] = Math.sqrt(count);
      norm += count;
      p++;
    }
    norm = Math.sqrt(norm) || 1;
    for (let q = ptr[r]!; q < p; q++) val[q]! /= norm;
  }
  return { ptr, idx, val, dims };
}
