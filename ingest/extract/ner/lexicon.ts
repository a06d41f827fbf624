// Gazetteer evidence for the tagger: known place names and well-known people (THUOCL, MIT licence,
// Tsinghua University). The lists travel inside the model file as hashes, so tagging needs only the
// committed model. Membership alone misleads (THUOCL's place list has 医院, 学校), so each match
// carries a frequency bucket and the model learns how much to trust it.
import { normalizeCode } from './chars.ts';
import { emptyClusters, type Clusters } from './clusters.ts';
import { emptyPosDict, type PosDict } from './pos-dict.ts';
import { hashStep } from './hash.ts';

export const LEX_PLACE = 0;
export const LEX_PERSON = 1;
/** Entity strings of the training corpus by type (see entity-lexicon.ts): Person, Place, Organization. */
export const LEX_TRAIN_PERSON = 2;
export const LEX_TRAIN_PLACE = 3;
export const LEX_TRAIN_ORG = 4;
/** Organization / place suffixes (suffixes.ts); matched by suffixLookahead, not matchLexicon. */
export const LEX_SUFFIX = 5;
export const LEX_KINDS = 6;
export const LEX_MAX_LEN = 16;
/** Value bits of a table entry: the string is a prefix of a longer entry; the entry's value (1..63). */
export const PREFIX_BIT = 0x40;
export const VALUE_BITS = 0x3f;

/** Open-addressing map of hashes → value: low 6 bits 1 + frequency bucket of a word (0 when the hash is
 * only a prefix), PREFIX_BIT when longer words continue it, so matching stops at the first dead end. */
export interface LexiconTable {
  keys: Int32Array;
  values: Uint8Array;
  mask: number;
}

/** The lexical resources the features consult: dictionaries by kind, and distributional clusters. */
export interface Lexicon {
  tables: LexiconTable[];
  clusters: Clusters;
  /** jieba's dictionary POS tags (segmentation.ts calls nodejieba.cut and looks tags up here). */
  pos: PosDict;
}

