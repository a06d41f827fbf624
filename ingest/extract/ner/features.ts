// Feature templates of the tagger. Every feature is a 32-bit hash of (template id, small ints), so
// extraction writes numbers into a preallocated Int32Array and allocates nothing per feature.
// Templates: character n-grams around the position, character classes, jieba word position/POS,
// and gazetteer matches. Changing a template changes its hashes: retrain after editing this file.
import { BOS as BOS_EXPORT, EOS as EOS_EXPORT, charClass as charClassExport } from './chars.ts';
import { wordCluster as wordClusterExport, type Clusters } from './clusters.ts';
import { mix3 as mix3Export } from './hash.ts';
import { LEX_TRAIN_ORG, LEX_TRAIN_PERSON, LEX_TRAIN_PLACE } from './lexicon.ts';
import type { Segmentation } from './segmentation.ts';
import { NO_SUFFIX as NO_SUFFIX_EXPORT } from './suffixes.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const mix3 = mix3Export;
const charClass = charClassExport;
const wordCluster = wordClusterExport;
const BOS = BOS_EXPORT;
const EOS = EOS_EXPORT;
const NO_SUFFIX = NO_SUFFIX_EXPORT;

export const NUM_TEMPLATES = 42;

/**
 * Templates whose key is mix3(template, normalized code of the char at `offset`, 0, 0) (BOS / EOS
 * beyond the text), in slot `slot` of a position's key row; and the bias, mix3(template, 0, 0, 0)
 * at every position. The tagger resolves these once per char code when it first tags
 * (emission.ts) instead of hashing every occurrence; it checks them against extractFeatureKeys.
 * Keep in step with the templates below.
 */
export const CHAR_TEMPLATES: ReadonlyArray<{ slot: number; template: number; offset: number }> = [
  { slot: 1, template: 1, offset: -3 },
  { slot: 2, template: 2, offset: -2 },
  { slot: 3, template: 3, offset: -1 },
  { slot: 4, template: 4, offset: 0 },
  { slot: 5, template: 5, offset: 1 },
  { slot: 6, template: 6, offset: 2 },
  { slot: 7, template: 7, offset: 3 },
];
export const BIAS_TEMPLATE = { slot: 0, template: 0 };

/**
 * Groups of slots whose keys mostly repeat together from one char to the next (dictionary matches
 * are mostly "none"; lattice and suffix codes change slowly). The tagger caches each group's summed
 * weights by its keys (wasm/emission.wat): any grouping gives the same scores, this one decides how
 * often the cache hits (word tags, clusters or char classes as more groups: no faster).
 */
export const SLOT_GROUPS: ReadonlyArray<readonly number[]> = [
  [17, 18, 22, 23, 24, 25, 26, 27, 28],
  [34, 35, 36, 37],
  [39, 40, 41],
];

export interface FeatureInput {
  /** Normalized codes, length n. */
  codes: Uint16Array;
  n: number;
  seg: Segmentation;
  /** Per lexicon kind, the packed covering-match code of each char (see matchLexicon). */
  lex: Int32Array[];
  clusters: Clusters;
  /** Dictionary lattice per char (lattice.ts): words beginning, ending, and passing through it. */
  latBegin: Int32Array;
  latEnd: Int32Array;
  latInside: Int32Array;
  /** Nearest organization / place suffix ahead of each char (suffixes.ts). */
  sufOrg: Int32Array;
  sufPlace: Int32Array;
}

/**
 * Writes NUM_TEMPLATES keys per position into out (length ≥ n * NUM_TEMPLATES). With charKeys
 * false the bias and CHAR_TEMPLATES slots are left as they were: the tagger's emission resolves
 * those from the char codes (emission.ts) and never reads them.
 *
 * The templates are written family by family, one pass over the text each, because V8 inlines only
 * about five mix3 calls into one optimized function: a single loop over all 42 templates made most
 * of them real calls, which cost as much as the hashing itself.
 */
