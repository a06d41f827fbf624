// jieba's dictionary and HMM model as nodejieba loads them by default (cppjieba DictTrie and
// HMMModel: node_modules/nodejieba/submodules/cppjieba/include/cppjieba/{DictTrie,HMMModel}.hpp),
// in typed arrays for the pure TypeScript segmenter (jieba-cut.ts).
//
// Dictionary (DictTrie::Init): main dictionary lines `word freq tag` (exactly three fields of
// limonp::Split at " ", freq by atof); weight = log(freq / sum), sum = the freqs added in file
// order, log rounded as glibc's (jieba-log.ts); min weight and median weight (sorted[n / 2]) over
// the main dictionary; then the user dictionary: `word` or `word tag` get the median weight
// (nodejieba constructs DictTrie with the default WordWeightMedian), `word freq tag` gets
// log(atoi(freq) / sum); a user word of one rune is a "user-dictionary single word" (MixSegment
// keeps it out of the HMM). A word inserted again replaces the earlier one's weight (trie insertion
// order: main dictionary, then user dictionary). Files are parsed as bytes and decoded as
// cppjieba's DecodeUTF8ToRune does; a word that does not decode is left out of the trie.
//
// Trie: built in an open-addressing table keyed by (parent node, rune), then laid out for the
// segmenter's walks (layOutTrie): each node's children in a small hash table of their own, so one
// step of a walk reads one cache line. Runes are Unicode code points (cppjieba decodes UTF-8 into
// runes; a surrogate pair is one rune).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { logCorrectlyRounded } from './jieba-log.ts';
import { defaultJiebaDictPath } from './pos-dict.ts';

/** cppjieba MIN_DOUBLE: the score of the impossible (missing emission, forbidden transition). */
export const MIN_DOUBLE = -3.14e100;

// The builder's table: a slot is 16 bytes: Int32 [4s] = parent node id + 1 (0: empty slot),
// Int32 [4s + 1] = the rune on the edge from the parent | HAS_CHILD, Float64 [2s + 1] = the word's
// weight, NOT_WORD when the node ends no word.
/** Set in the rune field when the node has children. */
const HAS_CHILD = 1 << 24;
const RUNE_MASK = HAS_CHILD - 1;
/** Weight of a node that ends no word (a log is never +Infinity). */
export const NOT_WORD = Infinity;
/** Rune field of an empty entry. */
export const EMPTY = -1;

/**
 * jieba's dictionary as a trie laid out for walking. In the pipeline the segmenter runs after
 * passes that evict it, so every line a walk reads is a cache miss: a node is an entry in its
 * parent's table of children and holds its word's weight and where its own children are, so a
 * step is one probe into a table of a line or two (a table keyed by (parent, rune) took two or
 * three: the root's index, the node, an edge filter, the child).
 */
export interface JiebaTrie {
  /**
   * 16-byte entries: Int32 [4e] = the entry's rune (EMPTY: no node), Int32 [4e + 1] = the node's
   * children (childTable), Float64 [2e + 1] = its word's weight (NOT_WORD: it ends no word). A
   * node's id is its entry. Entries [0, 0x10000) are the root's children of BMP runes, by rune.
   */
  entries: Int32Array;
  entryWeights: Float64Array;
  /** The root's children beyond the BMP (childTable; 0 when none). */
  rootOther: number;
  /** Weight of a char that is no word (the main dictionary's minimum weight). */
  minWeight: number;
  /** User-dictionary words of one rune (BMP runes: 1 in userSingleBmp; others in userSingleOther). */
  userSingleBmp: Uint8Array;
  userSingleOther: Set<number>;
  hasUserSingle: boolean;
  /** Tag of each node's word as an index into tagNames (0: none, as a user word without a tag). */
  nodeTag: Uint8Array;
  /** Tag strings by index; tagNames[0] is ''. */
  tagNames: string[];
  /** Lines of the main dictionary + user words in the trie. */
  words: number;
  /** Nodes, the root included. */
  nodeCount: number;
}

