// First-order Viterbi decoding over BIOES labels. Only well-formed transitions are considered
// (an I-Person can only follow B-/I-Person), which both enforces valid spans and cuts the work per
// character from 13×13 to about 60 candidate transitions.
import { ALLOWED_TRANSITIONS, LABEL_STRIDE as STRIDE_EXPORT, NUM_LABELS as LABELS_EXPORT, allowedAtEnd, allowedAtStart } from './labels.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const NUM_LABELS = LABELS_EXPORT;
const LABEL_STRIDE = STRIDE_EXPORT;

const PREDS: Int32Array[] = [];
for (let to = 0; to < NUM_LABELS; to++) {
  const p: number[] = [];
  for (let from = 0; from < NUM_LABELS; from++) if (ALLOWED_TRANSITIONS[from * NUM_LABELS + to]) p.push(from);
  PREDS.push(Int32Array.from(p));
}
const START_OK = Uint8Array.from({ length: NUM_LABELS }, (_, l) => (allowedAtStart(l) ? 1 : 0));
const END_OK = Uint8Array.from({ length: NUM_LABELS }, (_, l) => (allowedAtEnd(l) ? 1 : 0));

export interface ViterbiScratch {
  delta: Float64Array;
  back: Uint8Array;
}

export function makeScratch(n: number): ViterbiScratch {
  return { delta: new Float64Array(n * NUM_LABELS), back: new Uint8Array(n * NUM_LABELS) };
}

/**
 * Best label sequence for n positions. emission[i * LABEL_STRIDE + l]; transition[from * NUM_LABELS + to].
 * Writes labels into out and returns the best score.
 */
export function viterbi(emission: Float32Array, transition: Float32Array, n: number, out: Uint8Array, scratch: ViterbiScratch): number {
  if (n === 0) return 0;
  if (scratch.delta.length < n * NUM_LABELS) {
    scratch.delta = new Float64Array(n * NUM_LABELS * 2);
    scratch.back = new Uint8Array(n * NUM_LABELS * 2);
  }
  const { delta, back } = scratch;
  for (let l = 0; l < NUM_LABELS; l++) delta[l] = START_OK[l] ? emission[l]! : -Infinity;
  if (BIOES3) forwardBioes3(emission, transition, n, delta, back);
  else forward(emission, transition, n, delta, back);
  const last = (n - 1) * NUM_LABELS;
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < NUM_LABELS; l++) {
    if (!END_OK[l]) continue;
    const s = delta[last + l]!;
    if (s > best) {
      best = s;
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * NUM_LABELS + arg]!;
    out[i - 1] = arg;
  }
  return best;
}

/** The forward pass for any label set: each label's allowed predecessors, in ascending order. */
function forward(emission: Float32Array, transition: Float32Array, n: number, delta: Float64Array, back: Uint8Array): void {
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NUM_LABELS;
    const cur = i * NUM_LABELS;
    const em = i * LABEL_STRIDE;
    for (let to = 0; to < NUM_LABELS; to++) {
      const preds = PREDS[to]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const from = preds[k]!;
        const s = delta[prev + from]! + transition[from * NUM_LABELS + to]!;
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      delta[cur + to] = best + emission[em + to]!;
      back[cur + to] = arg;
    }
  }
}

// The BIOES labels of labels.ts over three types: O = 0, then B, I, E, S = 1 + 4t .. 4 + 4t. O, B
// and S follow O, E or S of any type; I and E follow B or I of their own type. forwardBioes3 is
// forward() unrolled for exactly that structure (same predecessors in the same order, so the same
// ties win); BIOES3 says whether labels.ts still has it.
const CLOSED = [0, 3, 4, 7, 8, 11, 12];
const AFTER_CLOSED = [0, 1, 4, 5, 8, 9, 12];
/** labels.ts has the structure forwardBioes3 and wasm/viterbi.wat are written for. */
export const BIOES3 =
  LABEL_STRIDE === 13 &&
  NUM_LABELS === 13 &&
  PREDS.every((p, to) => {
    const want = AFTER_CLOSED.includes(to) ? CLOSED : [1 + 4 * ((to - 1) >> 2), 2 + 4 * ((to - 1) >> 2)];
    return p.length === want.length && want.every((f, k) => p[k] === f);
  });