export function extractFeatureKeys(input: FeatureInput, out: Int32Array, charKeys = true): void {
  const { codes, n } = input;
  if (charKeys) {
    unigramKeys(codes, n, out);
    unigramKeysAhead(codes, n, out);
  }
  bigramKeys(codes, n, out);
  wordKeys(codes, n, input.seg, out);
  gazetteerKeys(codes, n, input, out);
  dictionaryMatchKeys(n, input.lex, out);
  corpusDictionaryParts(codes, n, input.lex, out);
  clusterKeys(codes, n, input, out);
  latticeKeys(n, input, out);
  suffixKeys(n, input, out);
}

/** Code at i, BOS / EOS beyond the text. */
export function codeAt(codes: Uint16Array, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? EOS : codes[i]!;
}

/** Bias, and the chars at -3 .. 0 (CHAR_TEMPLATES). */
function unigramKeys(codes: Uint16Array, n: number, out: Int32Array): void {
  const bias = mix3(0, 0, 0, 0);
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    out[k] = bias;
    out[k + 1] = mix3(1, codeAt(codes, n, i - 3), 0, 0);
    out[k + 2] = mix3(2, codeAt(codes, n, i - 2), 0, 0);
    out[k + 3] = mix3(3, codeAt(codes, n, i - 1), 0, 0);
    out[k + 4] = mix3(4, codes[i]!, 0, 0);
  }
}

/** The chars at +1 .. +3 (CHAR_TEMPLATES). */
function unigramKeysAhead(codes: Uint16Array, n: number, out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    out[k + 5] = mix3(5, codeAt(codes, n, i + 1), 0, 0);
    out[k + 6] = mix3(6, codeAt(codes, n, i + 2), 0, 0);
    out[k + 7] = mix3(7, codeAt(codes, n, i + 3), 0, 0);
  }
}

/** Char bigrams around the position and the classes of the five chars around it. */
function bigramKeys(codes: Uint16Array, n: number, out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const m2 = codeAt(codes, n, i - 2);
    const m1 = codeAt(codes, n, i - 1);
    const c0 = codes[i]!;
    const p1 = codeAt(codes, n, i + 1);
    const p2 = codeAt(codes, n, i + 2);
    out[k + 8] = mix3(9, m1, c0, 0);
    out[k + 9] = mix3(10, c0, p1, 0);
    out[k + 10] = mix3(11, p1, p2, 0);
    const classes = charClass(m2) | (charClass(m1) << 4) | (charClass(c0) << 8) | (charClass(p1) << 12) | (charClass(p2) << 16);
    out[k + 11] = mix3(16, classes, 0, 0);
  }
}

/** jieba's word: position in it, POS tags around it, its hash. */
function wordKeys(codes: Uint16Array, n: number, seg: Segmentation, out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const wp = seg.wordPos[i]!;
    const tag = seg.tag[i]!;
    out[k + 12] = mix3(17, wp, tag, seg.wordLen[i]!);
    out[k + 13] = mix3(18, seg.wordHash[i]!, wp, 0);
    out[k + 14] = mix3(19, seg.prevTag[i]!, tag, wp);
    out[k + 15] = mix3(20, seg.nextTag[i]!, tag, wp);
    out[k + 16] = mix3(21, tag, codes[i]!, wp);
  }
}

/** Gazetteer match parts with the char, the previous jieba word, and the char in its word. */
function gazetteerKeys(codes: Uint16Array, n: number, input: FeatureInput, out: Int32Array): void {
  const { seg, lex } = input;
  const place = lex[0]!;
  const person = lex[1]!;
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const c0 = codes[i]!;
    const wp = seg.wordPos[i]!;
    out[k + 19] = mix3(24, place[i]! & 3, person[i]! & 3, c0);
    out[k + 20] = mix3(25, seg.prevHash[i]!, wp, 0);
    out[k + 21] = mix3(27, c0, wp, seg.wordLen[i]!);
  }
}