/**
 * A node's children: a hash table of 2^bits entries from entry `first`, packed as first << 5 | bits
 * (0: no children; entry 0 is never a table's first). Linear probing from childSlot(rune, bits).
 */
export function childSlot(rune: number, bits: number): number {
  const h = Math.imul(rune, 0x9e3779b1);
  return (h ^ (h >>> 16)) & ((1 << bits) - 1);
}

export interface JiebaHmm {
  /** start[state], states B=0 E=1 M=2 S=3. */
  start: Float64Array;
  /** trans[from * 4 + to]. */
  trans: Float64Array;
  /** emitBmp[rune * 4 + state] for BMP runes, MIN_DOUBLE when absent. */
  emitBmp: Float64Array;
  /** Emissions of runes beyond the BMP: rune → [B, E, M, S]. */
  emitOther: Map<number, Float64Array>;
}

export interface JiebaModel {
  trie: JiebaTrie;
  hmm: JiebaHmm;
  loadMs: number;
}

export function defaultJiebaPaths(): { dict: string; hmm: string; user: string } {
  const dir = dirname(defaultJiebaDictPath());
  return { dict: resolve(dir, 'jieba.dict.utf8'), hmm: resolve(dir, 'hmm_model.utf8'), user: resolve(dir, 'user.dict.utf8') };
}

/** Hash of edge (node, rune) in the builder's table. */
function edgeHash(node: number, rune: number): number {
  const h = Math.imul(node ^ Math.imul(rune, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/**
 * cppjieba DecodeUTF8ToRune on buf[i, end): the rune << 3 | its byte length (1–4), or 0 when
 * nothing decodes there. Packed into one number so the loader keeps no state between calls.
 */
function decodeRune(buf: Uint8Array, i: number, end: number): number {
  const b0 = buf[i]!;
  const left = end - i;
  if (b0 < 0x80) return (b0 << 3) | 1;
  if (b0 <= 0xdf && left > 1) return ((((b0 & 0x1f) << 6) | (buf[i + 1]! & 0x3f)) << 3) | 2;
  if (b0 <= 0xef && left > 2) return ((((b0 & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f)) << 3) | 3;
  if (b0 <= 0xf7 && left > 3) {
    return ((((b0 & 0x07) << 18) | ((buf[i + 1]! & 0x3f) << 12) | ((buf[i + 2]! & 0x3f) << 6) | (buf[i + 3]! & 0x3f)) << 3) | 4;
  }
  return 0;
}

/**
 * limonp::Split(src, res, pattern) for a one-byte pattern over buf[from, to): the fields between
 * separators, an empty field at the end dropped ("a b " → a, b; "a  b" → a, "", b). Fills
 * bounds[] with each field's [start, end) and returns the field count.
 */
function cppSplit(buf: Uint8Array, from: number, to: number, sep: number, bounds: number[]): number {
  let n = 0;
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to && buf[end] !== sep) end++;
    bounds[2 * n] = start;
    bounds[2 * n + 1] = end;
    n++;
    start = end + 1;
  }
  return n;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

function ascii(buf: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...buf.subarray(from, to));
}

/**
 * C atof on buf[from, to) (a whole field): plain decimals of up to 15 digits directly (an integer
 * below 2^53 divided by an exact power of ten: one correctly rounded division, as strtod's result),
 * anything else through parseFloat; 0 when not a number.
 */
function atof(buf: Uint8Array, from: number, to: number): number {
  let i = from;
  const neg = buf[i] === 0x2d;
  if (neg || buf[i] === 0x2b) i++;
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; i < to; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) frac = 0;
    else break;
  }
  if (i === to && digits > 0 && digits <= 15) {
    const v = frac > 0 ? m / POW10[frac]! : m;
    return neg ? -v : v;
  }
  const v = parseFloat(ascii(buf, from, to));
  return Number.isNaN(v) ? 0 : v;
}

