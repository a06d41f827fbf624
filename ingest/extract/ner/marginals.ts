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
// log-space one up to rounding (test/ingest/extract/ner/marginals.test.ts). The linear passes run
// in WebAssembly (wasm/marginals.wat, the same f64 operations in the same order as the JavaScript
// they replaced, so the same probabilities to the bit): in JavaScript they were some 15% of tagging.
import { ALLOWED_TRANSITIONS, END_MASK, LABEL_STRIDE, NUM_LABELS, START_MASK, allowedAtEnd, allowedAtStart, labelOf, type LabelSpan } from './labels.ts';
import { BIOES3 } from './viterbi.ts';
import { align64, growTo, instantiate } from './wasm/instance.ts';

const WASM_FILE = new URL('./wasm/marginals.wasm', import.meta.url);
type Passes = (
  em: number,
  n: number,
  meet: number,
  stop: number,
  ex: number,
  shift: number,
  alpha: number,
  beta: number,
  logA: number,
  logB: number,
  factorA: number,
  factorB: number,
  tc: number,
  to: number,
  expLo: number,
  expHi: number,
  expOffset: number,
  expLimit: number,
  T: number,
  maxAboveO: number,
  tiny: number,
  minFactor: number,
  maxFactor: number,
  startMask: number,
  endMask: number,
) => number;
/** Bytes 0..63 hold the wat's label tables; the transitions and exp tables follow, then the piece buffers. */
const TC_AT = 64;
const TO_AT = TC_AT + 49 * 8;
const EXP_LO_AT = align64(TO_AT + 12 * 8);

/** The closed labels (O, E, S) and those that follow them (O, B, S), as viterbi.ts orders them. */
const CLOSED = [0, 3, 4, 7, 8, 11, 12];
const AFTER_CLOSED = [0, 1, 4, 5, 8, 9, 12];

