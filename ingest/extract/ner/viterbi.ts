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
export function viterbi(
  emission: Float32Array,
  transition: Float32Array,
  n: number,
  out: Uint8Array,
  scratch: ViterbiScratch,
): number {
  if (n === 0) return 0;
  if (scratch.delta.length < n * NUM_LABELS) {
    scratch.delta = new Float64Array(n * NUM_LABELS * 2);
    scratch.back = new Uint8Array(n * NUM_LABELS * 2);
  }
  const { delta, back } = scratch;
  for (let l = 0; l < NUM_LABELS; l++) delta[l] = START_OK[l] ? emission[l]! : -Infinity;
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