/** C atoi: optional whitespace and sign, then digits; 0 when none. */
function atoi(buf: Uint8Array, from: number, to: number): number {
  const v = parseInt(ascii(buf, from, to), 10);
  return Number.isNaN(v) ? 0 : v | 0;
}

class TrieBuilder {
  readonly mask: number;
  readonly root: number;
  readonly slots: Int32Array;
  readonly slotWeights: Float64Array;
  readonly rootChild = new Int32Array(0x10000).fill(-1);
  readonly nodeTag: Uint8Array;
  readonly tagNames: string[] = [''];
  private readonly tagIds = new Map<string, number>([['', 0]]);
  private readonly packedIds = new Map<number, number>();
  nodes = 0;
  /** Runes of the word insert() read last. */
  runeCount = 0;
  private runes = new Int32Array(64);
  private runeEnds = new Int32Array(64);
  /** The previous word and its node after each of its bytes: the dictionary is sorted, so a
   * word mostly shares a prefix with the one before and skips those lookups. */
  private prevBuf: Uint8Array | undefined;
  private prevFrom = 0;
  private prevTo = 0;
  private prevNodes = new Int32Array(64);

  constructor(capacity: number) {
    this.mask = capacity - 1;
    this.root = capacity;
    const buffer = new ArrayBuffer(capacity * 16);
    this.slots = new Int32Array(buffer);
    this.slotWeights = new Float64Array(buffer);
    this.nodeTag = new Uint8Array(capacity);
  }

  /** Sets node's tag to the ASCII bytes buf[from, to) (the DictUnit's tag; the last insert wins). */
  setTag(node: number, buf: Uint8Array, from: number, to: number): void {
    // jieba's tags are 1-4 bytes: look them up by the bytes packed into a number, no string per line.
    let packed = -1;
    if (to - from <= 4) {
      packed = 0;
      for (let i = from; i < to; i++) packed = packed * 256 + buf[i]!;
    }
    let id = packed >= 0 ? this.packedIds.get(packed) : undefined;
    if (id !== undefined) {
      this.nodeTag[node] = id;
      return;
    }
    const name = ascii(buf, from, to);
    id = this.tagIds.get(name);
    if (packed >= 0 && id !== undefined) this.packedIds.set(packed, id);
    if (id === undefined) {
      id = this.tagNames.length;
      if (id > 0xff) throw new Error('jieba dictionary: more than 255 distinct tags');
      this.tagNames.push(name);
      this.tagIds.set(name, id);
      if (packed >= 0) this.packedIds.set(packed, id);
    }
    this.nodeTag[node] = id;
  }

  /** The child of node by rune, created when missing. */
  child(node: number, r: number): number {
    if (node === this.root && r < 0x10000) {
      const c = this.rootChild[r]!;
      if (c >= 0) return c;
    }
    const { slots, mask } = this;
    const h = edgeHash(node, r);
    let s = h & mask;
    for (;;) {
      const p = slots[4 * s]!;
      if (p === 0) break;
      if (p === node + 1 && (slots[4 * s + 1]! & RUNE_MASK) === r) return s;
      s = (s + 1) & mask;
    }
    if (++this.nodes > (mask + 1) * 0.75) throw new Error('jieba trie: table too small');
    slots[4 * s] = node + 1;
    slots[4 * s + 1] = r;
    this.slotWeights[2 * s + 1] = NOT_WORD;
    if (node === this.root) {
      if (r < 0x10000) this.rootChild[r] = s;
    } else slots[4 * node + 1]! |= HAS_CHILD;
    return s;
  }

