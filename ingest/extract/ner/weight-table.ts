// The tagger's weights at run time: an open-addressing table whose 32-byte slots hold the feature
// key and its 13 label weights (int16, in units of the model's quantization step) side by side.
// Looking a feature up and reading its weights then touches one cache line instead of two arrays,
// which is what makes tagging fast: the loop is bound by memory misses, not arithmetic.
import { NUM_LABELS } from './labels.ts';

/** Int16 units per slot: 2 for the int32 key, NUM_LABELS weights, padding to 16 (32 bytes). */
export const SLOT_INT16 = 16;
const SLOT_INT32 = SLOT_INT16 / 2;
export const MAX_WEIGHT = 32767;

export class WeightTable {
  readonly keys: Int32Array;
  readonly weights: Int16Array;
  readonly mask: number;
  size = 0;

  constructor(features: number) {
    let cap = 16;
    while (cap * 0.6 < features) cap <<= 1;
    const buffer = new ArrayBuffer(cap * SLOT_INT16 * 2);
    this.keys = new Int32Array(buffer);
    this.weights = new Int16Array(buffer);
    this.mask = cap - 1;
  }

  get capacity(): number {
    return this.mask + 1;
  }

  /** Offset of the first weight of key's slot in `weights`, or -1 when the feature is unknown. */
  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const k = keys[s * SLOT_INT32]!;
      if (k === key) return s * SLOT_INT16 + 2;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** Adds a feature with integer weights (clamped to int16). Keys must be non-zero and new. */
  insert(key: number, row: ArrayLike<number>): void {
    if ((this.size + 1) > this.capacity * 0.9) {
      throw new Error('ingest/extract/ner/weight-table: table full; size it for the feature count');
    }
    let s = key & this.mask;
    while (this.keys[s * SLOT_INT32] !== 0) {
      if (this.keys[s * SLOT_INT32] === key) throw new Error('ingest/extract/ner/weight-table: duplicate feature key');
      s = (s + 1) & this.mask;
    }
    this.keys[s * SLOT_INT32] = key;
    const base = s * SLOT_INT16 + 2;
    for (let l = 0; l < NUM_LABELS; l++) {
      const v = Math.round(row[l]!);
      this.weights[base + l] = v > MAX_WEIGHT ? MAX_WEIGHT : v < -MAX_WEIGHT ? -MAX_WEIGHT : v;
    }
    this.size++;
  }

  /** Slots in use, as [key, weight offset] pairs, sorted by unsigned key. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let s = 0; s <= this.mask; s++) {
      const k = this.keys[s * SLOT_INT32]!;
      if (k !== 0) out.push([k, s * SLOT_INT16 + 2]);
    }
    return out.sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
  }
}
