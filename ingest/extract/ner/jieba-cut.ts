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
// is U+FFFD, as V8 encodes it for the native call). Works on char codes and typed arrays: no
// strings and no allocation per call once the buffers have grown. The scratch (runes, the DP, the
// HMM path) belongs to a JiebaCutter the caller creates and keeps; the words go into a JiebaWords
// the caller passes and owns, so two callers never see each other's results.
import { jiebaModel, type JiebaModel } from './jieba-dict.ts';
import * as dict from './jieba-dict.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const MIN_DOUBLE = dict.MIN_DOUBLE;
const NOT_WORD = dict.NOT_WORD;
const EMPTY = dict.EMPTY;
const childSlot = dict.childSlot;

/** cppjieba MAX_WORD_LENGTH: the DAG looks at dictionary words up to this many runes. */
const MAX_WORD_LENGTH = 512;

/** The words of one cut, in buffers the caller owns (a cut grows them when they are too short). */
export interface JiebaWords {
  /** ends[k] = UTF-16 end offset of word k (word k is text[ends[k - 1] ?? 0, ends[k])). */
  ends: Int32Array;
  count: number;
  /**
   * Every dictionary word of two or more runes the DAG met, [dictStarts[k], dictEnds[k]), each
   * start's words in order of length; in UTF-16 offsets when `dictAligned`, else (the text had
   * surrogate pairs) in runes, which are then no offsets into the text.
   */
  dictStarts: Int32Array;
  dictEnds: Int32Array;
  dictCount: number;
  dictAligned: boolean;
}

/** Empty JiebaWords with room for `capacity` words. */
export function jiebaWords(capacity = 256): JiebaWords {
  return {
    ends: new Int32Array(capacity),
    count: 0,
    dictStarts: new Int32Array(capacity),
    dictEnds: new Int32Array(capacity),
    dictCount: 0,
    dictAligned: true,
  };
}

/**
 * nodejieba.cut(text, true) over one dictionary. Holds its scratch buffers; not reentrant, so
 * each caller (a tagger, a tokenizer) keeps its own. The dictionary is shared and read-only.
 */
export class JiebaCutter {
  // The dictionary's arrays as fields of their own: the hot loops read them without a second load.
  /** Trie entries (see JiebaTrie): Int32 [4e] rune, [4e + 1] children; Float64 [2e + 1] weight. */
  private readonly entries: Int32Array;
  private readonly entryWeights: Float64Array;
  private readonly rootOther: number;
  /**
   * trie.minWeight, held in a typed array: read from a plain field, the double reached
   * maxProbRoute's loop as a tagged value and boxed every char's weight into a new HeapNumber
   * (10 MB per 300k chars, and a third of the route's time).
   */
  private readonly minWeight = new Float64Array(1);
  /** Where maxProbRoute's sweep of loads leaves their sum, so that they are not optimized away. */
  private readonly touched = new Int32Array(1);
  private readonly hasUserSingle: boolean;
  private readonly userSingleBmp: Uint8Array;
  private readonly userSingleOther: ReadonlySet<number>;
  private readonly emitBmp: Float64Array;
  private readonly emitOther: ReadonlyMap<number, Float64Array>;
  private readonly startB: number;
  private readonly startE: number;
  private readonly startM: number;
  private readonly startS: number;
  private readonly trans: Float64Array;

  // Scratch, grown on demand.
  private runes = new Int32Array(0);
  /** UTF-16 offset of each rune (runeStart[n] = text length); used only when the text has pairs. */
  private runeStart = new Int32Array(1);
  private dpWeight = new Float64Array(0);
  private dpLen = new Int32Array(0);
  private vitPath = new Int8Array(0);
  private vitStatus = new Uint8Array(0);
  private pairs = false;
  /** The JiebaWords of the cut under way. */
  private out: JiebaWords = jiebaWords(0);

  /** `model`: the dictionaries (default: nodejieba's, loaded once per process on first use). */
  constructor(model: JiebaModel = jiebaModel()) {
    const { trie, hmm } = model;
    this.entries = trie.entries;
    this.entryWeights = trie.entryWeights;
    this.rootOther = trie.rootOther;
    this.minWeight[0] = trie.minWeight;
    this.hasUserSingle = trie.hasUserSingle;
    this.userSingleBmp = trie.userSingleBmp;
    this.userSingleOther = trie.userSingleOther;
    this.emitBmp = hmm.emitBmp;
    this.emitOther = hmm.emitOther;
    this.startB = hmm.start[0]!;
    this.startE = hmm.start[1]!;
    this.startM = hmm.start[2]!;
    this.startS = hmm.start[3]!;
    this.trans = hmm.trans;
  }

