// Text normalization with an offset map back to the original. Extraction runs on the normalized
// form (half-width ASCII, one middle dot, simplified characters) so that 馬斯克 and 马斯克, or
// 埃隆・马斯克 and 埃隆•马斯克, become the same entity, while every span still points into the
// text the user supplied.
import * as OpenCC from 'opencc-js';

/** The one middle dot all variants are folded to (the form the seed and most portals use). */
export const MIDDLE_DOT = '•';
const DOT_VARIANTS = ['•', '·', '・', '‧', '･', '∙', '⋅', '\u2027'];

/** FOLD entries that are no replacement: a high or a low surrogate, kept only as a valid pair. */
const HIGH_SURROGATE = 1;
const LOW_SURROGATE = 2;
/**
 * What foldChars makes of each code unit: 0 keeps it, else the code unit replacing it (or a
 * surrogate mark). One table read per code unit: foldChars reads every code unit of every text,
 * and the chain of range tests and a Set lookup it replaced cost ten times as much on news text.
 */
const FOLD = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0; // full-width ASCII
FOLD[0x3000] = 0x20; // ideographic space
for (let c = 0; c < 0x20; c++) if (c !== 0x0a && c !== 0x09) FOLD[c] = c === 0x0d ? 0x0a : 0x20; // controls
FOLD[0x7f] = 0x20;
// The dot variants are BMP characters, so their code units will do.
for (const d of DOT_VARIANTS) if (d !== MIDDLE_DOT) FOLD[d.charCodeAt(0)] = MIDDLE_DOT.charCodeAt(0);
/**
 * Variant characters of Hong Kong and Taiwan print that OpenCC's t→cn leaves as they are (衞生局
 * would keep a head no dictionary knows): each to its simplified form, one code unit for one.
 */
const VARIANTS = '衞卫衹只粧妆吿告淸清靑青値值緖绪攷考';
for (let i = 0; i < VARIANTS.length; i += 2) FOLD[VARIANTS.charCodeAt(i)] = VARIANTS.charCodeAt(i + 1);
FOLD.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
FOLD.fill(LOW_SURROGATE, 0xdc00, 0xe000);
/**
 * A bit per code unit whose FOLD entry is not 0 (8 KB): foldChars reads it first, and FOLD (128 KB,
 * a cache miss at nearly every Han character once the tagger has filled the caches) only for the
 * few units that fold.
 */
const FOLDS = new Int32Array(0x10000 >>> 5);
for (let c = 0; c < 0x10000; c++) if (FOLD[c] !== 0) FOLDS[c >>> 5]! |= 1 << (c & 31);

export interface NormalizedText {
  text: string;
  /**
   * origin[i] = offset in the original of normalized code unit i; origin[text.length] = original
   * length. Undefined when every offset is its own (no conversion changed the length: nearly every
   * text), which spares a typed array per article.
   */
  origin: Int32Array | undefined;
}

let converter: ((s: string) => string) | undefined;
let dictionaryIndex: DictionaryIndex | undefined;
// Built on first use, not at import, so importing the module stays cheap.
function toSimplified(s: string): string {
  converter ??= memoized(OpenCC.Converter({ from: 't', to: 'cn' }));
  dictionaryIndex ??= indexDictionaries();
  return convertChangingStretches(s, converter, dictionaryIndex);
}

/**
 * The stretches OpenCC is handed are a traditional text's short runs of convertible characters
 * (集團, 台灣, 曲獎頒獎: three code units on average), and the same words come back article after
 * article; each call of the converter costs a microsecond (two trie passes, their arrays and joins),
 * a look-up here a tenth of that. The converter is a pure function, so its memo changes nothing;
 * it is cleared when full, so memory stays bounded on a long ingest.
 */
const STRETCH_MEMO_MAX = 50_000;
const STRETCH_MEMO_LENGTH = 16;

function memoized(convert: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    if (s.length > STRETCH_MEMO_LENGTH) return convert(s);
    let out = memo.get(s);
    if (out === undefined) {
      if (memo.size >= STRETCH_MEMO_MAX) memo.clear();
      out = convert(s);
      memo.set(s, out);
    }
    return out;
  };
}

/**
 * The source words of OpenCC's t→cn dictionaries by code unit. OpenCC walks its trie at every
 * offset of the text, yet news text is mostly simplified already: stretches where no dictionary
 * word can start need not be handed to it. Taking too much for a word (a pair's replacement, see
 * walk) only sends more text to the converter, never changes its output.
 */