export function start(): number {
  return 0x811c9dc5 | 0;
}
export const step = hashStep;
export function finish(h: number, len: number): number {
  h = Math.imul(h ^ len, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

export function wordKey(word: string): number {
  let h = start();
  for (let i = 0; i < word.length; i++) h = step(h, normalizeCode(word.charCodeAt(i)));
  return finish(h, word.length);
}

export function buildTable(entries: ReadonlyArray<readonly [number, number]>): LexiconTable {
  let cap = 16;
  while (cap < entries.length * 2) cap <<= 1;
  const t: LexiconTable = { keys: new Int32Array(cap), values: new Uint8Array(cap), mask: cap - 1 };
  for (const [key, value] of entries) {
    let s = key & t.mask;
    while (t.keys[s] !== 0 && t.keys[s] !== key) s = (s + 1) & t.mask;
    t.keys[s] = key;
    t.values[s] = (t.values[s]! & PREFIX_BIT) | (value & PREFIX_BIT) | Math.max(t.values[s]! & VALUE_BITS, value & VALUE_BITS);
  }
  return t;
}

export function lookupTable(t: LexiconTable, key: number): number {
  let s = key & t.mask;
  for (;;) {
    const k = t.keys[s]!;
    if (k === key) return t.values[s]!;
    if (k === 0) return 0;
    s = (s + 1) & t.mask;
  }
}

/**
 * The tables matchLexicon reads, merged: every kind hashes a substring the same way, so one table
 * keyed by the substring holds each kind's value byte (values[slot * kinds + kind]) and each
 * substring is hashed and probed once for all kinds. A bitset over the keys (16 bits per key,
 * about 6% set) answers most lookups, which miss, without touching the table; a clear bit proves
 * the key absent, so the matches are those of the separate tables.
 */
interface MergedTables {
  kinds: number;
  keys: Int32Array;
  values: Uint8Array;
  mask: number;
  filter: Int32Array;
  filterShift: number;
}

const merged = new WeakMap<Lexicon, MergedTables>();

function mergedTables(lex: Lexicon): MergedTables {
  let m = merged.get(lex);
  if (m) return m;
  const kinds = Math.min(LEX_SUFFIX, lex.tables.length);
  const distinct = new Set<number>();
  for (let kind = 0; kind < kinds; kind++) for (const key of lex.tables[kind]!.keys) if (key !== 0) distinct.add(key);
  let cap = 16;
  while (cap < distinct.size * 2) cap <<= 1;
  const keys = new Int32Array(cap);
  const values = new Uint8Array(cap * kinds);
  const mask = cap - 1;
  let size = 1024;
  while (size < 16 * distinct.size) size <<= 1;
  const filter = new Int32Array(size >>> 5);
  const filterShift = Math.clz32(size - 1);
  for (let kind = 0; kind < kinds; kind++) {
    const t = lex.tables[kind]!;
    for (let slot = 0; slot <= t.mask; slot++) {
      const key = t.keys[slot]!;
      if (key === 0) continue;
      let s = key & mask;
      while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
      keys[s] = key;
      values[s * kinds + kind] = t.values[slot]!;
      const f = Math.imul(key, 0x9e3779b1) >>> filterShift;
      filter[f >>> 5]! |= 1 << (f & 31);
    }
  }
  m = { kinds, keys, values, mask, filter, filterShift };
  merged.set(lex, m);
  return m;
}

/** matchLexicon's scratch, kept by its caller (featurize.ts Workspace) and grown here. */
export class LexiconScratch {
  /** Per kind and char: the length of the longest match written there so far. */
  bestLen: Uint8Array[] = [];
  readonly foundLen = new Int32Array(LEX_SUFFIX);
  readonly foundValue = new Int32Array(LEX_SUFFIX);
}

/**
 * For each kind and position: 0 when no lexicon word covers the char, else a packed code of the
 * longest covering match (position in match B/M/E, length, frequency bucket). Each kind's walk
 * from a start char goes on while the substring is a prefix of a longer word of that kind.
 */
export function matchLexicon(lex: Lexicon, codes: Uint16Array, n: number, out: Int32Array[], scratch: LexiconScratch): void {
  const { kinds, keys, values, mask, filter, filterShift } = mergedTables(lex);
  if (kinds === 0) return;
  if (scratch.bestLen.length === 0 || scratch.bestLen[0]!.length < n) {
    const cap = Math.max(n, 2 * (scratch.bestLen[0]?.length ?? 128));
    scratch.bestLen = Array.from({ length: LEX_SUFFIX }, () => new Uint8Array(cap));
  }
  const bestLenScratch = scratch.bestLen;
  const foundLen = scratch.foundLen;
  const foundValue = scratch.foundValue;
  for (let kind = 0; kind < kinds; kind++) {
    out[kind]!.fill(0, 0, n);
    bestLenScratch[kind]!.fill(0, 0, n);
  }
  const everyKind = (1 << kinds) - 1;
  for (let s = 0; s < n; s++) {
    let h = step(start(), codes[s]!);
    let alive = everyKind;
    let anyFound = false;
    const limit = Math.min(n, s + LEX_MAX_LEN);
    for (let e = s + 1; e < limit && alive !== 0; e++) {
      h = step(h, codes[e]!);
      const key = finish(h, e - s + 1);
      const f = Math.imul(key, 0x9e3779b1) >>> filterShift;
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) break; // absent from every kind
      let slot = key & mask;
      for (;;) {
        const k = keys[slot]!;
        if (k === key) break;
        if (k === 0) {
          slot = -1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (slot < 0) break;
      const at = slot * kinds;
      for (let kind = 0; kind < kinds; kind++) {
        if ((alive & (1 << kind)) === 0) continue;
        const v = values[at + kind]!;
        if (v & VALUE_BITS) {
          foundLen[kind] = e - s + 1;
          foundValue[kind] = v & VALUE_BITS;
          anyFound = true;
        }
        if (!(v & PREFIX_BIT)) alive &= ~(1 << kind);
      }
    }
    if (!anyFound) continue;
    for (let kind = 0; kind < kinds; kind++) {
      const found = foundLen[kind]!;
      if (found === 0) continue;
      const o = out[kind]!;
      const bestLen = bestLenScratch[kind]!;
      const value = foundValue[kind]!;
      foundLen[kind] = 0; // reset here: most starts find nothing and need no reset
      for (let i = s; i < s + found; i++) {
        if (found <= bestLen[i]!) continue;
        bestLen[i] = found;
        const part = i === s ? 1 : i === s + found - 1 ? 3 : 2;
        o[i] = part | (found << 2) | (value << 7);
      }
    }
  }
}

export function emptyLexicon(): Lexicon {
  return { tables: Array.from({ length: LEX_KINDS }, () => buildTable([])), clusters: emptyClusters(), pos: emptyPosDict() };
}