  /**
   * Inserts the UTF-8 word buf[from, to); returns its node, or -1 when it is empty or does not
   * decode (cppjieba's MakeNodeInfo fails and the trie ignores the empty word). runeCount is set.
   */
  insert(buf: Uint8Array, from: number, to: number): number {
    const len = to - from;
    this.runeCount = 0;
    if (len === 0) return -1;
    if (this.runes.length < len) {
      this.runes = new Int32Array(2 * len);
      this.runeEnds = new Int32Array(2 * len);
      this.prevNodes = new Int32Array(2 * len + 1);
      this.prevBuf = undefined;
    }
    const { runes, runeEnds } = this;
    let count = 0;
    for (let i = from; i < to;) {
      const packed = decodeRune(buf, i, to);
      const runeLen = packed & 7;
      if (runeLen === 0) return -1;
      runes[count] = packed >>> 3;
      i += runeLen;
      runeEnds[count++] = i - from;
    }
    this.runeCount = count;
    // Common prefix with the previous word in bytes, backed off to a rune boundary.
    const path = this.prevNodes;
    let common = 0;
    const prev = this.prevBuf;
    if (prev !== undefined) {
      const max = Math.min(len, this.prevTo - this.prevFrom);
      const pf = this.prevFrom;
      while (common < max && buf[from + common] === prev[pf + common]) common++;
    }
    path[0] = this.root;
    let node = this.root;
    let k = 0;
    // Runes fully inside the common prefix: their nodes are the previous word's.
    while (k < count && runeEnds[k]! <= common) node = path[runeEnds[k++]!]!;
    for (; k < count; k++) {
      node = this.child(node, runes[k]!);
      path[runeEnds[k]!] = node;
    }
    this.prevBuf = buf;
    this.prevFrom = from;
    this.prevTo = to;
    return node;
  }
}

