// Pure TypeScript nodejieba.cut(text, true): cppjieba's MixSegment, replicated step by step from
// node_modules/nodejieba/submodules/cppjieba/include/cppjieba/*.hpp, with the same dictionaries
// (jieba-dict.ts) and the same double arithmetic, so the words are the same:
//
// - PreFilter (SegmentBase SPECIAL_SEPARATORS): each of space, \t, \n, "，", "。" is a piece of its
//   own; the text between them is a piece.
// - MPSegment on each piece: the DAG of dictionary words starting at each rune, then the max-weight
//   route right to left (weight of a word: its dictionary weight, of a char that is no word: the
//   minimum weight; strict `>` with candidates in order of length, so the shorter wins a tie).
// - MixSegment: words of two or more runes and user-dictionary single words stay; each run of other
//   single runes goes to HMMSegment: an ASCII rune is a word of its own, extended by
//   SequentialLetterRule (a letter, then letters and digits) or NumbersRule (a digit, then digits and
//   '.'); each stretch of non-ASCII runes between them is cut by the B/E/M/S Viterbi (strict `>`,
//   ties to the earlier state, E at the end when endE >= endS; a word ends at each E or S).
//
// Runes are code points, as cppjieba decodes UTF-8 (a surrogate pair is one rune; a lone surrogate
// is U+FFFD, as V8 encodes it for the native call). Works on char codes and reused typed arrays:
// no strings and no allocation per call once the buffers have grown.
import * as dict from './jieba-dict.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const edgeHash = dict.edgeHash;
const FILTER_SHIFT = 32 - dict.FILTER_BITS;
const MIN_DOUBLE = dict.MIN_DOUBLE;
const NOT_WORD = dict.NOT_WORD;
const HAS_CHILD = dict.HAS_CHILD;
const RUNE_MASK = dict.RUNE_MASK;

/** cppjieba MAX_WORD_LENGTH: the DAG looks at dictionary words up to this many runes. */
const MAX_WORD_LENGTH = 512;

// The model's arrays in module-local bindings (hot loops read them without property loads).
let loaded = false;
/** Trie slots (see jieba-dict.ts): Int32 [4s] parent + 1, [4s + 1] rune | HAS_CHILD; Float64 [2s + 1] weight. */
let slots: Int32Array = new Int32Array(0);
let slotWeights: Float64Array = new Float64Array(0);
let rootChild: Int32Array = new Int32Array(0);
let edgeFilter: Int32Array = new Int32Array(0);
let mask = 0;
let root = 0;
let minWeight = 0;
let hasUserSingle = false;
let userSingleBmp: Uint8Array = new Uint8Array(0);
let userSingleOther = new Set<number>();
let emitBmp: Float64Array = new Float64Array(0);
let emitOther = new Map<number, Float64Array>();
let startB = 0;
let startE = 0;
let startM = 0;
let startS = 0;
let trans: Float64Array = new Float64Array(16);

function bind(model: dict.JiebaModel): void {
  const { trie, hmm } = model;
  slots = trie.slots;
  slotWeights = trie.slotWeights;
  rootChild = trie.rootChild;
  edgeFilter = trie.edgeFilter;
  mask = trie.mask;
  root = trie.root;
  minWeight = trie.minWeight;
  hasUserSingle = trie.hasUserSingle;
  userSingleBmp = trie.userSingleBmp;
  userSingleOther = trie.userSingleOther;
  emitBmp = hmm.emitBmp;
  emitOther = hmm.emitOther;
  startB = hmm.start[0]!;
  startE = hmm.start[1]!;
  startM = hmm.start[2]!;
  startS = hmm.start[3]!;
  trans = hmm.trans;
  loaded = true;
}

/** Loads the dictionaries now (otherwise the first cut does); returns the load time in ms. */
export function loadJiebaCut(): number {
  const model = dict.jiebaModel();
  if (!loaded) bind(model);
  return model.loadMs;
}