interface DictionaryIndex {
  /**
   * What each code unit is to the dictionaries, as IN_WORD | SINGLE | PAIR_FIRST bits: one table
   * read per code unit of the scan, where two tables and a probe of `pairs` at every unit of a
   * word cost cache misses (the tagger's tables have just filled the caches).
   */
  kind: Uint8Array;
  /**
   * The first two code units of the longer words, as first << 16 | second, in an open-addressing
   * table (0 marks an empty slot: no word starts with two NULs, and foldChars leaves none in the
   * text). A Set of first * 0x10000 + second made a heap number of every key past 2^31, that is of
   * nearly every Han character of the text it was asked about.
   */
  pairs: Int32Array;
  /** log2 of pairs.length. */
  pairBits: number;
}

/** The code unit occurs in some word: a match may span it. */
const IN_WORD = 1;
/** The code unit is a word of its own. */
const SINGLE = 2;
/** The code unit starts a longer word (which ones, with the next unit, `pairs` says). */
const PAIR_FIRST = 4;

function pairSlot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** The first two code units of some longer word are `first`, `second`. */
function startsPair(index: DictionaryIndex, first: number, second: number): boolean {
  const key = (first << 16) | second;
  const mask = index.pairs.length - 1;
  for (let s = pairSlot(key, index.pairBits); ; s = (s + 1) & mask) {
    const k = index.pairs[s]!;
    if (k === key && k !== 0) return true;
    if (k === 0) return false;
  }
}

function indexDictionaries(): DictionaryIndex {
  const kind = new Uint8Array(0x10000);
  const pairKeys = new Set<number>();
  const addWord = (word: string): void => {
    for (let i = 0; i < word.length; i++) kind[word.charCodeAt(i)]! |= IN_WORD;
    if (word.length === 1) kind[word.charCodeAt(0)]! |= SINGLE;
    else if (word.length > 1) {
      kind[word.charCodeAt(0)]! |= PAIR_FIRST;
      pairKeys.add((word.charCodeAt(0) << 16) | word.charCodeAt(1));
    }
  };
  // Dictionaries are strings ('src dst|src dst') or [src, dst] pairs, nested in groups and chains;
  // the word of an entry is what comes before its first space (a pair's dst counts as a word too).
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const entry of value.split('|')) addWord(entry.split(' ')[0]!);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  // Converter({ from: 't', to: 'cn' }) runs the t2s configuration when the package has one, else
  // the 'to cn' dictionaries: index both.
  const locale = OpenCC.Locale as { configs?: Record<string, unknown>; to: Record<string, unknown> };
  walk(locale.configs?.t2s);
  walk(locale.to.cn);
  // A quarter full at most.
  let pairBits = 4;
  while (1 << pairBits < pairKeys.size * 4) pairBits++;
  const pairs = new Int32Array(1 << pairBits);
  for (const key of pairKeys) {
    if (key === 0) continue;
    let s = pairSlot(key, pairBits);
    while (pairs[s] !== 0) s = (s + 1) & (pairs.length - 1);
    pairs[s] = key;
  }
  return { kind, pairs, pairBits };
}

/**
 * convert(s), handing the converter only the stretches it could change. The text is cut where a
 * code unit occurs in no dictionary word (no match can span it, so the converter's greedy walk
 * passes every cut whatever comes before) and each stretch where a word could start (a one-unit
 * word, or the first two units of a longer one) is converted on its own; the rest is copied.
 * Ideographic description characters (U+2FF0-2FFF) make OpenCC skip the operands after one without
 * matching them: a text with one is converted whole.
 */
