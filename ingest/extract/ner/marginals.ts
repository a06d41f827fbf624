// Span probabilities of the tagger (issue 17 §5): the perceptron's scores read as a linear-chain
// CRF at a temperature T, P(labels) ∝ exp(score(labels) / T) over the well-formed BIOES sequences
// (labels.ts), and the probability of a predicted span is the mass of every sequence that has
// exactly that span: B at its start, I inside, E at its end (S for one char). One forward and one
// backward pass over the emission the decoder read (no feature is computed again), then a sum along
// each span. Pieces without a predicted span are not visited (the tagger skips them).
// The passes run in linear space, each position rescaled to a maximum of one and the scale kept as a
// logarithm: per char 13 exp, read from tables (the scores are whole units), and no log but now and
// then, instead of some 230 exp in log space, which was 28% of the whole extraction's time. Where a
// value could underflow (a label more than 460 nats below the position's best, or transitions too
// large for exp) or overflow, the piece is computed in log space instead, so the result is the
// log-space one up to rounding (test/ingest/extract/ner/marginals.test.ts).
import { ALLOWED_TRANSITIONS, LABEL_STRIDE, NUM_LABELS, O, allowedAtEnd, allowedAtStart, labelOf, type LabelSpan } from './labels.ts';
import { BIOES3 } from './viterbi.ts';

/** The closed labels (O, E, S) and those that follow them (O, B, S), as viterbi.ts orders them. */
const CLOSED = [0, 3, 4, 7, 8, 11, 12];
const AFTER_CLOSED = [0, 1, 4, 5, 8, 9, 12];

const L = NUM_LABELS;
/** Transitions (in nats, after the temperature) beyond which exp could overflow a product of 13. */
const MAX_LINEAR_TRANS = 100;
/** Below this (about e^−460) a scaled value might have lost mass to underflow: log space decides. */
const TINY = 1e-200;
/** Bits of a score gap read from the low exp table (the rest index the high one). */
const EXP_BITS = 11;
const EXP_MASK = (1 << EXP_BITS) - 1;
/** Entries of the high exp table at most (a temperature of some 140,000 units fills it). */
const EXP_HI_CAP = 1 << 16;
/**
 * A position's scores are taken relative to its O score, which every position allows (no max to
 * find); a label more than this many nats above O sends the piece to log space, so no product of
 * the passes can overflow (e^200 × e^MAX_LINEAR_TRANS × e^200 < e^709).
 */
const MAX_ABOVE_O = 200;
/**
 * Bound of a scale's factor before it is folded into its log: a factor times one position's
 * maximum (at least e^−100 × TINY, at most 7 e^300) stays a normal double.
 */
const MAX_FACTOR = 1e50;
const START_OK = Float64Array.from({ length: L }, (_, l) => (allowedAtStart(l) ? 1 : 0));
const END_OK = Float64Array.from({ length: L }, (_, l) => (allowedAtEnd(l) ? 1 : 0));
/** Each label's allowed predecessors (ALLOWED_TRANSITIONS), as in viterbi.ts. */
const PREDS: Int32Array[] = Array.from({ length: L }, (_, to) => {
  const p: number[] = [];
  for (let from = 0; from < L; from++) if (ALLOWED_TRANSITIONS[from * L + to]) p.push(from);
  return Int32Array.from(p);
});
/** PREDS and SUCCS flat: row r is PRED_FROM[PRED_START[r] .. PRED_START[r + 1]). */
function flat(rows: Int32Array[]): [Int32Array, Int32Array] {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (start[i + 1] = start[i]! + r.length));
  const all = new Int32Array(start[rows.length]!);
  rows.forEach((r, i) => all.set(r, start[i]!));
  return [start, all];
}
/** Each label's allowed successors. */
const SUCCS: Int32Array[] = Array.from({ length: L }, (_, from) => {
  const s: number[] = [];
  for (let to = 0; to < L; to++) if (ALLOWED_TRANSITIONS[from * L + to]) s.push(to);
  return Int32Array.from(s);
});