export function loadJiebaTrie(dictPath: string, userDictPaths: string): JiebaTrie {
  const buf = readFileSync(dictPath);
  const size = buf.length;
  let lines = 1;
  for (let i = buf.indexOf(NEWLINE); i >= 0; i = buf.indexOf(NEWLINE, i + 1)) lines++;
  // About 1.43 trie nodes per word in jieba.dict.utf8: keep the table under half full.
  let capacity = 1 << 16;
  while (capacity < lines * 3) capacity <<= 1;
  const b = new TrieBuilder(capacity);
  const freqs = new Float64Array(lines);
  const nodeOf = new Int32Array(lines);
  const f: number[] = [];
  let n = 0;
  // std::getline: lines end at '\n'; a last line without one counts, an empty last one does not.
  for (let pos = 0; pos < size;) {
    let eol = buf.indexOf(NEWLINE, pos);
    if (eol < 0) eol = size;
    if (cppSplit(buf, pos, eol, SPACE, f) !== 3) {
      // DictTrie::LoadDict's XCHECK: cppjieba aborts on such a line.
      throw new Error(`jieba dictionary ${dictPath}: line is not "word freq tag": ${buf.toString('utf8', pos, eol)}`);
    }
    freqs[n] = atof(buf, f[2]!, f[3]!);
    const node = b.insert(buf, f[0]!, f[1]!);
    if (node >= 0) b.setTag(node, buf, f[4]!, f[5]!);
    nodeOf[n++] = node;
    pos = eol + 1;
  }
  if (n === 0) throw new Error(`jieba dictionary ${dictPath} is empty`);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += freqs[i]!;
  // log(freq / sum) once per distinct frequency (5087 of them): small integers in arrays.
  const SMALL = 1 << 16;
  const smallWeight = new Float64Array(SMALL);
  const smallCount = new Int32Array(SMALL);
  const otherWeight = new Map<number, number>();
  const otherCount = new Map<number, number>();
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const fr = freqs[i]!;
    if (fr >= 0 && fr < SMALL && fr === Math.floor(fr)) {
      if (smallCount[fr]++ === 0) smallWeight[fr] = logCorrectlyRounded(fr / sum);
      weights[i] = smallWeight[fr]!;
    } else {
      let w = otherWeight.get(fr);
      if (w === undefined) otherWeight.set(fr, (w = logCorrectlyRounded(fr / sum)));
      otherCount.set(fr, (otherCount.get(fr) ?? 0) + 1);
      weights[i] = w;
    }
  }
  // Min and median (sorted[n / 2]) of the weights: log is monotonic, so walk the distinct
  // frequencies in order instead of sorting 349k weights.
  const distinct: Array<[freq: number, weight: number, count: number]> = [];
  for (let fr = 0; fr < SMALL; fr++) if (smallCount[fr]! > 0) distinct.push([fr, smallWeight[fr]!, smallCount[fr]!]);
  for (const [fr, w] of otherWeight) distinct.push([fr, w, otherCount.get(fr)!]);
  distinct.sort((x, y) => x[0] - y[0]);
  const minWeight = distinct[0]![1];
  let median = minWeight;
  for (let k = 0, seen = 0; k < distinct.length; k++) {
    seen += distinct[k]![2];
    if (seen > n >> 1) {
      median = distinct[k]![1];
      break;
    }
  }
  // The word of each node: the last inserted wins (Trie::InsertNode overwrites ptValue).
  for (let i = 0; i < n; i++) if (nodeOf[i]! >= 0) b.slotWeights[2 * nodeOf[i]! + 1] = weights[i]!;

  let userWords = 0;
  const userSingleBmp = new Uint8Array(0x10000);
  const userSingleOther = new Set<number>();
  let hasUserSingle = false;
  // DictTrie::LoadUserDict: paths separated by '|' or ';'; every non-empty line.
  for (const path of userDictPaths.split(/[|;]/)) {
    if (path === '') continue;
    const ubuf = readFileSync(path);
    for (let pos = 0; pos < ubuf.length;) {
      let eol = ubuf.indexOf(NEWLINE, pos);
      if (eol < 0) eol = ubuf.length;
      const fields = eol > pos ? cppSplit(ubuf, pos, eol, SPACE, f) : 0;
      pos = eol + 1;
      let weight: number;
      if (fields === 1 || fields === 2) weight = median;
      else if (fields === 3) weight = logCorrectlyRounded(atoi(ubuf, f[2]!, f[3]!) / sum);
      else continue; // an empty line, or cppjieba keeps an empty DictUnit, which the trie ignores
      const node = b.insert(ubuf, f[0]!, f[1]!);
      if (node < 0) continue;
      userWords++;
      b.slotWeights[2 * node + 1] = weight;
      // `word` alone replaces the DictUnit with one without a tag; `word tag` / `word freq tag` set it.
      if (fields === 1) b.nodeTag[node] = 0;
      else b.setTag(node, ubuf, f[2 * fields - 2]!, f[2 * fields - 1]!);
      if (b.runeCount === 1) {
        const r = b.slots[4 * node + 1]! & RUNE_MASK;
        if (r < 0x10000) userSingleBmp[r] = 1;
        else userSingleOther.add(r);
        hasUserSingle = true;
      }
    }
  }
  return { ...layOutTrie(b), minWeight, userSingleBmp, userSingleOther, hasUserSingle, tagNames: b.tagNames, words: n + userWords };
}

/**
 * Entries of a node's table of `fanout` children: up to 4 fill a table of one cache line; more, a
 * table at most half full, so that a probe for a missing rune stops soon.
 */
function tableBits(fanout: number): number {
  const size = fanout <= 4 ? fanout : 2 * fanout;
  return 32 - Math.clz32(size - 1);
}

/**
 * The builder's table laid out as JiebaTrie: the tables of children allocated (those of the first
 * runes' nodes first, the ones walked most, side by side), then each node written into its
 * parent's table. Three passes over the builder's slots: the layout adds little to the load.
 */
