// Span probabilities (ner/marginals.ts) against a brute-force enumeration of every well-formed
// labelling of tiny lattices: the oracle test of the forward–backward pass; and the rescaled linear
// passes (the fast path) against the log-space ones on longer pieces.
import { describe, expect, it } from 'vitest';
import { SpanMarginals } from '../../../../ingest/extract/ner/marginals.ts';
import {
  ALLOWED_TRANSITIONS,
  LABEL_STRIDE,
  NUM_LABELS,
  allowedAtEnd,
  allowedAtStart,
  spansOfLabels,
  type LabelSpan,
} from '../../../../ingest/extract/ner/labels.ts';

/** A deterministic pseudo-random stream (no Math.random: the test must repeat). */
function stream(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

function randomLattice(n: number, seed: number, spread: number): { emission: Float32Array; transition: Float32Array } {
  const r = stream(seed);
  const emission = new Float32Array(n * LABEL_STRIDE);
  for (let k = 0; k < emission.length; k++) emission[k] = Math.round((r() - 0.5) * spread);
  const transition = new Float32Array(NUM_LABELS * NUM_LABELS);
  for (let k = 0; k < transition.length; k++) transition[k] = Math.round((r() - 0.5) * spread);
  return { emission, transition };
}

/** Every well-formed labelling of n positions with its unnormalized weight exp(score / T). */
function* labellings(n: number, emission: Float32Array, transition: Float32Array, T: number): Generator<[Uint8Array, number]> {
  const labels = new Uint8Array(n);
  function* go(i: number, score: number): Generator<[Uint8Array, number]> {
    if (i === n) {
      if (allowedAtEnd(labels[n - 1]!)) yield [labels.slice(), Math.exp(score / T)];
      return;
    }
    for (let l = 0; l < NUM_LABELS; l++) {
      if (i === 0 ? !allowedAtStart(l) : !ALLOWED_TRANSITIONS[labels[i - 1]! * NUM_LABELS + l]) continue;
      labels[i] = l;
      const s = score + emission[i * LABEL_STRIDE + l]! + (i === 0 ? 0 : transition[labels[i - 1]! * NUM_LABELS + l]!);
      yield* go(i + 1, s);
    }
  }
  yield* go(0, 0);
}

const key = (s: LabelSpan): string => `${s.start}:${s.end}:${s.typeIndex}`;

/** Brute force: each span's probability, summed over the labellings that contain it. */
function bruteForce(n: number, emission: Float32Array, transition: Float32Array, T: number): Map<string, number> {
  const mass = new Map<string, number>();
  let z = 0;
  for (const [labels, w] of labellings(n, emission, transition, T)) {
    z += w;
    for (const s of spansOfLabels(labels)) mass.set(key(s), (mass.get(key(s)) ?? 0) + w);
  }
  for (const [k, w] of mass) mass.set(k, w / z);
  return mass;
}

function allSpans(n: number): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (let start = 0; start < n; start++) for (let end = start + 1; end <= n; end++) for (let t = 0; t < 3; t++) out.push({ start, end, typeIndex: t });
  return out;
}