const [PRED_START, PRED_FROM] = flat(PREDS);
const [SUCC_START, SUCC_TO] = flat(SUCCS);
/** Span probabilities for one transition matrix and temperature; holds its scratch, so not reentrant. */
export class SpanMarginals {
  /** transition / T; −Infinity where BIOES forbids the step. */
  private readonly trans = new Float64Array(L * L);
  /** exp(trans); used only when every allowed transition is within ±MAX_LINEAR_TRANS nats. */
  private readonly expTrans = new Float64Array(L * L);
  private readonly linear: boolean;
  /** expTrans by target (forward) and by source (backward), flat: labels and weights of each row. */
  private readonly predW = new Float64Array(PRED_FROM.length);
  private readonly succW = new Float64Array(SUCC_TO.length);
  /** expTrans in viterbi.ts's bioes3Transitions layout: closed → after-closed (49), then B/I → I/E per type (12). */
  private readonly tc = new Float64Array(49);
  private readonly to4 = new Float64Array(12);
  /** Scratch of the backward pass: ex × beta at the next position. */
  private readonly w = new Float64Array(L);
  /**
   * exp(−d / T) for a score d units below O, read as x = d + expOffset from two tables:
   * expLo[x & EXP_MASK] × expHi[x >> EXP_BITS] (24 kB together at the bundled temperature). The
   * emission's scores are whole units, so the 13 exp per char become table reads within a few ulp
   * of Math.exp; Math.exp takes what the tables lack.
   */
  private readonly expLo = new Float64Array(1 << EXP_BITS);
  private readonly expHi: Float64Array;
  /** Units of a score above O the tables cover (MAX_ABOVE_O nats), and the end of their x. */
  private readonly expOffset: number;
  private readonly expLimit: number;
  private em = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  /** Linear space: exp(em − the position's O score), and each position's log scale of alpha and beta. */
  private ex = new Float64Array(0);
  private shift = new Float64Array(0);
  private logA = new Float64Array(0);
  private logB = new Float64Array(0);
  /**
   * The rest of each scale as a factor, folded into logA / logB only when it leaves
   * [1 / MAX_FACTOR, MAX_FACTOR]: one log per position would cost as much as the passes' products.
   */
  private factorA = new Float64Array(0);
  private factorB = new Float64Array(0);

  /** transition[from * NUM_LABELS + to] in the emission's units; T > 0 in the same units. */
  constructor(
    transition: Float32Array,
    readonly temperature: number,
  ) {
    if (!(temperature > 0)) throw new Error(`ingest/extract/ner/marginals: temperature must be positive, got ${temperature}; check calibration.json`);
    let linear = true;
    for (let k = 0; k < L * L; k++) {
      const t = ALLOWED_TRANSITIONS[k] ? transition[k]! / temperature : -Infinity;
      this.trans[k] = t;
      this.expTrans[k] = Math.exp(t);
      if (t !== -Infinity && !(Math.abs(t) <= MAX_LINEAR_TRANS)) linear = false;
    }
    this.linear = linear;
    // From MAX_ABOVE_O nats above O to 746 below, where every exp is 0 in double precision (or
    // as far as the capped table reaches).
    const offset = Math.ceil(MAX_ABOVE_O * temperature);
    const hi = Math.min(EXP_HI_CAP, Math.ceil((offset + 746 * temperature) / (1 << EXP_BITS)) + 1);
    for (let k = 0; k < 1 << EXP_BITS; k++) this.expLo[k] = Math.exp(-k / temperature);
    this.expHi = Float64Array.from({ length: hi }, (_, k) => Math.exp(-(k * (1 << EXP_BITS) - offset) / temperature));
    this.expOffset = offset;
    this.expLimit = hi * (1 << EXP_BITS);
    if (BIOES3) this.unrolledTransitions();
    for (let to = 0; to < L; to++) for (let k = PRED_START[to]!; k < PRED_START[to + 1]!; k++) this.predW[k] = this.expTrans[PRED_FROM[k]! * L + to]!;
    for (let from = 0; from < L; from++) for (let k = SUCC_START[from]!; k < SUCC_START[from + 1]!; k++) this.succW[k] = this.expTrans[from * L + SUCC_TO[k]!]!;
  }

