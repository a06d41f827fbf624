// The decoder is unrolled for the BIOES labels of labels.ts, in JavaScript (the trainer's) and in
// WebAssembly (the tagger's); both must pick exactly the path the plain algorithm picks, ties
// included (the first predecessor in ascending order wins).
import { describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS, LABEL_STRIDE, NUM_LABELS, allowedAtEnd, allowedAtStart } from '../../../../ingest/extract/ner/labels.ts';
import { makeScratch, viterbi } from '../../../../ingest/extract/ner/viterbi.ts';
import { WasmViterbi } from '../../../../ingest/extract/ner/viterbi-wasm.ts';

/** Textbook first-order Viterbi over the allowed transitions. */
function reference(em: Float32Array, tr: Float32Array, n: number): number[] {
  let delta = Array.from({ length: NUM_LABELS }, (_, l) => (allowedAtStart(l) ? em[l]! : -Infinity));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const next: number[] = [];
    const arg: number[] = [];
    for (let to = 0; to < NUM_LABELS; to++) {
      let best = -Infinity;
      let a = 0;
      for (let from = 0; from < NUM_LABELS; from++) {
        if (!ALLOWED_TRANSITIONS[from * NUM_LABELS + to]) continue;
        const s = delta[from]! + tr[from * NUM_LABELS + to]!;
        if (s > best) {
          best = s;
          a = from;
        }
      }
      next.push(best + em[i * LABEL_STRIDE + to]!);
      arg.push(a);
    }
    delta = next;
    back.push(arg);
  }
  let best = -Infinity;
  let l = 0;
  for (let k = 0; k < NUM_LABELS; k++) {
    if (allowedAtEnd(k) && delta[k]! > best) {
      best = delta[k]!;
      l = k;
    }
  }
  const out = [l];
  for (let i = n - 1; i > 0; i--) {
    l = back[i - 1]![l]!;
    out.unshift(l);
  }
  return out;
}

describe('viterbi', () => {
  it('should decode the same labels as the plain algorithm, ties included', () => {
    let seed = 7;
    const rnd = (k: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 8) % k;
    for (let round = 0; round < 50; round++) {
      const n = 1 + rnd(40);
      const em = Float32Array.from({ length: n * LABEL_STRIDE }, () => rnd(4) * 10);
      const tr = Float32Array.from({ length: NUM_LABELS * NUM_LABELS }, () => (round % 2 ? 0 : rnd(3) * 10));
      const out = new Uint8Array(n);
      viterbi(em, tr, n, out, makeScratch(n));
      expect(Array.from(out)).toEqual(reference(em, tr, n));
    }
  });

  it('should decode in WebAssembly the labels and score of the JavaScript decoder, ties and long pieces included', () => {
    let seed = 11;
    const rnd = (k: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 8) % k;
    for (let round = 0; round < 60; round++) {
      const n = round === 59 ? 3000 : 1 + rnd(60);
      const em = Float32Array.from({ length: n * LABEL_STRIDE }, () => (round % 3 ? rnd(4) * 10 : rnd(2001) - 1000));
      const tr = Float32Array.from({ length: NUM_LABELS * NUM_LABELS }, () => (round % 2 ? 0 : rnd(3) * 10 - 10));
      const js = new Uint8Array(n);
      const jsBest = viterbi(em, tr, n, js, makeScratch(n));
      const wasm = new Uint8Array(n).fill(99);
      const wasmBest = new WasmViterbi(tr).decode(em, n, wasm);
      expect(Array.from(wasm)).toEqual(Array.from(js));
      expect(wasmBest).toBe(jsBest);
    }
  });
});