// The keys dictionaryMatchKeys writes for a char no dictionary matches.
const NONE_17 = mix3(22, 0, 0, 0);
const NONE_18 = mix3(23, 0, 0, 0);
const NONE_22 = mix3(28, 0, 0, 0);
const NONE_23 = mix3(29, 0, 0, 0);
const NONE_24 = mix3(30, 0, 0, 0);
const NONE_25 = mix3(31, 0, 0, 0);
const NONE_26 = mix3(32, 0, 0, 0);
const NONE_27 = mix3(33, 0, 0, 0);
const NONE_28 = mix3(34, 0, 0, 0);

/**
 * The dictionary matches of the char (features.ts SLOT_GROUPS' first group): the gazetteers'
 * (places, people) full match codes in slots 17, 18; per training-corpus dictionary kind (person,
 * place, organization; 0..2) its full match code in slot 22 + kind and its part × value in slot
 * 25 + kind; and the three parts together in slot 28. Most chars match no dictionary, and then the
 * nine keys are constants: they are written without hashing.
 */
function dictionaryMatchKeys(n: number, lex: Int32Array[], out: Int32Array): void {
  const place = lex[0]!;
  const person = lex[1]!;
  const tPer = lex[LEX_TRAIN_PERSON]!;
  const tLoc = lex[LEX_TRAIN_PLACE]!;
  const tOrg = lex[LEX_TRAIN_ORG]!;
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const pl = place[i]!;
    const pe = person[i]!;
    const mp = tPer[i]!;
    const ml = tLoc[i]!;
    const mo = tOrg[i]!;
    if ((pl | pe | mp | ml | mo) === 0) {
      out[k + 17] = NONE_17;
      out[k + 18] = NONE_18;
      out[k + 22] = NONE_22;
      out[k + 23] = NONE_23;
      out[k + 24] = NONE_24;
      out[k + 25] = NONE_25;
      out[k + 26] = NONE_26;
      out[k + 27] = NONE_27;
      out[k + 28] = NONE_28;
      continue;
    }
    out[k + 17] = mix3(22, pl, 0, 0);
    out[k + 18] = mix3(23, pe, 0, 0);
    out[k + 22] = mix3(28, mp, 0, 0);
    out[k + 23] = mix3(29, ml, 0, 0);
    out[k + 24] = mix3(30, mo, 0, 0);
    out[k + 25] = mix3(31, mp & 3, mp >>> 7, 0);
    out[k + 26] = mix3(32, ml & 3, ml >>> 7, 0);
    out[k + 27] = mix3(33, mo & 3, mo >>> 7, 0);
    out[k + 28] = mix3(34, mp & 3, ml & 3, mo & 3);
  }
}

/** The parts of the three training-corpus dictionaries with the char. */
function corpusDictionaryParts(codes: Uint16Array, n: number, lex: Int32Array[], out: Int32Array): void {
  const tPer = lex[LEX_TRAIN_PERSON]!;
  const tLoc = lex[LEX_TRAIN_PLACE]!;
  const tOrg = lex[LEX_TRAIN_ORG]!;
  for (let i = 0; i < n; i++) {
    const parts = (tPer[i]! & 3) | ((tLoc[i]! & 3) << 2) | ((tOrg[i]! & 3) << 4);
    out[i * NUM_TEMPLATES + 29] = mix3(35, parts, codes[i]!, 0);
  }
}

/** wordCluster of each one-char word by its normalized code, filled as met (-1 until then), per cluster set. */
const singleClusters = new WeakMap<Clusters, Int32Array>();

function singleClustersOf(clusters: Clusters): Int32Array {
  let memo = singleClusters.get(clusters);
  if (!memo) singleClusters.set(clusters, (memo = new Int32Array(0x10000).fill(-1)));
  return memo;
}