  /** expTrans in viterbi.ts's bioes3Transitions layout, in double precision (that one reads float32). */
  private unrolledTransitions(): void {
    for (let j = 0; j < 7; j++) for (let k = 0; k < 7; k++) this.tc[j * 7 + k] = this.expTrans[CLOSED[k]! * L + AFTER_CLOSED[j]!]!;
    for (let t = 0; t < 3; t++) {
      const b = 1 + 4 * t;
      this.to4[t * 4] = this.expTrans[b * L + b + 1]!;
      this.to4[t * 4 + 1] = this.expTrans[(b + 1) * L + b + 1]!;
      this.to4[t * 4 + 2] = this.expTrans[b * L + b + 2]!;
      this.to4[t * 4 + 3] = this.expTrans[(b + 1) * L + b + 2]!;
    }
  }

  private ensure(n: number): void {
    if (this.alpha.length >= n * L) return;
    const cap = Math.max(n, (2 * this.alpha.length) / L) * L;
    this.em = new Float64Array(cap);
    this.alpha = new Float64Array(cap);
    this.beta = new Float64Array(cap);
    this.ex = new Float64Array(cap);
    this.shift = new Float64Array(cap / L);
    this.logA = new Float64Array(cap / L);
    this.logB = new Float64Array(cap / L);
    this.factorA = new Float64Array(cap / L);
    this.factorB = new Float64Array(cap / L);
  }

  /**
   * The probability of each span (label spans of this piece, [start, end) in its n positions) under
   * emission[i * LABEL_STRIDE + l], written to out[k] for spans[k]. Scores in weight units differ by
   * thousands, and a step the decoder takes may be far below the position's best score, made up for
   * by the next transition: hence the rescaling, and log space where rescaling is not enough.
   */
  spanProbabilities(emission: Float32Array, n: number, spans: readonly LabelSpan[], out: number[] | Float64Array): void {
    if (spans.length === 0 || n === 0) return;
    this.ensure(n);
    // The spans read alpha at their starts and beta at their ends, and Z is read where both are
    // known: the forward pass stops at `meet`, the backward one at the first span's end.
    let lastStart = 0;
    let firstEnd = n;
    for (let k = 0; k < spans.length; k++) {
      if (spans[k]!.start > lastStart) lastStart = spans[k]!.start;
      if (spans[k]!.end < firstEnd) firstEnd = spans[k]!.end;
    }
    const meet = Math.max(lastStart, firstEnd - 1);
    const linear = this.linear && this.scaledPasses(emission, n, meet, firstEnd - 1);
    if (!linear) {
      this.readEmission(emission, n);
      this.logPasses(n);
    }
    this.sumSpans(emission, n, spans, out, linear ? meet : -1);
  }

  /** Log space throughout, whatever the scores: the reference the linear passes are tested against. */
  logSpaceProbabilities(emission: Float32Array, n: number, spans: readonly LabelSpan[], out: number[] | Float64Array): void {
    if (spans.length === 0 || n === 0) return;
    this.ensure(n);
    this.readEmission(emission, n);
    this.logPasses(n);
    this.sumSpans(emission, n, spans, out, -1);
  }

  /** em = emission / T, −Infinity where a label cannot start or end the piece. */
  private readEmission(emission: Float32Array, n: number): void {
    const { em } = this;
    const T = this.temperature;
    for (let i = 0; i < n; i++) {
      const e = i * LABEL_STRIDE;
      const p = i * L;
      for (let l = 0; l < L; l++) em[p + l] = emission[e + l]! / T;
    }
    for (let l = 0; l < L; l++) if (!START_OK[l]) em[l] = -Infinity;
    const last = (n - 1) * L;
    for (let l = 0; l < L; l++) if (!END_OK[l]) em[last + l] = -Infinity;
  }