// Reused buffers, grown on demand.
let runes: Int32Array = new Int32Array(256);
/** UTF-16 offset of each rune (runeStart[n] = text length); used only when the text has pairs. */
let runeStart: Int32Array = new Int32Array(257);
let dpWeight: Float64Array = new Float64Array(256);
let dpLen: Int32Array = new Int32Array(256);
let vitPath: Int8Array = new Int8Array(1024);
let vitStatus: Uint8Array = new Uint8Array(256);
let ends: Int32Array = new Int32Array(256);
let count = 0;
let pairs = false;
/** Dictionary words of two or more runes the DAG met in the last call: [dictStarts[k], dictEnds[k]). */
let dictStarts: Int32Array = new Int32Array(256);
let dictEnds: Int32Array = new Int32Array(256);
let dictCount = 0;

export interface JiebaCut {
  /** ends[k] = UTF-16 end offset of word k (word k is text[ends[k - 1] ?? 0, ends[k])). */
  ends: Int32Array;
  count: number;
}
const result: JiebaCut = { ends, count: 0 };

function grow(n: number): void {
  const cap = Math.max(n + 1, 2 * runes.length);
  runes = new Int32Array(cap);
  runeStart = new Int32Array(cap + 1);
  dpWeight = new Float64Array(cap);
  dpLen = new Int32Array(cap);
  vitPath = new Int8Array(4 * cap);
  vitStatus = new Uint8Array(cap);
  ends = new Int32Array(cap);
}

function growDictWords(): void {
  const starts = new Int32Array(2 * dictStarts.length);
  const endsOf = new Int32Array(2 * dictEnds.length);
  starts.set(dictStarts);
  endsOf.set(dictEnds);
  dictStarts = starts;
  dictEnds = endsOf;
}

function pushEnd(rune: number): void {
  ends[count++] = pairs ? runeStart[rune]! : rune;
}

