// Character normalization and classes for the NER features. The MSRA corpus is mostly full-width
// punctuation while web news mixes half- and full-width forms, so both map to one code here;
// digits collapse to '0' (the model should learn "a number", not which number).
export const BOS = 0x02;
export const EOS = 0x03;
/** Replacement for surrogates and other characters the model cannot know. */
export const UNKNOWN = 0xfffd;

export const CHAR_CJK = 1;
export const CHAR_DIGIT = 2;
export const CHAR_LATIN = 3;
export const CHAR_PUNCT = 4;
export const CHAR_SPACE = 5;
export const CHAR_CNUM = 6;
export const CHAR_OTHER = 7;
export const CHAR_EDGE = 8;

const CHINESE_NUMERALS = '〇零一二三四五六七八九十百千万亿两';

/** Normalized code per UTF-16 code unit. Total and allocation-free per character. */
export function normalizeCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000 || c < 0x20 || c === 0x7f || c === 0xa0) return 0x20;
  else if (c >= 0xd800 && c <= 0xdfff) return UNKNOWN;
  else if (c === 0x2022 || c === 0x30fb || c === 0x2027 || c === 0xff65 || c === 0x2219 || c === 0x22c5) return 0xb7; // the many dots between parts of a transliterated name: 埃隆•马斯克
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

const CLASS_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let k = CHAR_OTHER;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) k = CHAR_CJK;
    else if (c === 0x30) k = CHAR_DIGIT;
    else if (c >= 0x61 && c <= 0x7a) k = CHAR_LATIN;
    else if (c === 0x20) k = CHAR_SPACE;
    else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) k = CHAR_PUNCT;
    else if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xb7 || (c >= 0xfe30 && c <= 0xfe4f)) k = CHAR_PUNCT;
    t[c] = k;
  }
  for (const ch of CHINESE_NUMERALS) t[ch.charCodeAt(0)] = CHAR_CNUM;
  t[BOS] = CHAR_EDGE;
  t[EOS] = CHAR_EDGE;
  return t;
})();

/** Class of a normalized code. */
export function charClass(normalized: number): number {
  return CLASS_TABLE[normalized]!;
}

/** Normalized codes of text[from, to) written into out (length to - from). */
export function normalizeInto(text: string, from: number, to: number, out: Uint16Array): void {
  for (let i = from; i < to; i++) out[i - from] = normalizeCode(text.charCodeAt(i));
}
