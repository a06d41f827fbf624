// Word-boundary and part-of-speech evidence from nodejieba, aligned back to characters. Jieba's
// dictionary knows many names (nr/ns/nt), and its word boundaries tell the tagger where a name can
// end; both become per-character features. Input is sanitized first (controls → space, lone
// surrogates → U+FFFD) so jieba's output has the same UTF-16 length as the text it was given.
import nodejieba from 'nodejieba';
import { hashRange } from './hash.ts';

export const WORD_B = 0;
export const WORD_M = 1;
export const WORD_E = 2;
export const WORD_S = 3;

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
}

const TAG_IDS = new Map<string, number>();
const MAX_TAG_ID = 250;
/** Stable ids: jieba's tag set is fixed, so ids are assigned from a fixed list, others hashed. */
const KNOWN_TAGS = ['x', 'n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'm', 'q',
  'r', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'f', 's', 't', 'tg', 'ng', 'vg', 'ag', 'dg', 'b', 'z', 'e',
  'y', 'o', 'h', 'k', 'i', 'j', 'l', 'g', 'eng', 'mq', 'zg', 'rr', 'rz', 'df', 'nrf', 'yg', 'mg', 'rg', 'vi', 'vq',
  'bg', 'un', 'w'];
KNOWN_TAGS.forEach((t, i) => TAG_IDS.set(t, i + 1));

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
  return text.replace(UNSAFE, (m) => (m.charCodeAt(0) < 0x80 ? ' ' : '\ufffd'));
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
  };
}

/**
 * Segments text[from, to) with jieba. `codes` are the normalized codes of that same range (index 0
 * = text[from]). A misaligned result (should not happen after sanitizing) degrades to "no words".
 */
export function segment(text: string, codes: Uint16Array): Segmentation {
  const n = text.length;
  const seg = emptySegmentation(n);
  if (n === 0) return seg;
  const words = nodejieba.tag(sanitizeForJieba(text));
  let total = 0;
  for (const w of words) total += w.word.length;
  if (total !== n) return seg;
  let pos = 0;
  let prev = 0;
  let prevHash = 0;
  let firstOfWord = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const len = w.word.length;
    const t = tagId(w.tag);
    const next = k + 1 < words.length ? tagId(words[k + 1]!.tag) : 0;
    const h = hashRange(codes, pos, pos + len);
    const capped = len > 8 ? 8 : len;
    for (let i = pos; i < pos + len; i++) {
      seg.wordPos[i] = len === 1 ? WORD_S : i === pos ? WORD_B : i === pos + len - 1 ? WORD_E : WORD_M;
      seg.tag[i] = t;
      seg.prevTag[i] = prev;
      seg.nextTag[i] = next;
      seg.wordLen[i] = capped;
      seg.wordHash[i] = h;
      seg.prevHash[i] = prevHash;
    }
    for (let i = firstOfWord; i < pos; i++) seg.nextHash[i] = h;
    firstOfWord = pos;
    prev = t;
    prevHash = h;
    pos += len;
  }
  return seg;
}