/** The trie child of node by rune r, -1 when none. */
function child(node: number, r: number): number {
  const h = edgeHash(node, r);
  const bit = h >>> FILTER_SHIFT;
  if ((edgeFilter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
  const key = node + 1;
  let s = h & mask;
  for (;;) {
    const p = slots[s << 2]!;
    if (p === key && (slots[(s << 2) + 1]! & RUNE_MASK) === r) return s;
    if (p === 0) return -1;
    s = (s + 1) & mask;
  }
}

function isUserSingle(r: number): boolean {
  return r < 0x10000 ? userSingleBmp[r] === 1 : userSingleOther.has(r);
}

/** MPSegment::CalcDP over runes [a, b): dpWeight[i] / dpLen[i] = best route weight / first word. */
function maxProbRoute(a: number, b: number): void {
  for (let i = b - 1; i >= a; i--) {
    const r = runes[i]!;
    let node = r < 0x10000 ? rootChild[r]! : child(root, r);
    // Candidate (i, i): the one-rune word, or a char that is no word (min weight).
    let w1 = node >= 0 ? slotWeights[(node << 1) + 1]! : NOT_WORD;
    if (w1 === NOT_WORD) w1 = minWeight;
    let best = MIN_DOUBLE;
    let bestLen = 1;
    let val = i + 1 < b ? dpWeight[i + 1]! + w1 : w1;
    if (val > best) best = val;
    if (node >= 0) {
      for (let j = i + 1; j < b && j - i + 1 <= MAX_WORD_LENGTH; j++) {
        if ((slots[(node << 2) + 1]! & HAS_CHILD) === 0) break;
        node = child(node, runes[j]!);
        if (node < 0) break;
        const w = slotWeights[(node << 1) + 1]!;
        if (w !== NOT_WORD) {
          if (dictCount === dictStarts.length) growDictWords();
          dictStarts[dictCount] = i;
          dictEnds[dictCount++] = j + 1;
          val = j + 1 < b ? dpWeight[j + 1]! + w : w;
          if (val > best) {
            best = val;
            bestLen = j - i + 1;
          }
        }
      }
    }
    dpWeight[i] = best;
    dpLen[i] = bestLen;
  }
}

/** HMMSegment::Viterbi + InternalCut over non-ASCII runes [a, b). */
function viterbi(a: number, b: number): void {
  const X = b - a;
  const t = trans;
  const path = vitPath;
  let r = runes[a]!;
  let eB: number, eE: number, eM: number, eS: number;
  if (r < 0x10000) {
    const k = r * 4;
    eB = emitBmp[k]!;
    eE = emitBmp[k + 1]!;
    eM = emitBmp[k + 2]!;
    eS = emitBmp[k + 3]!;
  } else {
    const e = emitOther.get(r);
    eB = e ? e[0]! : MIN_DOUBLE;
    eE = e ? e[1]! : MIN_DOUBLE;
    eM = e ? e[2]! : MIN_DOUBLE;
    eS = e ? e[3]! : MIN_DOUBLE;
  }
  let wB = startB + eB;
  let wE = startE + eE;
  let wM = startM + eM;
  let wS = startS + eS;
  for (let x = 1; x < X; x++) {
    r = runes[a + x]!;
    if (r < 0x10000) {
      const k = r * 4;
      eB = emitBmp[k]!;
      eE = emitBmp[k + 1]!;
      eM = emitBmp[k + 2]!;
      eS = emitBmp[k + 3]!;
    } else {
      const e = emitOther.get(r);
      eB = e ? e[0]! : MIN_DOUBLE;
      eE = e ? e[1]! : MIN_DOUBLE;
      eM = e ? e[2]! : MIN_DOUBLE;
      eS = e ? e[3]! : MIN_DOUBLE;
    }
    const o = x * 4;
    // Each state: tmp = weight[prev] + trans[prev][y] + emit, in cppjieba's order and rounding.
    let best = MIN_DOUBLE;
    let from = 1;
    let tmp = wB + t[0]! + eB;
    if (tmp > best) { best = tmp; from = 0; }
    tmp = wE + t[4]! + eB;
    if (tmp > best) { best = tmp; from = 1; }
    tmp = wM + t[8]! + eB;
    if (tmp > best) { best = tmp; from = 2; }
    tmp = wS + t[12]! + eB;
    if (tmp > best) { best = tmp; from = 3; }
    const nB = best;
    path[o] = from;

    best = MIN_DOUBLE;
    from = 1;
    tmp = wB + t[1]! + eE;
    if (tmp > best) { best = tmp; from = 0; }
    tmp = wE + t[5]! + eE;
    if (tmp > best) { best = tmp; from = 1; }
    tmp = wM + t[9]! + eE;
    if (tmp > best) { best = tmp; from = 2; }
    tmp = wS + t[13]! + eE;
    if (tmp > best) { best = tmp; from = 3; }
    const nE = best;
    path[o + 1] = from;

    best = MIN_DOUBLE;
    from = 1;
    tmp = wB + t[2]! + eM;
    if (tmp > best) { best = tmp; from = 0; }
    tmp = wE + t[6]! + eM;
    if (tmp > best) { best = tmp; from = 1; }
    tmp = wM + t[10]! + eM;
    if (tmp > best) { best = tmp; from = 2; }
    tmp = wS + t[14]! + eM;
    if (tmp > best) { best = tmp; from = 3; }
    const nM = best;
    path[o + 2] = from;

    best = MIN_DOUBLE;
    from = 1;
    tmp = wB + t[3]! + eS;
    if (tmp > best) { best = tmp; from = 0; }
    tmp = wE + t[7]! + eS;
    if (tmp > best) { best = tmp; from = 1; }
    tmp = wM + t[11]! + eS;
    if (tmp > best) { best = tmp; from = 2; }
    tmp = wS + t[15]! + eS;
    if (tmp > best) { best = tmp; from = 3; }
    path[o + 3] = from;
    wB = nB;
    wE = nE;
    wM = nM;
    wS = best;
  }
  let stat = wE >= wS ? 1 : 3;
  const status = vitStatus;
  for (let x = X - 1; x >= 0; x--) {
    status[x] = stat;
    if (x > 0) stat = path[x * 4 + stat]!;
  }
  // A word ends at each E (1) or S (3).
  for (let x = 0; x < X; x++) if ((status[x]! & 1) !== 0) pushEnd(a + x + 1);
}

/** HMMSegment::Cut over runes [a, b): ASCII rules, Viterbi between them. */
function hmmCut(a: number, b: number): void {
  let left = a;
  let right = a;
  while (right < b) {
    const r = runes[right]!;
    if (r >= 0x80) {
      right++;
      continue;
    }
    if (left !== right) viterbi(left, right);
    left = right;
    right = left + 1;
    const lower = r | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      // SequentialLetterRule: a letter, then letters and digits.
      while (right < b) {
        const x = runes[right]!;
        const xl = x | 0x20;
        if ((xl >= 0x61 && xl <= 0x7a) || (x >= 0x30 && x <= 0x39)) right++;
        else break;
      }
    } else if (r >= 0x30 && r <= 0x39) {
      // NumbersRule: a digit, then digits and '.'.
      while (right < b) {
        const x = runes[right]!;
        if ((x >= 0x30 && x <= 0x39) || x === 0x2e) right++;
        else break;
      }
    }
    pushEnd(right);
    left = right;
  }
  if (left !== right) viterbi(left, right);
}

/** MixSegment::Cut over one PreFilter piece, runes [a, b). */
function mixCut(a: number, b: number): void {
  if (b - a === 1) {
    // One rune is one word whatever the route (MP gives it alone; the HMM keeps it alone).
    pushEnd(b);
    return;
  }
  maxProbRoute(a, b);
  let i = a;
  while (i < b) {
    const len = dpLen[i]!;
    if (len > 1 || (hasUserSingle && isUserSingle(runes[i]!))) {
      pushEnd(i + len);
      i += len;
      continue;
    }
    let j = i + 1;
    while (j < b && dpLen[j] === 1 && !(hasUserSingle && isUserSingle(runes[j]!))) j++;
    hmmCut(i, j);
    i = j;
  }
}

/**
 * The words of nodejieba.cut(text, true) as UTF-16 end offsets: result.ends[0 .. count). The
 * result and its array are reused: valid until the next call.
 */
export function jiebaCut(text: string): JiebaCut {
  if (!loaded) bind(dict.jiebaModel());
  const len = text.length;
  if (len + 1 > runes.length) grow(len);
  // Decode to runes (code points).
  let n = 0;
  pairs = false;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    runeStart[n] = i;
    if ((c & 0xf800) === 0xd800) {
      if (c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
        i++;
        pairs = true;
      } else c = 0xfffd;
    }
    runes[n++] = c;
  }
  runeStart[n] = len;
  count = 0;
  dictCount = 0;
  // PreFilter: separators are pieces of their own.
  let a = 0;
  for (let k = 0; k < n; k++) {
    const r = runes[k]!;
    if (r === 0x20 || r === 0x0a || r === 0x09 || r === 0xff0c || r === 0x3002) {
      if (k > a) mixCut(a, k);
      pushEnd(k + 1);
      a = k + 1;
    }
  }
  if (a < n) mixCut(a, n);
  result.ends = ends;
  result.count = count;
  return result;
}

/** Every dictionary word of two or more chars in the last jiebaCut's text, [starts[k], ends[k]). */
export interface DictionaryWords {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * The dictionary words the last jiebaCut met while building its DAG (each start's words in order
 * of length), as UTF-16 offsets; undefined when that text had surrogate pairs (runes and code
 * units then differ). Valid until the next call.
 */
export function lastDictionaryWords(): DictionaryWords | undefined {
  return pairs ? undefined : { starts: dictStarts, ends: dictEnds, count: dictCount };
}

/** The words of nodejieba.cut(text, true) as strings. */
export function jiebaCutWords(text: string): string[] {
  const { ends: e, count: c } = jiebaCut(text);
  const words = new Array<string>(c);
  let from = 0;
  for (let k = 0; k < c; k++) {
    words[k] = text.slice(from, e[k]);
    from = e[k]!;
  }
  return words;
}