const L = NUM_LABELS;
/** Transitions (in nats, after the temperature) beyond which exp could overflow a product of 13. */
const MAX_LINEAR_TRANS = 100;
/** Below this (about e^−460) a scaled value might have lost mass to underflow: log space decides. */
const TINY = 1e-200;
/** Bits of a score gap read from the low exp table (the rest index the high one); wasm/marginals.wat has them too. */
const EXP_BITS = 11;
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
  /** exp(trans); used only when every allowed transition is within ±MAX_LINEAR_TRANS nats. */
  private readonly expTrans = new Float64Array(L * L);
  private readonly linear: boolean;
  /** The instance running wasm/marginals.wat, its memory and where the piece buffers start. */
  private readonly memory: WebAssembly.Memory;
  private readonly passes: Passes;
  private readonly piecesAt: number;
  /** Units of a score above O the exp tables cover (MAX_ABOVE_O nats), and the end of their x. */
  private readonly expOffset: number;
  private readonly expLimit: number;
  private readonly expHiAt: number;
  private readonly startMask: number;
  private readonly endMask: number;
  private capacity = 0;
  /** Byte offsets of the piece buffers in the memory (f32 emission; f64 ex, alpha, beta, per-position scales). */
  private at = { em: 0, ex: 0, shift: 0, alpha: 0, beta: 0, logA: 0, logB: 0, factorA: 0, factorB: 0 };
  /** Log space: emission / T. */
  private em = new Float64Array(0);
  /** Views of the memory (either path writes alpha and beta there; grow() renews the views). */
  private emIn = new Float32Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  /** Linear space: each position's log scale of alpha and beta. */
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
    if (!BIOES3) throw new Error('ingest/extract/ner/marginals: wasm/marginals.wat is written for 13 BIOES labels over three types; update it with labels.ts');
    let linear = true;
    for (let k = 0; k < L * L; k++) {
      const t = ALLOWED_TRANSITIONS[k] ? transition[k]! / temperature : -Infinity;
      this.trans[k] = t;
      this.expTrans[k] = Math.exp(t);
      if (t !== -Infinity && !(Math.abs(t) <= MAX_LINEAR_TRANS)) linear = false;
    }
    this.linear = linear;
    const { exports, memory } = instantiate(WASM_FILE, { math: { exp: Math.exp, log: Math.log } });
    this.memory = memory;
    this.passes = exports.passes as Passes;
    // exp(−d / T) for a score d units below O, read as x = d + expOffset from two tables:
    // expLo[x & EXP_MASK] × expHi[x >> EXP_BITS] (24 kB together at the bundled temperature). The
    // emission's scores are whole units, so the 13 exp per char become table reads within a few ulp
    // of Math.exp; Math.exp takes what the tables lack. They cover MAX_ABOVE_O nats above O to 746
    // below, where every exp is 0 in double precision (or as far as the capped table reaches).
    const offset = Math.ceil(MAX_ABOVE_O * temperature);
    const hi = Math.min(EXP_HI_CAP, Math.ceil((offset + 746 * temperature) / (1 << EXP_BITS)) + 1);
    this.expOffset = offset;
    this.expLimit = hi * (1 << EXP_BITS);
    this.expHiAt = align64(EXP_LO_AT + (1 << EXP_BITS) * 8);
    this.piecesAt = align64(this.expHiAt + hi * 8);
    growTo(memory, this.piecesAt);
    const expLo = new Float64Array(memory.buffer, EXP_LO_AT, 1 << EXP_BITS);
    for (let k = 0; k < 1 << EXP_BITS; k++) expLo[k] = Math.exp(-k / temperature);
    const expHi = new Float64Array(memory.buffer, this.expHiAt, hi);
    for (let k = 0; k < hi; k++) expHi[k] = Math.exp(-(k * (1 << EXP_BITS) - offset) / temperature);
    this.unrolledTransitions(new Float64Array(memory.buffer, TC_AT, 49), new Float64Array(memory.buffer, TO_AT, 12));
    this.startMask = START_MASK;
    this.endMask = END_MASK;
  }

  /** expTrans in viterbi.ts's bioes3Transitions layout, in double precision (that one reads float32). */
  private unrolledTransitions(tc: Float64Array, to4: Float64Array): void {
    for (let j = 0; j < 7; j++) for (let k = 0; k < 7; k++) tc[j * 7 + k] = this.expTrans[CLOSED[k]! * L + AFTER_CLOSED[j]!]!;
    for (let t = 0; t < 3; t++) {
      const b = 1 + 4 * t;
      to4[t * 4] = this.expTrans[b * L + b + 1]!;
      to4[t * 4 + 1] = this.expTrans[(b + 1) * L + b + 1]!;
      to4[t * 4 + 2] = this.expTrans[b * L + b + 2]!;
      to4[t * 4 + 3] = this.expTrans[(b + 1) * L + b + 2]!;
    }
  }

  /** Room for n positions: grows the memory (which detaches the old views) and renews the views. */
  private ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, 2 * this.capacity);
    const rows = cap * L * 8;
    const at = { em: this.piecesAt, ex: 0, shift: 0, alpha: 0, beta: 0, logA: 0, logB: 0, factorA: 0, factorB: 0 };
    at.ex = align64(at.em + cap * L * 4);
    at.alpha = align64(at.ex + rows);
    at.beta = align64(at.alpha + rows);
    at.shift = align64(at.beta + rows);
    at.logA = align64(at.shift + cap * 8);
    at.logB = align64(at.logA + cap * 8);
    at.factorA = align64(at.logB + cap * 8);
    at.factorB = align64(at.factorA + cap * 8);
    growTo(this.memory, at.factorB + cap * 8);
    const buffer = this.memory.buffer;
    this.at = at;
    this.em = new Float64Array(cap * L);
    this.emIn = new Float32Array(buffer, at.em, cap * L);
    this.alpha = new Float64Array(buffer, at.alpha, cap * L);
    this.beta = new Float64Array(buffer, at.beta, cap * L);
    this.logA = new Float64Array(buffer, at.logA, cap);
    this.logB = new Float64Array(buffer, at.logB, cap);
    this.factorA = new Float64Array(buffer, at.factorA, cap);
    this.factorB = new Float64Array(buffer, at.factorB, cap);
    this.capacity = cap;
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
   * scale in logA / logB), in wasm/marginals.wat. False, with nothing usable, when an allowed
   * label's value falls below TINY (it could have underflowed: log space must decide) or a label
   * is more than MAX_ABOVE_O nats above O.
   */
  private scaledPasses(emission: Float32Array, n: number, meet: number, stop: number): boolean {
    this.emIn.set(emission.subarray(0, n * LABEL_STRIDE));
    const at = this.at;
    const ok = this.passes(
      at.em,
      n,
      meet,
      stop,
      at.ex,
      at.shift,
      at.alpha,
      at.beta,
      at.logA,
      at.logB,
      at.factorA,
      at.factorB,
      TC_AT,
      TO_AT,
      EXP_LO_AT,
      this.expHiAt,
      this.expOffset,
      this.expLimit,
      this.temperature,
      MAX_ABOVE_O,
      TINY,
      1 / MAX_FACTOR,
      MAX_FACTOR,
      this.startMask,
      this.endMask,
    );
    return ok === 1;
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