function layOutTrie(b: TrieBuilder): Pick<JiebaTrie, 'entries' | 'entryWeights' | 'rootOther' | 'nodeTag' | 'nodeCount'> {
  const { slots, slotWeights } = b;
  const capacity = b.mask + 1;
  // Builder node ids are slots, the root's is capacity; its children of BMP runes need no table.
  const fanout = new Int32Array(capacity + 1);
  for (let s = 0; s < capacity; s++) {
    const p = slots[4 * s]!;
    if (p !== 0 && (p <= capacity || (slots[4 * s + 1]! & RUNE_MASK) >= 0x10000)) fanout[p - 1]!++;
  }
  const table = new Int32Array(capacity + 1);
  let end = 0x10000;
  const allocate = (node: number): void => {
    const bits = tableBits(fanout[node]!);
    // Tables of up to 4 entries aligned to their size: within one 64-byte line of the buffer.
    const align = Math.min(1 << bits, 4);
    end = Math.ceil(end / align) * align;
    if (end >= 1 << 26) throw new Error('jieba trie: too many nodes for 26-bit table offsets');
    table[node] = (end << 5) | bits;
    end += 1 << bits;
  };
  for (let r = 0; r < 0x10000; r++) {
    const node = b.rootChild[r]!;
    if (node >= 0 && fanout[node]! > 0) allocate(node);
  }
  for (let node = 0; node <= capacity; node++) if (fanout[node]! > 0 && table[node] === 0) allocate(node);
  const buffer = new ArrayBuffer(16 * end);
  const entries = new Int32Array(buffer);
  const entryWeights = new Float64Array(buffer);
  // Every entry empty: the first written, then copied over the rest in doubling blocks.
  entries[0] = EMPTY;
  entryWeights[1] = NOT_WORD;
  const bytes = new Uint8Array(buffer);
  for (let done = 16; done < bytes.length; done *= 2) bytes.copyWithin(done, 0, Math.min(done, bytes.length - done));
  const nodeTag = new Uint8Array(end);
  for (let s = 0; s < capacity; s++) {
    const p = slots[4 * s]!;
    if (p === 0) continue;
    const rune = slots[4 * s + 1]! & RUNE_MASK;
    let e: number;
    if (p > capacity && rune < 0x10000) e = rune;
    else {
      const t = table[p - 1]!;
      const bits = t & 31;
      const first = t >>> 5;
      let i = childSlot(rune, bits);
      while (entries[4 * (first + i)] !== EMPTY) i = (i + 1) & ((1 << bits) - 1);
      e = first + i;
    }
    entries[4 * e] = rune;
    entries[4 * e + 1] = table[s]!;
    entryWeights[2 * e + 1] = slotWeights[2 * s + 1]!;
    nodeTag[e] = b.nodeTag[s]!;
  }
  return { entries, entryWeights, rootOther: table[capacity]!, nodeTag, nodeCount: b.nodes + 1 };
}

/** The node in table `t` (childTable) by rune r, -1 when none. */
export function trieChild(trie: JiebaTrie, t: number, r: number): number {
  if (t === 0) return -1;
  const bits = t & 31;
  const first = t >>> 5;
  const mask = (1 << bits) - 1;
  for (let s = childSlot(r, bits), k = 0; k <= mask; s = (s + 1) & mask, k++) {
    const rune = trie.entries[4 * (first + s)]!;
    if (rune === r) return first + s;
    if (rune === EMPTY) return -1;
  }
  return -1;
}

