// Feature templates of the tagger. Every feature is a 32-bit hash of (template id, small ints), so
// extraction writes numbers into a preallocated Int32Array and allocates nothing per feature.
// Templates: character n-grams around the position, character classes, jieba word position/POS,
// and gazetteer matches. Changing a template changes its hashes: retrain after editing this file.
import { BOS as BOS_EXPORT, EOS as EOS_EXPORT, charClass as charClassExport } from './chars.ts';
import { wordCluster as wordClusterExport, type Clusters } from './clusters.ts';
import { mix3 as mix3Export } from './hash.ts';
import { LEX_TRAIN_ORG, LEX_TRAIN_PERSON, LEX_TRAIN_PLACE } from './lexicon.ts';
import type { Segmentation } from './segmentation.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const mix3 = mix3Export;
const charClass = charClassExport;
const wordCluster = wordClusterExport;
const BOS = BOS_EXPORT;
const EOS = EOS_EXPORT;

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
 * weights by its keys (emission.ts): any grouping gives the same scores, this one decides how often
 * the cache hits.
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

/** Writes NUM_TEMPLATES keys per position into out (length ≥ n * NUM_TEMPLATES). */
export function extractFeatureKeys(input: FeatureInput, out: Int32Array): void {
  const { codes, n, seg, lex, clusters, latBegin, latEnd, latInside, sufOrg, sufPlace } = input;
  const cf = clusters.charFine;
  const cc = clusters.charCoarse;
  let lastWord = 0;
  let wc = 0;
  let wcPrev = 0;
  const place = lex[0]!;
  const person = lex[1]!;
  const tPer = lex[LEX_TRAIN_PERSON]!;
  const tLoc = lex[LEX_TRAIN_PLACE]!;
  const tOrg = lex[LEX_TRAIN_ORG]!;
  // A window of seven codes slides along the text (no per-char closure calls: under tsx each
  // closure is rebuilt and wrapped on every call of this function).
  let m3 = BOS;
  let m2 = BOS;
  let m1 = BOS;
  let c0 = BOS;
  let p1 = n > 0 ? codes[0]! : EOS;
  let p2 = n > 1 ? codes[1]! : EOS;
  let p3 = n > 2 ? codes[2]! : EOS;
  for (let i = 0; i < n; i++) {
    m3 = m2;
    m2 = m1;
    m1 = c0;
    c0 = p1;
    p1 = p2;
    p2 = p3;
    p3 = i + 3 < n ? codes[i + 3]! : EOS;
    const k = i * NUM_TEMPLATES;
    out[k] = mix3(0, 0, 0, 0);
    out[k + 1] = mix3(1, m3, 0, 0);
    out[k + 2] = mix3(2, m2, 0, 0);
    out[k + 3] = mix3(3, m1, 0, 0);
    out[k + 4] = mix3(4, c0, 0, 0);
    out[k + 5] = mix3(5, p1, 0, 0);
    out[k + 6] = mix3(6, p2, 0, 0);
    out[k + 7] = mix3(7, p3, 0, 0);
    out[k + 8] = mix3(9, m1, c0, 0);
    out[k + 9] = mix3(10, c0, p1, 0);
    out[k + 10] = mix3(11, p1, p2, 0);
    const classes =
      charClass(m2) | (charClass(m1) << 4) | (charClass(c0) << 8) | (charClass(p1) << 12) | (charClass(p2) << 16);
    out[k + 11] = mix3(16, classes, 0, 0);
    const wp = seg.wordPos[i]!;
    const tag = seg.tag[i]!;
    out[k + 12] = mix3(17, wp, tag, seg.wordLen[i]!);
    out[k + 13] = mix3(18, seg.wordHash[i]!, wp, 0);
    out[k + 14] = mix3(19, seg.prevTag[i]!, tag, wp);
    out[k + 15] = mix3(20, seg.nextTag[i]!, tag, wp);
    out[k + 16] = mix3(21, tag, c0, wp);
    out[k + 17] = mix3(22, place[i]!, 0, 0);
    out[k + 18] = mix3(23, person[i]!, 0, 0);
    out[k + 19] = mix3(24, place[i]! & 3, person[i]! & 3, c0);
    out[k + 20] = mix3(25, seg.prevHash[i]!, wp, 0);
    out[k + 21] = mix3(27, c0, wp, seg.wordLen[i]!);
    // Training-corpus entity dictionaries: full match code, then part × value, then all three parts.
    const a = tPer[i]!;
    const b = tLoc[i]!;
    const c = tOrg[i]!;
    out[k + 22] = mix3(28, a, 0, 0);
    out[k + 23] = mix3(29, b, 0, 0);
    out[k + 24] = mix3(30, c, 0, 0);
    out[k + 25] = mix3(31, a & 3, a >>> 7, 0);
    out[k + 26] = mix3(32, b & 3, b >>> 7, 0);
    out[k + 27] = mix3(33, c & 3, c >>> 7, 0);
    out[k + 28] = mix3(34, a & 3, b & 3, c & 3);
    out[k + 29] = mix3(35, (a & 3) | ((b & 3) << 2) | ((c & 3) << 4), c0, 0);
    // Distributional clusters (clusters.ts): chars around the position, the jieba word and its neighbours.
    const word = seg.wordHash[i]!;
    if (word !== lastWord || i === 0) {
      lastWord = word;
      wc = wordCluster(clusters, word);
      wcPrev = wordCluster(clusters, seg.prevHash[i]!);
    }
    out[k + 30] = mix3(38, cc[m1]!, cc[c0]!, cc[p1]!);
    out[k + 31] = mix3(39, cf[c0]!, wp, 0);
    out[k + 32] = mix3(41, wc & 0xff, wp, 0);
    out[k + 33] = mix3(42, wcPrev >>> 8, wc >>> 8, wp);
    // Dictionary lattice (lattice.ts): classes of all words around the char, the longest ones, the
    // words ending just before and starting just after it, and the next jieba word.
    const lb = latBegin[i]!;
    const le = latEnd[i]!;
    out[k + 34] = mix3(43, lb & 0xff, le & 0xff, latInside[i]!);
    out[k + 35] = mix3(44, lb >>> 8, 0, 0);
    out[k + 36] = mix3(45, le >>> 8, 0, 0);
    out[k + 37] = mix3(46, i > 0 ? latEnd[i - 1]! & 0xff : 0x100, i + 1 < n ? latBegin[i + 1]! & 0xff : 0x100, lb & le & 0xff);
    out[k + 38] = mix3(47, seg.nextHash[i]!, wp, 0);
    // Suffixes ahead (suffixes.ts): how far the next organization / place ending is, and which.
    const so = sufOrg[i]!;
    const sp = sufPlace[i]!;
    out[k + 39] = mix3(48, so, 0, 0);
    out[k + 40] = mix3(49, sp, 0, 0);
    out[k + 41] = mix3(50, so & 15, sp & 15, wp);
  }
}
