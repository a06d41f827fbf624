// Gazetteer evidence for the tagger: known place names and well-known people (THUOCL, MIT licence,
// Tsinghua University). The lists travel inside the model file as hashes, so tagging needs only the
// committed model. Membership alone misleads (THUOCL's place list has 医院, 学校), so each match
// carries a frequency bucket and the model learns how much to trust it.
import { readFileSync } from 'node:fs';
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
const PREFIX_BIT = 0x40;
const VALUE_BITS = 0x3f;

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

/** Reads a THUOCL `word\tcount` list (any line ending) into [key, 1 + log10 bucket] entries. */
export function readThuocl(path: string, minCount = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const line of readFileSync(path, 'utf8').split(/\r\n|\r|\n/)) {
    const [rawWord, rawCount] = line.split('\t');
    const word = rawWord?.replace(/^\ufeff/, '').trim();
    const count = Number(rawCount ?? 0);
    if (!word || word.length < 2 || word.length > 8 || count < minCount) continue;
    const bucket = Math.min(7, Math.max(0, Math.floor(Math.log10(Math.max(1, count)))));
    pushEntry(out, word, 1 + bucket);
  }
  return out;
}

/** Adds word with value (1..63) and its prefixes (length ≥ 2) to a table's entry list. */
export function pushEntry(out: Array<[number, number]>, word: string, value: number): void {
  if (word.length < 2 || word.length > LEX_MAX_LEN) return;
  out.push([wordKey(word), value & VALUE_BITS]);
  for (let len = 2; len < word.length; len++) out.push([wordKey(word.slice(0, len)), PREFIX_BIT]);
}

let bestLenScratch = new Uint8Array(256);

/** Packed match code → its part (0 none, 1 B, 2 M, 3 E), length and value. */
export function matchPart(code: number): number {
  return code & 3;
}
export function matchValue(code: number): number {
  return code >>> 7;
}

/**
 * Per table, a bitset over its keys (16 bits per key, about 6% set): most lookups of matchLexicon
 * miss, and a clear bit proves it without touching the table, so the matches are the same.
 */
const filters = new WeakMap<LexiconTable, Int32Array>();

function filterOf(t: LexiconTable): Int32Array {
  let bits = filters.get(t);
  if (!bits) {
    let size = 1024;
    while (size < 16 * (t.mask + 1) / 2) size <<= 1; // tables are sized at twice their entries
    bits = new Int32Array(size >>> 5);
    for (const key of t.keys) {
      if (key === 0) continue;
      const f = Math.imul(key, 0x9e3779b1) >>> Math.clz32(size - 1);
      bits[f >>> 5]! |= 1 << (f & 31);
    }
    filters.set(t, bits);
  }
  return bits;
}

/**
 * For each kind and position: 0 when no lexicon word covers the char, else a packed code of the
 * longest covering match (position in match B/M/E, length, frequency bucket).
 */
export function matchLexicon(lex: Lexicon, codes: Uint16Array, n: number, out: Int32Array[]): void {
  if (bestLenScratch.length < n) bestLenScratch = new Uint8Array(Math.max(n, 2 * bestLenScratch.length));
  const bestLen = bestLenScratch;
  for (let kind = 0; kind < Math.min(LEX_SUFFIX, lex.tables.length); kind++) {
    const t = lex.tables[kind]!;
    const filter = filterOf(t);
    const fshift = Math.clz32((filter.length << 5) - 1);
    const o = out[kind]!;
    o.fill(0, 0, n);
    bestLen.fill(0, 0, n);
    for (let s = 0; s < n; s++) {
      let h = step(start(), codes[s]!);
      let found = 0;
      let foundValue = 0;
      const limit = Math.min(n, s + LEX_MAX_LEN);
      for (let e = s + 1; e < limit; e++) {
        h = step(h, codes[e]!);
        const key = finish(h, e - s + 1);
        const f = Math.imul(key, 0x9e3779b1) >>> fshift;
        if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) break; // absent: no value, no prefix
        const v = lookupTable(t, key);
        if (v & VALUE_BITS) {
          found = e - s + 1;
          foundValue = v & VALUE_BITS;
        }
        if (!(v & PREFIX_BIT)) break;
      }
      if (found === 0) continue;
      for (let i = s; i < s + found; i++) {
        if (found <= bestLen[i]!) continue;
        bestLen[i] = found;
        const part = i === s ? 1 : i === s + found - 1 ? 3 : 2;
        o[i] = part | (found << 2) | (foundValue << 7);
      }
    }
  }
}

export function emptyLexicon(): Lexicon {
  return { tables: Array.from({ length: LEX_KINDS }, () => buildTable([])), clusters: emptyClusters(), pos: emptyPosDict() };
}