/** C isspace in the "C" locale. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

export function loadJiebaHmm(path: string): JiebaHmm {
  const buf = readFileSync(path);
  // HMMModel::GetLine: the lines that are non-empty after Trim and do not start with '#'.
  const lines: Array<[number, number]> = [];
  for (let pos = 0; pos < buf.length;) {
    let eol = buf.indexOf(NEWLINE, pos);
    if (eol < 0) eol = buf.length;
    let from = pos;
    let to = eol;
    pos = eol + 1;
    while (from < to && isSpace(buf[from]!)) from++;
    while (to > from && isSpace(buf[to - 1]!)) to--;
    if (from < to && buf[from] !== 0x23 /* # */) lines.push([from, to]);
  }
  // HMMModel::LoadModel's XCHECKs: cppjieba aborts on a malformed model.
  const fail = (what: string): never => {
    throw new Error(`jieba HMM model ${path}: ${what}`);
  };
  if (lines.length < 9) fail('too few lines');
  const f: number[] = [];
  const numbers = ([from, to]: [number, number]): number[] => {
    if (cppSplit(buf, from, to, SPACE, f) !== 4) fail(`expected 4 numbers: ${buf.toString('utf8', from, to)}`);
    return [0, 1, 2, 3].map((k) => atof(buf, f[2 * k]!, f[2 * k + 1]!));
  };
  const start = Float64Array.from(numbers(lines[0]!));
  const trans = new Float64Array(16);
  for (let i = 0; i < 4; i++) trans.set(numbers(lines[1 + i]!), i * 4);
  const emitBmp = new Float64Array(0x10000 * 4).fill(MIN_DOUBLE);
  const emitOther = new Map<number, Float64Array>();
  const items: number[] = [];
  for (let state = 0; state < 4; state++) {
    const [lineFrom, lineTo] = lines[5 + state]!;
    const count = cppSplit(buf, lineFrom, lineTo, 0x2c /* , */, items);
    for (let k = 0; k < count; k++) {
      const from = items[2 * k]!;
      const to = items[2 * k + 1]!;
      if (cppSplit(buf, from, to, 0x3a /* : */, f) !== 2) fail(`bad emission ${buf.toString('utf8', from, to)}`);
      // The key must decode to exactly one rune.
      if (f[1]! === f[0]!) fail(`empty emission key ${buf.toString('utf8', from, to)}`);
      const packed = decodeRune(buf, f[0]!, f[1]!);
      const r = packed >>> 3;
      if ((packed & 7) === 0 || f[0]! + (packed & 7) !== f[1]!) fail(`bad emission key ${buf.toString('utf8', from, to)}`);
      const p = atof(buf, f[2]!, f[3]!);
      if (r < 0x10000) emitBmp[r * 4 + state] = p;
      else {
        let e = emitOther.get(r);
        if (!e) emitOther.set(r, (e = new Float64Array(4).fill(MIN_DOUBLE)));
        e[state] = p;
      }
    }
  }
  return { start, trans, emitBmp, emitOther };
}

/**
 * The trie node of text[from, to) read as runes (a surrogate pair is one), -1 when no dictionary
 * word starts with it. The node ends a word when its weight is not NOT_WORD.
 */
export function trieNodeOf(trie: JiebaTrie, text: string, from: number, to: number): number {
  let node = -1;
  for (let i = from; i < to; i++) {
    let r = text.charCodeAt(i);
    if (r >= 0xd800 && r <= 0xdbff && i + 1 < to) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        r = 0x10000 + ((r - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (node < 0) node = r < 0x10000 ? (trie.entries[4 * r] === r ? r : -1) : trieChild(trie, trie.rootOther, r);
    else node = trieChild(trie, trie.entries[4 * node + 1]!, r);
    if (node < 0) return -1;
  }
  return node;
}

/** The weight of a dictionary word (undefined when not a word): for tests and inspection. */
export function wordWeight(trie: JiebaTrie, word: string): number | undefined {
  const node = trieNodeOf(trie, word, 0, word.length);
  const w = node < 0 ? NOT_WORD : trie.entryWeights[2 * node + 1]!;
  return w === NOT_WORD ? undefined : w;
}

let model: JiebaModel | undefined;

/** nodejieba's default dictionaries, loaded on first use. */
export function jiebaModel(): JiebaModel {
  if (!model) {
    const t0 = performance.now();
    const paths = defaultJiebaPaths();
    const trie = loadJiebaTrie(paths.dict, paths.user);
    const hmm = loadJiebaHmm(paths.hmm);
    model = { trie, hmm, loadMs: performance.now() - t0 };
  }
  return model;
}
