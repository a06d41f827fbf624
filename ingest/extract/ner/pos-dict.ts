// Part-of-speech tags of jieba's dictionary words, shipped inside the model so the tagger can call
// nodejieba.cut (about half the cost of nodejieba.tag) and look the tags up itself. cppjieba's
// PosTagger does exactly this: the dictionary tag of the word, else a rule on its ASCII content
// ("m" all digits, "eng" with letters, "x" none) — see PosTagger.hpp in nodejieba's cppjieba.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { hashStep } from './hash.ts';

export interface PosDict {
  keys: Int32Array;
  tags: Uint8Array;
  mask: number;
}

/**
 * Hash of text[from, to) by raw UTF-16 code (jieba's dictionary is matched on raw characters). The
 * length is mixed in last, so a caller extending a word one char at a time (lattice.ts) can keep
 * the running state: rawKeyFinish(rawKeyStep(...rawKeyStep(RAW_KEY_SEED, c0)..., ck), k + 1).
 */
export const RAW_KEY_SEED = 0x9747b28c | 0;
export const rawKeyStep = hashStep;
export function rawKeyFinish(h: number, len: number): number {
  h = Math.imul(h ^ len, 0xcc9e2d51);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

export function rawWordKey(text: string, from: number, to: number): number {
  let h = RAW_KEY_SEED;
  for (let i = from; i < to; i++) h = rawKeyStep(h, text.charCodeAt(i));
  return rawKeyFinish(h, to - from);
}

export function buildPosDict(entries: ReadonlyArray<readonly [number, number]>): PosDict {
  let cap = 16;
  while (cap < entries.length * 2) cap <<= 1;
  const d: PosDict = { keys: new Int32Array(cap), tags: new Uint8Array(cap), mask: cap - 1 };
  for (const [key, tag] of entries) {
    let s = key & d.mask;
    while (d.keys[s] !== 0 && d.keys[s] !== key) s = (s + 1) & d.mask;
    if (d.keys[s] === key) continue; // first entry wins, as in jieba's trie
    d.keys[s] = key;
    d.tags[s] = tag;
  }
  return d;
}

export function emptyPosDict(): PosDict {
  return buildPosDict([]);
}

/** The dictionary tag id of a word key, or 0 when absent. */
export function lookupPos(d: PosDict, key: number): number {
  let s = key & d.mask;
  for (;;) {
    const k = d.keys[s]!;
    if (k === key) return d.tags[s]!;
    if (k === 0) return 0;
    s = (s + 1) & d.mask;
  }
}

/** jieba's dictionary file (the one nodejieba loads by default). */
export function defaultJiebaDictPath(): string {
  const require = createRequire(import.meta.url);
  return resolve(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
}

/** jieba's user dictionary (nodejieba loads it by default too). */
export function defaultJiebaUserDictPath(): string {
  return resolve(dirname(defaultJiebaDictPath()), 'user.dict.utf8');
}
