// Splits arbitrary text into sentence-sized pieces for the tagger: at sentence ends and line
// breaks, then at commas when a piece is still long, then hard cuts. Keeps time and memory linear
// for any input (a 5 MB single line included) and never cuts a surrogate pair in two.
export const DEFAULT_MAX_CHUNK = 200;

const HARD_END = ['。', '！', '？', '!', '?', '\n', '\r', '；', ';', '…'];
const SOFT_END = ['，', ',', '、', '：', ':', ' ', '\t', '　'];
/** Kind of each UTF-16 code unit (by code, so the scan allocates no one-character strings). */
const HARD = 1;
const SOFT = 2;
const KIND = new Uint8Array(0x10000);
for (const c of HARD_END) KIND[c.charCodeAt(0)] = HARD;
for (const c of SOFT_END) KIND[c.charCodeAt(0)] = SOFT;

export interface Chunk {
  start: number;
  end: number;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Half-open [start, end) ranges covering text, each at most maxChunk UTF-16 units long. */
export function splitChunks(text: string, maxChunk = DEFAULT_MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let lastSoft = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind === HARD) {
      chunks.push({ start, end: i + 1 });
      start = i + 1;
      lastSoft = -1;
      continue;
    }
    if (kind === SOFT) lastSoft = i + 1;
    if (i + 1 - start >= maxChunk) {
      let end = lastSoft > start + maxChunk / 4 ? lastSoft : i + 1;
      if (end === i + 1 && isHighSurrogate(text.charCodeAt(i))) end = i;
      if (end <= start) end = i + 1;
      chunks.push({ start, end });
      start = end;
      lastSoft = -1;
    }
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}