  /**
   * Forward and backward in linear space, each position divided by its maximum (log of the running
   * scale in logA / logB). False, with nothing usable, when an allowed label's value falls below
   * TINY: it could have underflowed, and log space must decide.
   */
  private scaledPasses(emission: Float32Array, n: number, meet: number, stop: number): boolean {
    const { ex, shift, alpha, beta, predW, succW, w, logA, logB, factorA, factorB, tc, to4, expLo, expHi, expOffset, expLimit } = this;
    const T = this.temperature;
    for (let i = 0; i < n; i++) {
      const e = i * LABEL_STRIDE;
      const p = i * L;
      const o = emission[e + O]!;
      for (let l = 0; l < L; l++) {
        const x = o - emission[e + l]! + expOffset;
        const xi = x | 0;
        if (xi === x && xi >>> 0 < expLimit) ex[p + l] = expLo[xi & EXP_MASK]! * expHi[xi >>> EXP_BITS]!;
        else {
          const nats = (emission[e + l]! - o) / T;
          if (nats > MAX_ABOVE_O) return false;
          ex[p + l] = Math.exp(nats);
        }
      }
      shift[i] = o / T;
    }
    // The labels that cannot start (end) the piece are out at its first (last) position.
    const last = n - 1;
    for (let l = 0; l < L; l++) {
      if (!START_OK[l]) ex[l] = 0;
      if (!END_OK[l]) ex[last * L + l] = 0;
    }
    let scale = shift[0]!;
    let factor = 1;
    logA[0] = scale;
    factorA[0] = 1;
    for (let l = 0; l < L; l++) {
      alpha[l] = ex[l]!;
      if (START_OK[l] && (n > 1 || END_OK[l]) && !(alpha[l]! >= TINY)) return false;
    }
    for (let i = 1; i <= meet; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      const endRow = i === n - 1;
      let m = 0;
      if (BIOES3) {
        // labels.ts's 13 labels unrolled, as viterbi.ts's forwardBioes3: the seven labels after a
        // closed one (O, B, S) read the seven closed ones (O, E, S); I and E read B and I of their type.
        const a0 = alpha[prev]!;
        const a3 = alpha[prev + 3]!;
        const a4 = alpha[prev + 4]!;
        const a7 = alpha[prev + 7]!;
        const a8 = alpha[prev + 8]!;
        const a11 = alpha[prev + 11]!;
        const a12 = alpha[prev + 12]!;
        for (let j = 0; j < 7; j++) {
          const b = j * 7;
          const to = AFTER_CLOSED[j]!;
          const v = (a0 * tc[b]! + a3 * tc[b + 1]! + a4 * tc[b + 2]! + a7 * tc[b + 3]! + a8 * tc[b + 4]! + a11 * tc[b + 5]! + a12 * tc[b + 6]!) * ex[cur + to]!;
          alpha[cur + to] = v;
          if (v > m) m = v;
        }
        for (let t = 0; t < 3; t++) {
          const b = 1 + 4 * t;
          const k = t * 4;
          const aB = alpha[prev + b]!;
          const aI = alpha[prev + b + 1]!;
          const vI = (aB * to4[k]! + aI * to4[k + 1]!) * ex[cur + b + 1]!;
          const vE = (aB * to4[k + 2]! + aI * to4[k + 3]!) * ex[cur + b + 2]!;
          alpha[cur + b + 1] = vI;
          alpha[cur + b + 2] = vE;
          if (vI > m) m = vI;
          if (vE > m) m = vE;
        }
      } else
        for (let to = 0; to < L; to++) {
          let s = 0;
          for (let k = PRED_START[to]!, e = PRED_START[to + 1]!; k < e; k++) s += alpha[prev + PRED_FROM[k]!]! * predW[k]!;
          const v = s * ex[cur + to]!;
          alpha[cur + to] = v;
          if (v > m) m = v;
        }
      if (!(m > 0)) return false;
      const inv = 1 / m;
      for (let to = 0; to < L; to++) {
        const v = alpha[cur + to]! * inv;
        alpha[cur + to] = v;
        if (!(v >= TINY) && (!endRow || END_OK[to])) return false;
      }
      scale += shift[i]!;
      factor *= m;
      if (factor < 1 / MAX_FACTOR || factor > MAX_FACTOR) {
        scale += Math.log(factor);
        factor = 1;
      }
      logA[i] = scale;
      factorA[i] = factor;
    }
    const lastRow = last * L;
    for (let l = 0; l < L; l++) beta[lastRow + l] = 1;
    logB[n - 1] = 0;
    factorB[n - 1] = 1;
    scale = 0;
    factor = 1;
    for (let i = n - 2; i >= stop; i--) {
      const cur = i * L;
      const next = (i + 1) * L;
      let m = 0;
      for (let l = 0; l < L; l++) w[l] = ex[next + l]! * beta[next + l]!;
      if (BIOES3) {
        const w0 = w[0]!;
        const w1 = w[1]!;
        const w4 = w[4]!;
        const w5 = w[5]!;
        const w8 = w[8]!;
        const w9 = w[9]!;
        const w12 = w[12]!;
        for (let k = 0; k < 7; k++) {
          const v = tc[k]! * w0 + tc[7 + k]! * w1 + tc[14 + k]! * w4 + tc[21 + k]! * w5 + tc[28 + k]! * w8 + tc[35 + k]! * w9 + tc[42 + k]! * w12;
          beta[cur + CLOSED[k]!] = v;
          if (v > m) m = v;
        }
        for (let t = 0; t < 3; t++) {
          const b = 1 + 4 * t;
          const k = t * 4;
          const wI = w[b + 1]!;
          const wE = w[b + 2]!;
          const vB = to4[k]! * wI + to4[k + 2]! * wE;
          const vI = to4[k + 1]! * wI + to4[k + 3]! * wE;
          beta[cur + b] = vB;
          beta[cur + b + 1] = vI;
          if (vB > m) m = vB;
          if (vI > m) m = vI;
        }
      } else
        for (let from = 0; from < L; from++) {
          let s = 0;
          for (let k = SUCC_START[from]!, e = SUCC_START[from + 1]!; k < e; k++) s += succW[k]! * w[SUCC_TO[k]!]!;
          beta[cur + from] = s;
          if (s > m) m = s;
        }
      if (!(m > 0)) return false;
      const inv = 1 / m;
      for (let from = 0; from < L; from++) {
        const v = beta[cur + from]! * inv;
        beta[cur + from] = v;
        if (!(v >= TINY)) return false;
      }
      scale += shift[i + 1]!;
      factor *= m;
      if (factor < 1 / MAX_FACTOR || factor > MAX_FACTOR) {
        scale += Math.log(factor);
        factor = 1;
      }
      logB[i] = scale;
      factorB[i] = factor;
    }
    return true;
  }