  /**
   * The words of nodejieba.cut(text, true) as UTF-16 end offsets, written into `out` (reused by
   * the caller who passes one; a fresh one otherwise) and returned.
   */
  cut(text: string, out: JiebaWords = jiebaWords(text.length + 1)): JiebaWords {
    const len = text.length;
    if (len + 1 > this.runes.length) this.grow(len);
    if (out.ends.length < len + 1) out.ends = new Int32Array(Math.max(len + 1, 2 * out.ends.length));
    this.out = out;
    // Decode to runes (code points).
    const runes = this.runes;
    const runeStart = this.runeStart;
    let n = 0;
    let pairs = false;
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
    this.pairs = pairs;
    out.count = 0;
    out.dictCount = 0;
    out.dictAligned = !pairs;
    // PreFilter: separators are pieces of their own.
    let a = 0;
    for (let k = 0; k < n; k++) {
      const r = runes[k]!;
      if (r === 0x20 || r === 0x0a || r === 0x09 || r === 0xff0c || r === 0x3002) {
        if (k > a) this.mixCut(a, k);
        this.pushEnd(k + 1);
        a = k + 1;
      }
    }
    if (a < n) this.mixCut(a, n);
    return out;
  }

  /** The words of nodejieba.cut(text, true) as strings. */
  words(text: string): string[] {
    const { ends: e, count: c } = this.cut(text);
    const words = new Array<string>(c);
    let from = 0;
    for (let k = 0; k < c; k++) {
      words[k] = text.slice(from, e[k]);
      from = e[k]!;
    }
    return words;
  }

  private grow(n: number): void {
    const cap = Math.max(n + 1, 2 * this.runes.length, 256);
    this.runes = new Int32Array(cap);
    this.runeStart = new Int32Array(cap + 1);
    this.dpWeight = new Float64Array(cap);
    this.dpLen = new Int32Array(cap);
    this.vitPath = new Int8Array(4 * cap);
    this.vitStatus = new Uint8Array(cap);
  }

  private growDictWords(): void {
    const out = this.out;
    const cap = Math.max(256, 2 * out.dictStarts.length);
    const starts = new Int32Array(cap);
    const ends = new Int32Array(cap);
    starts.set(out.dictStarts);
    ends.set(out.dictEnds);
    out.dictStarts = starts;
    out.dictEnds = ends;
  }

  private pushEnd(rune: number): void {
    const out = this.out;
    out.ends[out.count++] = this.pairs ? this.runeStart[rune]! : rune;
  }

  /** The trie node in table t (jieba-dict.ts childTable, not 0) by rune r, -1 when none. */
  private child(t: number, r: number): number {
    const entries = this.entries;
    const bits = t & 31;
    const first = t >>> 5;
    const mask = (1 << bits) - 1;
    for (let s = childSlot(r, bits), k = 0; k <= mask; s = (s + 1) & mask, k++) {
      const rune = entries[(first + s) << 2]!;
      if (rune === r) return first + s;
      if (rune === EMPTY) return -1;
    }
    return -1;
  }

  private isUserSingle(r: number): boolean {
    return r < 0x10000 ? this.userSingleBmp[r] === 1 : this.userSingleOther.has(r);
  }

