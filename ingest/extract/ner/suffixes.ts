// Organization and place suffixes, learned from the training corpus, seen from a distance. Names
// are long (中国对外建设总公司, 内蒙古自治区) and the char n-grams see three chars either way;
// "a string that ends organizations comes 6 chars later" tells the first char of the name what it
// starts. A suffix is the last 1–3 chars of Organization / Place entities that end many entities
// and, where it occurs at all, often ends one (公司, 委员会, 省, 县; not 的). Learned by
// ../ner-tools/learn-suffixes.ts; the table's entries: value bits 0–1 = SUFFIX_ORG | SUFFIX_PLACE,
// bits 2–3 = share bucket (how often an occurrence of the string ends such an entity: ≥ 20%, ≥ 40%,
// ≥ 60%, ≥ 80%).
import { finish as finishExport, lookupTable as lookupTableExport, start as startExport, step as stepExport, type LexiconTable } from './lexicon.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const finish = finishExport;
const lookupTable = lookupTableExport;
const start = startExport;
const step = stepExport;

/** Longest suffix, in chars. */
export const MAX_SUFFIX = 3;
/** How far ahead a suffix is seen. */
export const SUFFIX_REACH = 12;
/** Lookahead code of a char with no suffix in reach. */
export const NO_SUFFIX = 15;
export const SUFFIX_ORG = 1;
export const SUFFIX_PLACE = 2;

/**
 * A bitset over a suffix table's keys, 16 bits per key: a clear bit proves a key absent, so most
 * of the three lookups per char (the strings ending there are rarely suffixes) end on one bit
 * instead of probing the table. Built on first use, per table.
 */
const filters = new WeakMap<LexiconTable, { bits: Int32Array; shift: number }>();

function filterOf(table: LexiconTable): { bits: Int32Array; shift: number } {
  let filter = filters.get(table);
  if (filter) return filter;
  let size = 1024;
  while (size < 16 * (table.mask + 1)) size <<= 1;
  const bits = new Int32Array(size >>> 5);
  const shift = Math.clz32(size - 1);
  for (const key of table.keys) {
    if (key === 0) continue;
    const f = Math.imul(key, 0x9e3779b1) >>> shift;
    bits[f >>> 5]! |= 1 << (f & 31);
  }
  filter = { bits, shift };
  filters.set(table, filter);
  return filter;
}

/** Entries suffixLookahead's scratch needs for n chars. */
export function suffixScratchLength(n: number): number {
  return MAX_SUFFIX * n;
}

/**
 * For each char i, per type (org, place): the nearest suffix of that type ending at or after i
 * within SUFFIX_REACH chars, packed as distance (0..SUFFIX_REACH; 15 = none) | value << 4 |
 * suffix length << 8. org[i] and place[i] are filled for i < n. `keys` is the caller's scratch
 * of at least suffixScratchLength(n) entries.
 */
export function suffixLookahead(table: LexiconTable, codes: Uint16Array, n: number, org: Int32Array, place: Int32Array, keys: Int32Array): void {
  // Keys of the 1-, 2- and 3-char strings ending at each char, in one forward pass: the hash of
  // the string ending at e extends the state of the one char shorter ending at e - 1.
  let h1 = 0;
  let h2 = 0;
  for (let e = 0; e < n; e++) {
    const c = codes[e]!;
    const h3 = e >= 2 ? step(h2, c) : 0;
    h2 = e >= 1 ? step(h1, c) : 0;
    h1 = step(start(), c);
    keys[MAX_SUFFIX * e] = finish(h1, 1);
    keys[MAX_SUFFIX * e + 1] = finish(h2, 2);
    keys[MAX_SUFFIX * e + 2] = finish(h3, 3);
  }
  const { bits, shift } = filterOf(table);
  let nextOrg = -1;
  let nextPlace = -1;
  let orgInfo = 0;
  let placeInfo = 0;
  for (let e = n - 1; e >= 0; e--) {
    let foundOrg = 0;
    let foundPlace = 0;
    for (let k = Math.min(MAX_SUFFIX, e + 1); k >= 1; k--) {
      const key = keys[MAX_SUFFIX * e + k - 1]!;
      const f = Math.imul(key, 0x9e3779b1) >>> shift;
      if ((bits[f >>> 5]! & (1 << (f & 31))) === 0) continue; // not in the table
      const v = lookupTable(table, key) & 0x3f;
      if (v === 0) continue;
      if (foundOrg === 0 && v & SUFFIX_ORG) foundOrg = (v << 4) | (k << 8);
      if (foundPlace === 0 && v & SUFFIX_PLACE) foundPlace = (v << 4) | (k << 8);
    }
    if (foundOrg !== 0) {
      nextOrg = e;
      orgInfo = foundOrg;
    }
    if (foundPlace !== 0) {
      nextPlace = e;
      placeInfo = foundPlace;
    }
    org[e] = nextOrg >= 0 && nextOrg - e <= SUFFIX_REACH ? (nextOrg - e) | orgInfo : NO_SUFFIX;
    place[e] = nextPlace >= 0 && nextPlace - e <= SUFFIX_REACH ? (nextPlace - e) | placeInfo : NO_SUFFIX;
  }
}
