// Span probabilities of the tagger (issue 17 §5): the perceptron's scores read as a linear-chain
// CRF at a temperature T, P(labels) ∝ exp(score(labels) / T) over the well-formed BIOES sequences
// (labels.ts), and the probability of a predicted span is the mass of every sequence that has
// exactly that span: B at its start, I inside, E at its end (S for one char). One forward and one
// backward pass over the emission the decoder read (no feature is computed again), in log space,
// then a sum along each span. Pieces without a predicted span
// are not visited (the tagger skips them).
import { ALLOWED_TRANSITIONS, LABEL_STRIDE, NUM_LABELS, allowedAtEnd, allowedAtStart, labelOf, type LabelSpan } from './labels.ts';

const L = NUM_LABELS;
const START_OK = Float64Array.from({ length: L }, (_, l) => (allowedAtStart(l) ? 1 : 0));
const END_OK = Float64Array.from({ length: L }, (_, l) => (allowedAtEnd(l) ? 1 : 0));
/** Each label's allowed predecessors (ALLOWED_TRANSITIONS), as in viterbi.ts. */
const PREDS: Int32Array[] = Array.from({ length: L }, (_, to) => {
  const p: number[] = [];
  for (let from = 0; from < L; from++) if (ALLOWED_TRANSITIONS[from * L + to]) p.push(from);
  return Int32Array.from(p);
});
/** Each label's allowed successors. */
const SUCCS: Int32Array[] = Array.from({ length: L }, (_, from) => {
  const s: number[] = [];
  for (let to = 0; to < L; to++) if (ALLOWED_TRANSITIONS[from * L + to]) s.push(to);
  return Int32Array.from(s);
});

/** Span probabilities for one transition matrix and temperature; holds its scratch, so not reentrant. */
export class SpanMarginals {
  /** transition / T; −Infinity where BIOES forbids the step. */
  private readonly trans = new Float64Array(L * L);
  private em = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);

  /** transition[from * NUM_LABELS + to] in the emission's units; T > 0 in the same units. */
  constructor(
    transition: Float32Array,
    readonly temperature: number,
  ) {
    if (!(temperature > 0)) throw new Error(`ingest/extract/ner/marginals: temperature must be positive, got ${temperature}; check calibration.json`);
    for (let k = 0; k < L * L; k++) this.trans[k] = ALLOWED_TRANSITIONS[k] ? transition[k]! / temperature : -Infinity;
  }

  private ensure(n: number): void {
    if (this.alpha.length >= n * L) return;
    const cap = Math.max(n, (2 * this.alpha.length) / L) * L;
    this.em = new Float64Array(cap);
    this.alpha = new Float64Array(cap);
    this.beta = new Float64Array(cap);
  }

  /**
   * The probability of each span (label spans of this piece, [start, end) in its n positions) under
   * emission[i * LABEL_STRIDE + l], written to out[k] for spans[k]. In log space throughout: scores
   * in weight units differ by thousands, and a step the decoder takes may be far below the
   * position's best score, made up for by the next transition.
   */
  spanProbabilities(emission: Float32Array, n: number, spans: readonly LabelSpan[], out: number[] | Float64Array): void {
    if (spans.length === 0 || n === 0) return;
    this.ensure(n);
    const { em, alpha, beta, trans } = this;
    const T = this.temperature;
    for (let i = 0; i < n; i++) {
      const e = i * LABEL_STRIDE;
      const p = i * L;
      for (let l = 0; l < L; l++) em[p + l] = emission[e + l]! / T;
    }
    for (let l = 0; l < L; l++) if (!START_OK[l]) em[l] = -Infinity;
    const last = (n - 1) * L;
    for (let l = 0; l < L; l++) if (!END_OK[l]) em[last + l] = -Infinity;
    for (let l = 0; l < L; l++) alpha[l] = em[l]!;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      for (let to = 0; to < L; to++) {
        const preds = PREDS[to]!;
        let m = -Infinity;
        for (let k = 0; k < preds.length; k++) {
          const from = preds[k]!;
          const v = alpha[prev + from]! + trans[from * L + to]!;
          if (v > m) m = v;
        }
        let s = 0;
        if (m !== -Infinity) for (let k = 0; k < preds.length; k++) s += Math.exp(alpha[prev + preds[k]!]! + trans[preds[k]! * L + to]! - m);
        alpha[cur + to] = m === -Infinity ? -Infinity : m + Math.log(s) + em[cur + to]!;
      }
    }
    for (let l = 0; l < L; l++) beta[last + l] = 0;
    for (let i = n - 2; i >= 0; i--) {
      const cur = i * L;
      const next = (i + 1) * L;
      for (let from = 0; from < L; from++) {
        const succs = SUCCS[from]!;
        let m = -Infinity;
        for (let k = 0; k < succs.length; k++) {
          const to = succs[k]!;
          const v = trans[from * L + to]! + em[next + to]! + beta[next + to]!;
          if (v > m) m = v;
        }
        let s = 0;
        if (m !== -Infinity)
          for (let k = 0; k < succs.length; k++) s += Math.exp(trans[from * L + succs[k]!]! + em[next + succs[k]!]! + beta[next + succs[k]!]! - m);
        beta[cur + from] = m === -Infinity ? -Infinity : m + Math.log(s);
      }
    }
    let m = -Infinity;
    for (let l = 0; l < L; l++) m = Math.max(m, alpha[last + l]!);
    let z = 0;
    for (let l = 0; l < L; l++) z += Math.exp(alpha[last + l]! - m);
    const logZ = m + Math.log(z);
    for (let k = 0; k < spans.length; k++) {
      const { start, end, typeIndex } = spans[k]!;
      if (end - start === 1) {
        const s = labelOf(typeIndex, 3);
        out[k] = clamp01(Math.exp(alpha[start * L + s]! + beta[start * L + s]! - logZ));
        continue;
      }
      const b = labelOf(typeIndex, 0);
      const inner = labelOf(typeIndex, 1);
      const e = labelOf(typeIndex, 2);
      let lp = alpha[start * L + b]!;
      let from = b;
      for (let i = start + 1; i < end; i++) {
        const to = i === end - 1 ? e : inner;
        lp += trans[from * L + to]! + em[i * L + to]!;
        from = to;
      }
      out[k] = clamp01(Math.exp(lp + beta[(end - 1) * L + e]! - logZ));
    }
  }
}

function clamp01(p: number): number {
  return p > 1 ? 1 : p > 0 ? p : 0;
}