/** Distributional clusters (clusters.ts): chars around the position, the jieba word and its neighbours. */
function clusterKeys(codes: Uint16Array, n: number, input: FeatureInput, out: Int32Array): void {
  const { seg, clusters } = input;
  const cf = clusters.charFine;
  const cc = clusters.charCoarse;
  // A one-char word's hash is a function of its code: its cluster is read from a 256 kB array
  // instead of the word table (the same value; only where the words align, else hashes are 0).
  const single = singleClustersOf(clusters);
  const aligned = seg.aligned;
  let lastWord = 0;
  let wc = 0;
  let wcPrev = 0;
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const c0 = codes[i]!;
    const wp = seg.wordPos[i]!;
    const word = seg.wordHash[i]!;
    if (word !== lastWord || i === 0) {
      // The previous word is the one whose cluster wc holds (prevHash[i] === lastWord after the
      // first word), so only the new word is looked up.
      wcPrev = i === 0 ? wordCluster(clusters, seg.prevHash[i]!) : wc;
      lastWord = word;
      if (aligned && seg.wordLen[i] === 1) {
        wc = single[c0]!;
        if (wc < 0) single[c0] = wc = wordCluster(clusters, word);
      } else wc = wordCluster(clusters, word);
    }
    out[k + 30] = mix3(38, cc[codeAt(codes, n, i - 1)]!, cc[c0]!, cc[codeAt(codes, n, i + 1)]!);
    out[k + 31] = mix3(39, cf[c0]!, wp, 0);
    out[k + 32] = mix3(41, wc & 0xff, wp, 0);
    out[k + 33] = mix3(42, wcPrev >>> 8, wc >>> 8, wp);
  }
}

const NO_WORD_BEGINS = mix3(44, 0, 0, 0);
const NO_WORD_ENDS = mix3(45, 0, 0, 0);

/**
 * Dictionary lattice (lattice.ts): classes of all words around the char, the longest ones, the
 * words ending just before and starting just after it; and the next jieba word.
 */
function latticeKeys(n: number, input: FeatureInput, out: Int32Array): void {
  const { latBegin, latEnd, latInside, seg } = input;
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const lb = latBegin[i]!;
    const le = latEnd[i]!;
    out[k + 34] = mix3(43, lb & 0xff, le & 0xff, latInside[i]!);
    // Most chars begin and end no word of two or more chars: constant keys, not hashed.
    out[k + 35] = lb >>> 8 === 0 ? NO_WORD_BEGINS : mix3(44, lb >>> 8, 0, 0);
    out[k + 36] = le >>> 8 === 0 ? NO_WORD_ENDS : mix3(45, le >>> 8, 0, 0);
    out[k + 37] = mix3(46, i > 0 ? latEnd[i - 1]! & 0xff : 0x100, i + 1 < n ? latBegin[i + 1]! & 0xff : 0x100, lb & le & 0xff);
    out[k + 38] = mix3(47, seg.nextHash[i]!, seg.wordPos[i]!, 0);
  }
}

const NO_ORG_SUFFIX = mix3(48, NO_SUFFIX, 0, 0);
const NO_PLACE_SUFFIX = mix3(49, NO_SUFFIX, 0, 0);

/** Suffixes ahead (suffixes.ts): how far the next organization / place ending is, and which. */
function suffixKeys(n: number, input: FeatureInput, out: Int32Array): void {
  const { sufOrg, sufPlace, seg } = input;
  for (let i = 0; i < n; i++) {
    const k = i * NUM_TEMPLATES;
    const so = sufOrg[i]!;
    const sp = sufPlace[i]!;
    // Half the chars have no suffix in reach: constant keys, not hashed.
    out[k + 39] = so === NO_SUFFIX ? NO_ORG_SUFFIX : mix3(48, so, 0, 0);
    out[k + 40] = sp === NO_SUFFIX ? NO_PLACE_SUFFIX : mix3(49, sp, 0, 0);
    out[k + 41] = mix3(50, so & 15, sp & 15, seg.wordPos[i]!);
  }
}
