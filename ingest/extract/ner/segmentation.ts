// Word-boundary and part-of-speech evidence from jieba, aligned back to characters. Jieba's
// dictionary knows many names (nr/ns/nt), and its word boundaries tell the tagger where a name can
// end; both become per-character features. The words are nodejieba.cut(text, true)'s, computed by
// jieba-cut.ts (the same algorithm and dictionaries in TypeScript, several times faster than the
// native call). Input is sanitized first (controls → space, lone surrogates → U+FFFD) as it was
// for nodejieba, so the words are the ones nodejieba gave and cover the text unit for unit.
// Everything a segment() call writes goes into a Segmentation the caller owns (featurize.ts keeps
// one in its Workspace), and the jieba scratch into the caller's JiebaCutter.
import { hashRange as hashRangeExport } from './hash.ts';
import { jiebaWords, type JiebaCutter, type JiebaWords } from './jieba-cut.ts';
import { lookupPos as lookupPosExport, rawWordKey as rawWordKeyExport, type PosDict } from './pos-dict.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const hashRange = hashRangeExport;
const lookupPos = lookupPosExport;
const rawWordKey = rawWordKeyExport;

export const WORD_B = 0;
export const WORD_M = 1;
export const WORD_E = 2;
export const WORD_S = 3;

/**
 * One text's segmentation in buffers the caller owns and reuses: per char (the first n entries
 * count, n = the text's length) and per word.
 */
export interface Segmentation {
  /** Position of each char in its word: WORD_B/M/E/S. */
  wordPos: Uint8Array;
  /** Small id of the word's jieba tag (see tagId). */
  tag: Uint8Array;
  prevTag: Uint8Array;
  nextTag: Uint8Array;
  /** Word length, capped at 8. */
  wordLen: Uint8Array;
  /** Hash of the word's normalized codes, and of the words before and after it. */
  wordHash: Int32Array;
  prevHash: Int32Array;
  nextHash: Int32Array;
  /** jieba's words of `clean` and the dictionary words its DAG met (jieba-cut.ts). */
  words: JiebaWords;
  /** Tag id of each word (wordTags[k] for word k). */
  wordTags: Uint8Array;
  /** The text as sanitized for jieba (same length). */
  clean: string;
  /** The words cover the text unit for unit; when false the per-char arrays say "no words". */
  aligned: boolean;
}

const TAG_IDS = new Map<string, number>();
const MAX_TAG_ID = 250;
/** Stable ids: jieba's tag set is fixed, so ids are assigned from a fixed list, others hashed. */
const KNOWN_TAGS = [
  'x',
  'n',
  'nr',
  'ns',
  'nt',
  'nz',
  'nrt',
  'nrfg',
  'v',
  'vn',
  'vd',
  'a',
  'ad',
  'an',
  'd',
  'm',
  'q',
  'r',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'uv',
  'ud',
  'f',
  's',
  't',
  'tg',
  'ng',
  'vg',
  'ag',
  'dg',
  'b',
  'z',
  'e',
  'y',
  'o',
  'h',
  'k',
  'i',
  'j',
  'l',
  'g',
  'eng',
  'mq',
  'zg',
  'rr',
  'rz',
  'df',
  'nrf',
  'yg',
  'mg',
  'rg',
  'vi',
  'vq',
  'bg',
  'un',
  'w',
];
KNOWN_TAGS.forEach((t, i) => TAG_IDS.set(t, i + 1));

/** The jieba tag of an id from tagId (every tag of jieba's dictionary is a known one). */
export function tagName(id: number): string {
  return KNOWN_TAGS[id - 1] ?? 'x';
}

export function tagId(tag: string): number {
  const known = TAG_IDS.get(tag);
  if (known !== undefined) return known;
  let h = 0;
  for (let i = 0; i < tag.length; i++) h = (h * 31 + tag.charCodeAt(i)) | 0;
  return 100 + (Math.abs(h) % (MAX_TAG_ID - 100));
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function sanitizeForJieba(text: string): string {
  // Most pieces have nothing to replace: one scan by char code instead of a regex with lookarounds.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff)) return text.replace(UNSAFE, (m) => (m.charCodeAt(0) < 0x80 ? ' ' : '\ufffd'));
  }
  return text;
}

/** lookupPos of each one-char word by its code, filled as met (UNSEEN until then), per dictionary. */
const singleTags = new WeakMap<PosDict, Uint8Array>();
const UNSEEN = 255; // above every tag id (MAX_TAG_ID)

function singleTagsOf(posDict: PosDict): Uint8Array {
  let tags = singleTags.get(posDict);
  if (!tags) singleTags.set(posDict, (tags = new Uint8Array(0x10000).fill(UNSEEN)));
  return tags;
}

const TAG_X = tagId('x');
const TAG_M = tagId('m');
const TAG_ENG = tagId('eng');

/** cppjieba PosTagger::SpecialRule for words without a dictionary tag. */
function specialRule(text: string, from: number, to: number): number {
  const half = Math.floor((to - from) / 2);
  let m = 0;
  let eng = 0;
  for (let i = from; i < to && eng < half; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) m++;
    }
  }
  if (eng === 0) return TAG_X;
  return m === eng ? TAG_M : TAG_ENG;
}