/**
 * The transitions forwardBioes3 (and wasm/viterbi.wat) read, written into tc (49) and to (12): into
 * the seven labels that follow a closed one (O, E, S), by target then predecessor; then per type
 * B→I, I→I, B→E, I→E.
 */
export function bioes3Transitions(transition: Float32Array, tc: Float64Array, to: Float64Array): void {
  for (let j = 0; j < 7; j++) for (let k = 0; k < 7; k++) tc[j * 7 + k] = transition[CLOSED[k]! * 13 + AFTER_CLOSED[j]!]!;
  for (let t = 0; t < 3; t++) {
    const b = 1 + 4 * t;
    to[t * 4] = transition[b * 13 + b + 1]!;
    to[t * 4 + 1] = transition[(b + 1) * 13 + b + 1]!;
    to[t * 4 + 2] = transition[b * 13 + b + 2]!;
    to[t * 4 + 3] = transition[(b + 1) * 13 + b + 2]!;
  }
}

function forwardBioes3(emission: Float32Array, transition: Float32Array, n: number, delta: Float64Array, back: Uint8Array): void {
  const tc = new Float64Array(49);
  const to = new Float64Array(12);
  bioes3Transitions(transition, tc, to);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * 13;
    const cur = i * 13;
    const em = i * LABEL_STRIDE;
    const d0 = delta[prev]!;
    const d3 = delta[prev + 3]!;
    const d4 = delta[prev + 4]!;
    const d7 = delta[prev + 7]!;
    const d8 = delta[prev + 8]!;
    const d11 = delta[prev + 11]!;
    const d12 = delta[prev + 12]!;
    for (let j = 0; j < 7; j++) {
      const tb = j * 7;
      let best = -Infinity;
      let arg = 0;
      let s = d0 + tc[tb]!;
      if (s > best) best = s;
      s = d3 + tc[tb + 1]!;
      if (s > best) {
        best = s;
        arg = 3;
      }
      s = d4 + tc[tb + 2]!;
      if (s > best) {
        best = s;
        arg = 4;
      }
      s = d7 + tc[tb + 3]!;
      if (s > best) {
        best = s;
        arg = 7;
      }
      s = d8 + tc[tb + 4]!;
      if (s > best) {
        best = s;
        arg = 8;
      }
      s = d11 + tc[tb + 5]!;
      if (s > best) {
        best = s;
        arg = 11;
      }
      s = d12 + tc[tb + 6]!;
      if (s > best) {
        best = s;
        arg = 12;
      }
      const target = AFTER_CLOSED[j]!;
      delta[cur + target] = best + emission[em + target]!;
      back[cur + target] = arg;
    }
    for (let t = 0; t < 3; t++) {
      const b = 1 + 4 * t;
      const dB = delta[prev + b]!;
      const dI = delta[prev + b + 1]!;
      const k = t * 4;
      // I: from B, then I.
      let best = -Infinity;
      let arg = 0;
      let s = dB + to[k]!;
      if (s > best) {
        best = s;
        arg = b;
      }
      s = dI + to[k + 1]!;
      if (s > best) {
        best = s;
        arg = b + 1;
      }
      delta[cur + b + 1] = best + emission[em + b + 1]!;
      back[cur + b + 1] = arg;
      // E: from B, then I.
      best = -Infinity;
      arg = 0;
      s = dB + to[k + 2]!;
      if (s > best) {
        best = s;
        arg = b;
      }
      s = dI + to[k + 3]!;
      if (s > best) {
        best = s;
        arg = b + 1;
      }
      delta[cur + b + 2] = best + emission[em + b + 2]!;
      back[cur + b + 2] = arg;
    }
  }
}
