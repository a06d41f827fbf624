// Dictionary lattice: every jieba-dictionary word (length 2..LATTICE_MAX) that starts at, ends at
// or passes through each char, not only the word the segmenter chose. An unseen name often hides
// behind a dictionary word that jieba's best path dropped (林肯 inside 布林肯, 美丽 inside 美丽华),
// and the classes of all competing words (person, place, organization, other noun, verb) are the
// evidence the tagger weighs. Packed per char so the feature templates read three integers.
import { RAW_KEY_SEED, lookupPos as lookupPosExport, rawKeyFinish as rawKeyFinishExport, rawKeyStep as rawKeyStepExport, type PosDict } from './pos-dict.ts';
import type { JiebaWords } from './jieba-cut.ts';
import { tagId } from './segmentation.ts';

const lookupPos = lookupPosExport;
const rawKeyStep = rawKeyStepExport;
const rawKeyFinish = rawKeyFinishExport;

export const LATTICE_MAX = 6;

/** Word classes as bits: person, place, organization, other proper noun, noun, verb, anything else. */
const CLASS_OF_TAG = new Uint8Array(256).fill(64);
const CLASSES: Array<[number, string[]]> = [
  [1, ['nr', 'nrt', 'nrfg', 'nrf']],
  [2, ['ns']],
  [4, ['nt']],
  [8, ['nz']],
  [16, ['n']],
  [32, ['v', 'vn', 'vd', 'vg', 'vi', 'vq']],
];
for (const [bit, tags] of CLASSES) for (const t of tags) CLASS_OF_TAG[tagId(t)] = bit;

/**
 * A bitset over the keys of jieba's dictionary (one bit per key hash, 2^22 bits = 512 KB, about 8%
 * of the bits set), so most of the lattice's lookups, which miss, are answered without touching
 * the 4 MB key array. A clear bit proves the key absent: the lattice is the same with or without it.
 */
const FILTER_BITS = 22;
const filters = new WeakMap<PosDict, Int32Array>();

function filterOf(pos: PosDict): Int32Array {
  let bits = filters.get(pos);
  if (!bits) {
    bits = new Int32Array(1 << (FILTER_BITS - 5));
    for (const key of pos.keys) {
      if (key === 0) continue;
      const f = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
      bits[f >>> 5]! |= 1 << (f & 31);
    }
    filters.set(pos, bits);
  }
  return bits;
}

/**
 * Marks the dictionary word of len chars at s with jieba tag id `tag`. A start's words come in
 * order of length, so the longest takes the length and tag slot of begin[s]; end keeps its longest.
 */
function markWord(s: number, len: number, tag: number, begin: Int32Array, end: Int32Array, inside: Int32Array): void {
  const bit = CLASS_OF_TAG[tag]!;
  const packed = (len << 8) | (tag << 12);
  begin[s] = (begin[s]! & 0xff) | bit | packed;
  const e = s + len - 1;
  const prevLen = (end[e]! >>> 8) & 0xf;
  end[e] = len > prevLen ? (end[e]! & 0xff) | bit | packed : end[e]! | bit;
  for (let m = s + 1; m < e; m++) inside[m] = inside[m]! | bit;
}

/**
 * Fills, for chars 0..n-1: begin[i] / end[i] = class bits of the words starting / ending at i,
 * with the longest such word's length (bits 8–11) and tag id (bits 12–19); inside[i] = class bits
 * of the words that contain i strictly inside.
 */
export function matchLattice(text: string, n: number, pos: PosDict, begin: Int32Array, end: Int32Array, inside: Int32Array): void {
  const filter = filterOf(pos);
  begin.fill(0, 0, n);
  end.fill(0, 0, n);
  inside.fill(0, 0, n);
  for (let s = 0; s + 1 < n; s++) {
    const limit = Math.min(LATTICE_MAX, n - s);
    let h = rawKeyStep(RAW_KEY_SEED, text.charCodeAt(s));
    for (let len = 2; len <= limit; len++) {
      h = rawKeyStep(h, text.charCodeAt(s + len - 1));
      const key = rawKeyFinish(h, len);
      const f = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) continue;
      const tag = lookupPos(pos, key);
      if (tag !== 0) markWord(s, len, tag, begin, end, inside);
    }
  }
}

/**
 * matchLattice from the dictionary words jieba's segmenter already found in the same text
 * (JiebaWords dictStarts/dictEnds: every word of two or more chars, each start's in order of
 * length; in UTF-16 offsets, so only when dictAligned), so the substrings are not hashed a second time. The same words and tags, except that a
 * substring whose hash merely collides with a dictionary word's no longer counts as one.
 */
export function latticeFromWords(text: string, n: number, pos: PosDict, words: JiebaWords, begin: Int32Array, end: Int32Array, inside: Int32Array): void {
  begin.fill(0, 0, n);
  end.fill(0, 0, n);
  inside.fill(0, 0, n);
  const { dictStarts: starts, dictEnds: ends, dictCount: count } = words;
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const e1 = ends[k]!;
    const len = e1 - s;
    if (len > LATTICE_MAX) continue;
    let h = RAW_KEY_SEED;
    for (let i = s; i < e1; i++) h = rawKeyStep(h, text.charCodeAt(i));
    const tag = lookupPos(pos, rawKeyFinish(h, len));
    if (tag !== 0) markWord(s, len, tag, begin, end, inside);
  }
}
