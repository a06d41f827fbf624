// Text normalization with an offset map back to the original. Extraction runs on the normalized
// form (half-width ASCII, one middle dot, simplified characters) so that 馬斯克 and 马斯克, or
// 埃隆・马斯克 and 埃隆•马斯克, become the same entity, while every span still points into the
// text the user supplied.
import * as OpenCC from 'opencc-js';

/** The one middle dot all variants are folded to (the form the seed and most portals use). */
export const MIDDLE_DOT = '•';
const DOT_VARIANTS = new Set(['•', '·', '・', '‧', '･', '∙', '⋅', '\u2027']);

export interface NormalizedText {
  text: string;
  /** origin[i] = offset in the original of normalized code unit i; origin[text.length] = original length. */
  origin: Int32Array;
}

let converter: ((s: string) => string) | undefined;
// Built on first use, not at import, so importing the module stays cheap.
function toSimplified(s: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(s);
}

/** Per-code-unit folding that never changes length: width, dots, controls, broken surrogates. */
function foldChars(raw: string): string {
  let out = '';
  let chunkStart = 0;
  const flush = (i: number, rep: string): void => {
    out += raw.slice(chunkStart, i) + rep;
    chunkStart = i + 1;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) flush(i, String.fromCharCode(c - 0xfee0));
    else if (c === 0x3000) flush(i, ' ');
    else if (c < 0x20 && c !== 0x0a && c !== 0x09) flush(i, c === 0x0d ? '\n' : ' ');
    else if (c === 0x7f) flush(i, ' ');
    else if (DOT_VARIANTS.has(raw[i]!) && raw[i] !== MIDDLE_DOT) flush(i, MIDDLE_DOT);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else flush(i, '\ufffd');
    } else if (c >= 0xdc00 && c <= 0xdfff) flush(i, '\ufffd');
  }
  return out + raw.slice(chunkStart);
}

/** Normalize `raw`; spans in the result map back with {@link toOriginal}. */
export function normalizeText(raw: string): NormalizedText {
  const folded = foldChars(raw);
  const whole = toSimplified(folded);
  if (whole.length === folded.length) {
    const origin = new Int32Array(folded.length + 1);
    for (let i = 0; i <= folded.length; i++) origin[i] = i;
    return { text: whole, origin };
  }
  // A phrase conversion changed the length: convert code point by code point and record where
  // each output unit came from, so offsets stay exact.
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < folded.length; ) {
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
  return n.origin[i]!;
}

/** Normalize a short name (an alias, a dictionary entry): same folding, trimmed. */
export function normalizeName(s: string): string {
  return normalizeText(s).text.replace(/\s+/g, ' ').trim();
}