function convertChangingStretches(s: string, convert: (s: string) => string, index: DictionaryIndex): string {
  let out = '';
  let copied = 0;
  let stretchStart = 0;
  let changing = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    // The whole text goes to OpenCC when it holds an ideographic description character (what the
    // stretches converted so far gave is dropped): tested here rather than by a regex over the
    // text before the scan, one pass fewer.
    if (c >= 0x2ff0 && c <= 0x2fff) return convert(s);
    // A cut never falls between the two halves of a surrogate pair.
    const kind = c === -1 ? 0 : index.kind[c]!;
    const cut = c === -1 || ((kind & IN_WORD) === 0 && (c < 0xd800 || c > 0xdfff));
    if (cut) {
      if (changing) {
        out += s.slice(copied, stretchStart) + convert(s.slice(stretchStart, i));
        copied = i;
        changing = false;
      }
      stretchStart = i;
    } else if (!changing && ((kind & SINGLE) !== 0 || ((kind & PAIR_FIRST) !== 0 && i + 1 < s.length && startsPair(index, c, s.charCodeAt(i + 1)))))
      changing = true;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Per-code-unit folding that never changes length: width, dots, controls, broken surrogates. */
function foldChars(raw: string): string {
  let out = '';
  let chunkStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (((FOLDS[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
    let rep = FOLD[c]!;
    if (rep === HIGH_SURROGATE) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = 0xfffd;
    } else if (rep === LOW_SURROGATE) rep = 0xfffd;
    out += raw.slice(chunkStart, i) + String.fromCharCode(rep);
    chunkStart = i + 1;
  }
  return chunkStart === 0 ? raw : out + raw.slice(chunkStart);
}

/**
 * The normalized text alone (what normalizeText gives as `text`): names are normalized many times
 * an article and need no offset map.
 */
function normalizedString(raw: string): string {
  const folded = foldChars(raw);
  const whole = toSimplified(folded);
  if (whole.length === folded.length) return whole;
  let text = '';
  for (let i = 0; i < folded.length;) {
    const ch = String.fromCodePoint(folded.codePointAt(i)!);
    text += toSimplified(ch);
    i += ch.length;
  }
  return text;
}

/** Normalize `raw`; spans in the result map back with {@link toOriginal}. */
export function normalizeText(raw: string): NormalizedText {
  const folded = foldChars(raw);
  const whole = toSimplified(folded);
  if (whole.length === folded.length) return { text: whole, origin: undefined };
  // A phrase conversion changed the length: convert code point by code point and record where
  // each output unit came from, so offsets stay exact.
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < folded.length;) {
    const cp = folded.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const conv = toSimplified(ch);
    for (let k = 0; k < conv.length; k++) origin.push(i);
    text += conv;
    i += ch.length;
  }
  origin.push(folded.length);
  return { text, origin: Int32Array.from(origin) };
}

/** Map a normalized offset (start or end) to the original text. */
export function toOriginal(n: NormalizedText, offset: number): number {
  const i = Math.max(0, Math.min(offset, n.text.length));
  return n.origin === undefined ? i : n.origin[i]!;
}

/**
 * A memo of normalizeName for short names (a pure function: every article normalizes the names of
 * its entities again, and most names recur across articles); cleared when full, so memory stays
 * bounded on a long ingest.
 */
const NAME_MEMO = new Map<string, string>();
const NAME_MEMO_MAX = 100_000;
const NAME_MEMO_LENGTH = 32;

/** Normalize a short name (an alias, a dictionary entry): same folding, trimmed. */
export function normalizeName(s: string): string {
  if (s.length > NAME_MEMO_LENGTH) return normalizedString(s).replace(/\s+/g, ' ').trim();
  let n = NAME_MEMO.get(s);
  if (n === undefined) {
    if (NAME_MEMO.size >= NAME_MEMO_MAX) NAME_MEMO.clear();
    n = normalizedString(s).replace(/\s+/g, ' ').trim();
    NAME_MEMO.set(s, n);
  }
  return n;
}

/**
 * Each code unit of a normalized entity name's character taken on its own, by tables filled on
 * first sight: the character normalizeName gives it when that is one code unit, else the unit
 * itself. Same length as the text, so offsets stay those of the text. A bit per unit says whether
 * it was seen and one whether it changes (8 KB each): most units stay as they are, and a table of
 * every unit's value (256 KB) was a cache miss at every Han character of every text.
 */
const UNIT_SEEN = new Int32Array(0x10000 >>> 5);
const UNIT_CHANGES = new Int32Array(0x10000 >>> 5);
/** The unit a changing unit becomes (read only where UNIT_CHANGES says it changes). */
const UNIT = new Uint16Array(0x10000);

function learnUnit(c: number): void {
  const folded = normalizeName(String.fromCharCode(c));
  const n = folded.length === 1 ? folded.charCodeAt(0) : c;
  UNIT_SEEN[c >>> 5]! |= 1 << (c & 31);
  if (n === c) return;
  UNIT[c] = n;
  UNIT_CHANGES[c >>> 5]! |= 1 << (c & 31);
}

/**
 * `text` with every code unit normalized on its own (traditional → simplified, full-width → half),
 * never by phrase: what the role and resolution passes compare with their word lists at offsets of
 * the original text. Two bit reads per unit; a per-character normalizeName and Map lookup cost
 * each of them a string allocation per character read.
 */
export function normalizeEachUnit(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = c >>> 5;
    const bit = 1 << (c & 31);
    if ((UNIT_SEEN[word]! & bit) === 0) learnUnit(c);
    if ((UNIT_CHANGES[word]! & bit) === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(UNIT[c]!);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