  private logPasses(n: number): void {
    const { em, alpha, beta, trans } = this;
    const last = (n - 1) * L;
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
  }

  /**
   * Each span's probability from alpha and beta: log values (meet < 0), or scaled linear ones known
   * up to `meet` and from the spans' first end.
   */
  private sumSpans(emission: Float32Array, n: number, spans: readonly LabelSpan[], out: number[] | Float64Array, meet: number): void {
    const { alpha, beta, trans, logA, logB, factorA, factorB } = this;
    const T = this.temperature;
    const last = (n - 1) * L;
    const linear = meet >= 0;
    const la = linear
      ? (i: number, l: number): number => Math.log(alpha[i * L + l]! * factorA[i]!) + logA[i]!
      : (i: number, l: number): number => alpha[i * L + l]!;
    const lb = linear
      ? (i: number, l: number): number => Math.log(beta[i * L + l]! * factorB[i]!) + logB[i]!
      : (i: number, l: number): number => beta[i * L + l]!;
    let logZ: number;
    if (linear) {
      let z = 0;
      for (let l = 0; l < L; l++) z += alpha[meet * L + l]! * beta[meet * L + l]!;
      logZ = logA[meet]! + logB[meet]! + Math.log(z * factorA[meet]! * factorB[meet]!);
    } else {
      let m = -Infinity;
      for (let l = 0; l < L; l++) m = Math.max(m, alpha[last + l]!);
      let z = 0;
      for (let l = 0; l < L; l++) z += Math.exp(alpha[last + l]! - m);
      logZ = m + Math.log(z);
    }
    for (let k = 0; k < spans.length; k++) {
      const { start, end, typeIndex } = spans[k]!;
      if (end - start === 1) {
        const s = labelOf(typeIndex, 3);
        out[k] = clamp01(Math.exp(la(start, s) + lb(start, s) - logZ));
        continue;
      }
      const b = labelOf(typeIndex, 0);
      const inner = labelOf(typeIndex, 1);
      const e = labelOf(typeIndex, 2);
      let lp = la(start, b);
      let from = b;
      for (let i = start + 1; i < end; i++) {
        const to = i === end - 1 ? e : inner;
        // Inside the piece (i ≥ 1, and I before its last position): readEmission's em, unrestricted.
        lp += trans[from * L + to]! + emission[i * LABEL_STRIDE + to]! / T;
        from = to;
      }
      out[k] = clamp01(Math.exp(lp + lb(end - 1, e) - logZ));
    }
  }
}

function clamp01(p: number): number {
  return p > 1 ? 1 : p > 0 ? p : 0;
}