describe('SpanMarginals', () => {
  it('should give every span of a tiny lattice the probability a brute-force enumeration gives', () => {
    for (const [n, seed, spread, T] of [
      [1, 1, 6, 1],
      [2, 2, 6, 1],
      [3, 3, 8, 2],
      [4, 4, 10, 1.5],
      [4, 5, 400, 50],
    ] as const) {
      const { emission, transition } = randomLattice(n, seed, spread);
      const want = bruteForce(n, emission, transition, T);
      const spans = allSpans(n);
      const got = new Float64Array(spans.length);
      new SpanMarginals(transition, T).spanProbabilities(emission, n, spans, got);
      spans.forEach((s, k) => expect(got[k], `n=${n} span ${key(s)}`).toBeCloseTo(want.get(key(s)) ?? 0, 9));
    }
  });

  it('should make the probabilities of the spans covering each position and of O there sum to one', () => {
    const n = 5;
    const { emission, transition } = randomLattice(n, 9, 12);
    const T = 2;
    const spans = allSpans(n);
    const got = new Float64Array(spans.length);
    new SpanMarginals(transition, T).spanProbabilities(emission, n, spans, got);
    // P(O at i) by enumeration: the one quantity not read from a span.
    const pO = new Float64Array(n);
    let z = 0;
    for (const [labels, w] of labellings(n, emission, transition, T)) {
      z += w;
      for (let i = 0; i < n; i++) if (labels[i] === 0) pO[i] += w;
    }
    for (let i = 0; i < n; i++) {
      let covered = 0;
      spans.forEach((s, k) => {
        if (s.start <= i && i < s.end) covered += got[k]!;
      });
      expect(covered + pO[i]! / z).toBeCloseTo(1, 9);
    }
  });

  it('should approach one for the decoded span as the temperature falls, without underflow on large scores', () => {
    const n = 6;
    const { emission, transition } = randomLattice(n, 12, 3000); // scores in weight units run to thousands
    let top = -Infinity;
    let arg: Uint8Array = new Uint8Array(n);
    for (const [labels] of labellings(n, emission, transition, 1)) {
      let s = emission[labels[0]!]!;
      for (let i = 1; i < n; i++) s += emission[i * LABEL_STRIDE + labels[i]!]! + transition[labels[i - 1]! * NUM_LABELS + labels[i]!]!;
      if (s > top) {
        top = s;
        arg = labels;
      }
    }
    const spans = spansOfLabels(arg);
    expect(spans.length).toBeGreaterThan(0);
    const got = new Float64Array(spans.length);
    new SpanMarginals(transition, 1).spanProbabilities(emission, n, spans, got);
    for (const p of got) expect(p).toBeGreaterThan(0.99);
  });

  it('should give the log-space probabilities from the rescaled linear passes on long pieces at the bundled scale', () => {
    // Scores as the tagger's are (weight units in thousands, T in the same units), on pieces as long
    // as a sentence or a paragraph: the fast path against the log-space reference, span by span.
    for (const [n, seed, spread, T] of [
      [40, 21, 20_000, 2276],
      [300, 22, 60_000, 2276],
      [120, 23, 8_000, 500],
      [2, 24, 20_000, 2276],
    ] as const) {
      const { emission, transition } = randomLattice(n, seed, spread);
      const m = new SpanMarginals(transition, T);
      // Spans all over the piece, and few spans (the passes then stop where those spans need them).
      const everywhere = allSpans(Math.min(n, 12))
        .concat([
          { start: n - 3, end: n, typeIndex: 1 },
          { start: 5, end: n - 5, typeIndex: 2 },
        ])
        .filter((s) => s.start >= 0 && s.end <= n && s.start < s.end);
      const middle = Math.floor(n / 2);
      const few: LabelSpan[][] = [
        [{ start: middle, end: Math.min(n, middle + 3), typeIndex: 0 }],
        [{ start: 0, end: 1, typeIndex: 1 }],
        [{ start: n - 1, end: n, typeIndex: 2 }],
        [
          { start: 1, end: Math.min(n, 2), typeIndex: 0 },
          { start: Math.max(0, n - 2), end: n, typeIndex: 1 },
        ],
      ];
      let some = 0;
      for (const spans of [everywhere, ...few]) {
        const got = new Float64Array(spans.length);
        const want = new Float64Array(spans.length);
        m.spanProbabilities(emission, n, spans, got);
        m.logSpaceProbabilities(emission, n, spans, want);
        spans.forEach((s, k) => {
          expect(Math.abs(got[k]! - want[k]!), `n=${n} span ${key(s)}: ${got[k]} vs ${want[k]}`).toBeLessThan(1e-9);
          some += want[k]!;
        });
      }
      expect(some).toBeGreaterThan(0); // not a comparison of zeros
    }
  });

  it('should still give the log-space probabilities where a label sinks too far below the best for linear space', () => {
    // A person over the whole piece whose inside runs 300 nats below O for three chars, then 700
    // above for four: linear space loses the first stretch to underflow (and with it the person),
    // though the whole piece is one person with near certainty, so the piece goes to log space.
    const n = 8;
    const T = 1;
    const emission = new Float32Array(n * LABEL_STRIDE);
    const transition = new Float32Array(NUM_LABELS * NUM_LABELS);
    for (let i = 1; i < n; i++) emission[i * LABEL_STRIDE + 1] = -5000; // B-Person only at the start
    for (let i = 1; i <= 3; i++) emission[i * LABEL_STRIDE + 2] = -300; // I-Person
    for (let i = 4; i < n - 1; i++) emission[i * LABEL_STRIDE + 2] = 700;
    emission[(n - 1) * LABEL_STRIDE + 3] = 700; // E-Person at the end
    // The whole piece as a person, and the last char alone as one, which the person rules out.
    const spans: LabelSpan[] = [
      { start: 0, end: n, typeIndex: 0 },
      { start: n - 1, end: n, typeIndex: 0 },
    ];
    const got = new Float64Array(2);
    const want = new Float64Array(2);
    const m = new SpanMarginals(transition, T);
    m.spanProbabilities(emission, n, spans, got);
    m.logSpaceProbabilities(emission, n, spans, want);
    expect(want[0]).toBeGreaterThan(0.99);
    expect(want[1]).toBeLessThan(0.01);
    expect(got[0]).toBeCloseTo(want[0]!, 12);
    expect(got[1]).toBeCloseTo(want[1]!, 12);
  });

  it('should give the log-space probabilities for scores its exp tables lack: fractions, far above O, a huge temperature', () => {
    const n = 30;
    const spans = allSpans(8);
    for (const [T, shape] of [
      [2276, (v: number) => v + 0.25], // not whole units: Math.exp instead of the tables
      [2276, (v: number) => v + 300 * 2276], // a label far above O somewhere: log space
      [5e7, (v: number) => v * 1000], // beyond the capped third table
    ] as const) {
      const { emission, transition } = randomLattice(n, 31, 40_000);
      for (let k = 0; k < emission.length; k++) if (k % LABEL_STRIDE !== 0 && k % 7 === 3) emission[k] = shape(emission[k]!);
      const m = new SpanMarginals(transition, T);
      const got = new Float64Array(spans.length);
      const want = new Float64Array(spans.length);
      m.spanProbabilities(emission, n, spans, got);
      m.logSpaceProbabilities(emission, n, spans, want);
      spans.forEach((s, k) => expect(Math.abs(got[k]! - want[k]!), `T=${T} span ${key(s)}`).toBeLessThan(1e-9));
    }
  });

  it('should refuse a temperature that is not positive', () => {
    expect(() => new SpanMarginals(new Float32Array(NUM_LABELS * NUM_LABELS), 0)).toThrow(/temperature must be positive/);
  });
});
