// Numeric feature hashing: a feature is (template, up to three integers) mixed into a non-zero
// 32-bit key, so the hot loop never builds strings. Mixing steps follow MurmurHash3's finalizer.
export function mix3(template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x165667b1);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

/**
 * One step of the rolling hash behind every word key here (hashRange, lexicon.ts wordKey,
 * pos-dict.ts rawWordKey): mix one char code into the running state.
 */
export function hashStep(h: number, c: number): number {
  h = Math.imul(h ^ c, 0x01000193);
  return h ^ (h >>> 15);
}

/** Hash of text[from, to) by char code; used for word and lexicon keys. */
export function hashRange(codes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = hashStep(h, codes[i]!);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}