export function emptySegmentation(n: number): Segmentation {
  return {
    wordPos: new Uint8Array(n).fill(WORD_S),
    tag: new Uint8Array(n),
    prevTag: new Uint8Array(n),
    nextTag: new Uint8Array(n),
    wordLen: new Uint8Array(n).fill(1),
    wordHash: new Int32Array(n),
    prevHash: new Int32Array(n),
    nextHash: new Int32Array(n),
    words: jiebaWords(),
    wordTags: new Uint8Array(256),
    clean: '',
    aligned: false,
  };
}

/** Per-char arrays of at least n entries: the same object, its arrays replaced when too short. */
function withCapacity(seg: Segmentation, n: number): Segmentation {
  if (seg.wordPos.length >= n) return seg;
  const grown = emptySegmentation(Math.max(n, 2 * seg.wordPos.length));
  seg.wordPos = grown.wordPos;
  seg.tag = grown.tag;
  seg.prevTag = grown.prevTag;
  seg.nextTag = grown.nextTag;
  seg.wordLen = grown.wordLen;
  seg.wordHash = grown.wordHash;
  seg.prevHash = grown.prevHash;
  seg.nextHash = grown.nextHash;
  return seg;
}

/**
 * jieba's words of one segmented piece: word k is [ends[k - 1], ends[k]) in the piece (from 0 for
 * the first), with tag id tags[k]. Offsets rather than strings: the caller slices the words it
 * keeps from its own text. Both arrays are views of the Segmentation's buffers: read them while
 * the Segmentation is not reused.
 */
export interface Words {
  count: number;
  ends: Int32Array;
  tags: Uint8Array;
}

/** The words of a Segmentation, undefined when jieba's words did not align with the text. */
export function wordsOf(seg: Segmentation): Words | undefined {
  if (!seg.aligned) return undefined;
  return { count: seg.words.count, ends: seg.words.ends, tags: seg.wordTags };
}

/** The buffers reset to "no words" over n chars (arrays may be longer than n). */
function resetSegmentation(out: Segmentation, n: number): Segmentation {
  const seg = withCapacity(out, n);
  seg.aligned = false;
  seg.words.count = 0;
  seg.words.dictCount = 0;
  seg.wordPos.fill(WORD_S, 0, n);
  seg.tag.fill(0, 0, n);
  seg.prevTag.fill(0, 0, n);
  seg.nextTag.fill(0, 0, n);
  seg.wordLen.fill(1, 0, n);
  seg.wordHash.fill(0, 0, n);
  seg.prevHash.fill(0, 0, n);
  seg.nextHash.fill(0, 0, n);
  return seg;
}

/**
 * Segments text with `cutter` into `out` (the caller's, reused across calls) and returns it.
 * `codes` are the text's normalized codes. A misaligned result (should not happen after
 * sanitizing) degrades to "no words".
 */
export function segment(cutter: JiebaCutter, text: string, codes: Uint16Array, posDict: PosDict, out: Segmentation): Segmentation {
  const n = text.length;
  out.clean = text;
  if (n === 0) return resetSegmentation(out, n);
  const clean = sanitizeForJieba(text);
  out.clean = clean;
  const cut = cutter.cut(clean, out.words); // nodejieba.cut(clean, true): HMM on, as nodejieba.tag segments
  const count = cut.count;
  const ends = cut.ends;
  if (count === 0 || ends[count - 1] !== n) return resetSegmentation(out, n);
  // Aligned: the loop below writes every entry of the first n, except nextHash of the last word.
  const seg = withCapacity(out, n);
  seg.aligned = true;
  if (seg.wordTags.length < count) seg.wordTags = new Uint8Array(2 * count);
  const tags = seg.wordTags;
  // One-char words (some 40% of them) read their dictionary tag from a 64 kB array by char code:
  // the same lookupPos result, without hashing and probing the 4 MB dictionary each time.
  const single = singleTagsOf(posDict);
  let at = 0;
  for (let k = 0; k < count; k++) {
    const end = ends[k]!;
    let t: number;
    if (end - at === 1) {
      const c = clean.charCodeAt(at);
      t = single[c]!;
      if (t === UNSEEN) single[c] = t = lookupPos(posDict, rawWordKey(clean, at, end));
    } else t = lookupPos(posDict, rawWordKey(clean, at, end));
    tags[k] = t || specialRule(clean, at, end);
    at = end;
  }
  const { wordPos, tag, prevTag, nextTag, wordLen, wordHash, prevHash: prevHashes, nextHash } = seg;
  let pos = 0;
  let prev = 0;
  let prevHash = 0;
  let firstOfWord = 0;
  for (let k = 0; k < count; k++) {
    const len = ends[k]! - pos;
    const t = tags[k]!;
    const next = k + 1 < count ? tags[k + 1]! : 0;
    const h = hashRange(codes, pos, pos + len);
    const capped = len > 8 ? 8 : len;
    for (let i = pos; i < pos + len; i++) {
      wordPos[i] = len === 1 ? WORD_S : i === pos ? WORD_B : i === pos + len - 1 ? WORD_E : WORD_M;
      tag[i] = t;
      prevTag[i] = prev;
      nextTag[i] = next;
      wordLen[i] = capped;
      wordHash[i] = h;
      prevHashes[i] = prevHash;
    }
    for (let i = firstOfWord; i < pos; i++) nextHash[i] = h;
    firstOfWord = pos;
    prev = t;
    prevHash = h;
    pos += len;
  }
  nextHash.fill(0, firstOfWord, n);
  return seg;
}
