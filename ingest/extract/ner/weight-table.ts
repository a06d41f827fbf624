// The tagger's weights at run time: an open-addressing table of 16-byte slots, each holding a
// 16-bit fingerprint of the feature key, a shift, and the 13 label weights as int8 (weight =
// q << shift, in units of the model's quantization step). Tagging is bound by memory misses, not
// arithmetic: 16-byte slots halve the table of the former 32-byte int16 slots, so more of it
// stays in cache, and one lookup never touches two cache lines. The slot index comes from the
// low bits of the key and the fingerprint from a different mix of it, so an unknown feature is
// mistaken for a known one with odds of about probe length / 65,536.
import { NUM_LABELS as LABELS_EXPORT } from './labels.ts';

// Loops read a module-local copy: under tsx every imported binding is a getter call.
const NUM_LABELS = LABELS_EXPORT;

export const SLOT_BYTES = 16;
/** Offset of the first weight in a slot (after the fingerprint and the shift). */
export const WEIGHT_OFFSET = 3;
/** Largest weight magnitude a slot can hold (in units): 127 << 8. */
export const MAX_WEIGHT = 127 << 8;

if (NUM_LABELS + WEIGHT_OFFSET > SLOT_BYTES) throw new Error('ingest/extract/ner/weight-table: labels do not fit a 16-byte slot');

/** Non-zero 16-bit fingerprint of a key, independent of its low (slot) bits. */
export function fingerprint(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16 || 1;
}

export class WeightTable {
  /** fingerprints[s * 8] is the fingerprint of slot s (0 = empty). */
  readonly fingerprints: Uint16Array;
  /** shifts[s * 16 + 2] and weights[s * 16 + 3 + label]. */
  readonly bytes: Uint8Array;
  readonly weights: Int8Array;
  readonly mask: number;
  size = 0;
  /** Features dropped because their fingerprint already occurs earlier in their probe chain. */
  dropped = 0;
  private readonly keys: Int32Array;

  constructor(features: number) {
    let cap = 16;
    while (cap * 0.6 < features) cap <<= 1;
    const buffer = new ArrayBuffer(cap * SLOT_BYTES);
    this.fingerprints = new Uint16Array(buffer);
    this.bytes = new Uint8Array(buffer);
    this.weights = new Int8Array(buffer);
    this.mask = cap - 1;
    this.keys = new Int32Array(cap); // full keys, for entries() and duplicate checks only
  }

  get capacity(): number {
    return this.mask + 1;
  }

  /** Byte offset of the first weight of key's slot (shift at offset - 1), or -1 when unknown. */
  find(key: number): number {
    const fp = fingerprint(key);
    const fps = this.fingerprints;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const f = fps[s << 3]!;
      if (f === fp) return (s << 4) + WEIGHT_OFFSET;
      if (f === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** Weight of label l at a find() offset, in units. */
  weightAt(at: number, l: number): number {
    return this.weights[at + l]! << this.bytes[at - 1]!;
  }

  /** Adds a feature with weights in units (rounded to int8 << shift). Keys must be non-zero and new. */
  insert(key: number, row: ArrayLike<number>): void {
    if (this.size + 1 > this.capacity * 0.9) {
      throw new Error('ingest/extract/ner/weight-table: table full; size it for the feature count');
    }
    const fp = fingerprint(key);
    let s = key & this.mask;
    while (this.fingerprints[s << 3] !== 0) {
      if (this.keys[s] === key) throw new Error('ingest/extract/ner/weight-table: duplicate feature key');
      if (this.fingerprints[s << 3] === fp) {
        this.dropped++;
        return;
      }
      s = (s + 1) & this.mask;
    }
    let max = 0;
    for (let l = 0; l < NUM_LABELS; l++) max = Math.max(max, Math.abs(row[l]!));
    let shift = 0;
    while (max / (1 << shift) > 127.49 && shift < 8) shift++;
    this.fingerprints[s << 3] = fp;
    this.keys[s] = key;
    const base = (s << 4) + WEIGHT_OFFSET;
    this.bytes[base - 1] = shift;
    for (let l = 0; l < NUM_LABELS; l++) {
      const q = Math.round(row[l]! / (1 << shift));
      this.weights[base + l] = q > 127 ? 127 : q < -127 ? -127 : q;
    }
    this.size++;
  }

  /** Slots in use, as [key, weight offset] pairs, sorted by unsigned key. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let s = 0; s <= this.mask; s++) {
      if (this.fingerprints[s << 3] !== 0) out.push([this.keys[s]!, (s << 4) + WEIGHT_OFFSET]);
    }
    return out.sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
  }
}