  /** MPSegment::CalcDP over runes [a, b): dpWeight[i] / dpLen[i] = best route weight / first word. */
  private maxProbRoute(a: number, b: number): void {
    const runes = this.runes;
    const entries = this.entries;
    const entryWeights = this.entryWeights;
    const dpWeight = this.dpWeight;
    const dpLen = this.dpLen;
    const minWeight = this.minWeight[0]!;
    const out = this.out;
    let dictStarts = out.dictStarts;
    let dictEnds = out.dictEnds;
    let dictCount = out.dictCount;
    // Touch, without a branch on what they read, the root entry of each rune and the first slot
    // its table of children offers the next rune: the walks below then find these lines cached.
    // Loaded in one sweep the cache misses overlap; met one walk at a time each waited for the
    // last (a branch on a missed value holds back every load after it).
    let touched = 0;
    // runes[i + 2] may be runes[b]: a rune of the next piece or stale, harmless for a touch.
    for (let i = a; i + 1 < b; i++) {
      const r = runes[i]!;
      const t = r < 0x10000 ? entries[(r << 2) + 1]! : 0;
      // The slot of the second rune, and from it (the node when it sits in its first slot) the third's.
      const e = ((t >>> 5) + childSlot(runes[i + 1]!, t & 31)) << 2;
      const t2 = entries[e + 1]!;
      touched ^= entries[e]! ^ entries[((t2 >>> 5) + childSlot(runes[i + 2]!, t2 & 31)) << 2]!;
    }
    this.touched[0] = touched;
    for (let i = b - 1; i >= a; i--) {
      const r = runes[i]!;
      // The root's children of BMP runes are entries [0, 0x10000), empty when no word starts so.
      let node = r < 0x10000 ? r : this.rootOther === 0 ? -1 : this.child(this.rootOther, r);
      // Candidate (i, i): the one-rune word, or a char that is no word (min weight).
      let w1 = node >= 0 ? entryWeights[(node << 1) + 1]! : NOT_WORD;
      if (w1 === NOT_WORD) w1 = minWeight;
      let best = MIN_DOUBLE;
      let bestLen = 1;
      let val = i + 1 < b ? dpWeight[i + 1]! + w1 : w1;
      if (val > best) best = val;
      if (node >= 0) {
        for (let j = i + 1; j < b && j - i + 1 <= MAX_WORD_LENGTH; j++) {
          const children = entries[(node << 2) + 1]!;
          if (children === 0) break;
          node = this.child(children, runes[j]!);
          if (node < 0) break;
          const w = entryWeights[(node << 1) + 1]!;
          if (w !== NOT_WORD) {
            if (dictCount === dictStarts.length) {
              this.growDictWords();
              dictStarts = out.dictStarts;
              dictEnds = out.dictEnds;
            }
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
    out.dictCount = dictCount;
  }

  /** HMMSegment::Viterbi + InternalCut over non-ASCII runes [a, b). */
  private viterbi(a: number, b: number): void {
    const X = b - a;
    const t = this.trans;
    const path = this.vitPath;
    const runes = this.runes;
    const emitBmp = this.emitBmp;
    const emitOther = this.emitOther;
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
    let wB = this.startB + eB;
    let wE = this.startE + eE;
    let wM = this.startM + eM;
    let wS = this.startS + eS;
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
      if (tmp > best) {
        best = tmp;
        from = 0;
      }
      tmp = wE + t[4]! + eB;
      if (tmp > best) {
        best = tmp;
        from = 1;
      }
      tmp = wM + t[8]! + eB;
      if (tmp > best) {
        best = tmp;
        from = 2;
      }
      tmp = wS + t[12]! + eB;
      if (tmp > best) {
        best = tmp;
        from = 3;
      }
      const nB = best;
      path[o] = from;

      best = MIN_DOUBLE;
      from = 1;
      tmp = wB + t[1]! + eE;
      if (tmp > best) {
        best = tmp;
        from = 0;
      }
      tmp = wE + t[5]! + eE;
      if (tmp > best) {
        best = tmp;
        from = 1;
      }
      tmp = wM + t[9]! + eE;
      if (tmp > best) {
        best = tmp;
        from = 2;
      }
      tmp = wS + t[13]! + eE;
      if (tmp > best) {
        best = tmp;
        from = 3;
      }
      const nE = best;
      path[o + 1] = from;

      best = MIN_DOUBLE;
      from = 1;
      tmp = wB + t[2]! + eM;
      if (tmp > best) {
        best = tmp;
        from = 0;
      }
      tmp = wE + t[6]! + eM;
      if (tmp > best) {
        best = tmp;
        from = 1;
      }
      tmp = wM + t[10]! + eM;
      if (tmp > best) {
        best = tmp;
        from = 2;
      }
      tmp = wS + t[14]! + eM;
      if (tmp > best) {
        best = tmp;
        from = 3;
      }
      const nM = best;
      path[o + 2] = from;

      best = MIN_DOUBLE;
      from = 1;
      tmp = wB + t[3]! + eS;
      if (tmp > best) {
        best = tmp;
        from = 0;
      }
      tmp = wE + t[7]! + eS;
      if (tmp > best) {
        best = tmp;
        from = 1;
      }
      tmp = wM + t[11]! + eS;
      if (tmp > best) {
        best = tmp;
        from = 2;
      }
      tmp = wS + t[15]! + eS;
      if (tmp > best) {
        best = tmp;
        from = 3;
      }
      path[o + 3] = from;
      wB = nB;
      wE = nE;
      wM = nM;
      wS = best;
    }
    let stat = wE >= wS ? 1 : 3;
    const status = this.vitStatus;
    for (let x = X - 1; x >= 0; x--) {
      status[x] = stat;
      if (x > 0) stat = path[x * 4 + stat]!;
    }
    // A word ends at each E (1) or S (3).
    for (let x = 0; x < X; x++) if ((status[x]! & 1) !== 0) this.pushEnd(a + x + 1);
  }

  /** HMMSegment::Cut over runes [a, b): ASCII rules, Viterbi between them. */
  private hmmCut(a: number, b: number): void {
    const runes = this.runes;
    let left = a;
    let right = a;
    while (right < b) {
      const r = runes[right]!;
      if (r >= 0x80) {
        right++;
        continue;
      }
      if (left !== right) this.viterbi(left, right);
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
      this.pushEnd(right);
      left = right;
    }
    if (left !== right) this.viterbi(left, right);
  }

  /** MixSegment::Cut over one PreFilter piece, runes [a, b). */
  private mixCut(a: number, b: number): void {
    if (b - a === 1) {
      // One rune is one word whatever the route (MP gives it alone; the HMM keeps it alone).
      this.pushEnd(b);
      return;
    }
    this.maxProbRoute(a, b);
    const runes = this.runes;
    const dpLen = this.dpLen;
    const hasUserSingle = this.hasUserSingle;
    let i = a;
    while (i < b) {
      const len = dpLen[i]!;
      if (len > 1 || (hasUserSingle && this.isUserSingle(runes[i]!))) {
        this.pushEnd(i + len);
        i += len;
        continue;
      }
      let j = i + 1;
      while (j < b && dpLen[j] === 1 && !(hasUserSingle && this.isUserSingle(runes[j]!))) j++;
      this.hmmCut(i, j);
      i = j;
    }
  }
}
