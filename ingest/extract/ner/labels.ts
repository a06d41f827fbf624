// The tag scheme of the NER tagger: BIOES over Person / Organization / Place, as small integers.
// BIOES (rather than the BIO of the MSRA file) gives the model an explicit "single" and "end" tag,
// which measurably helps span boundaries; the transition mask keeps decoded sequences well formed.
import type { EntityType } from '../../model.ts';

export const NER_TYPES: readonly EntityType[] = ['Person', 'Place', 'Organization'];

/** Label 0 is O; type t (index into NER_TYPES) owns labels 1+4t .. 4+4t as B, I, E, S. */
export const NUM_LABELS = 1 + 4 * NER_TYPES.length;
/** Length of one weight row (and of one emission row): one weight per label, unpadded. */
export const LABEL_STRIDE = NUM_LABELS;

export const O = 0;
const B = 0;
const I = 1;
const E = 2;
const S = 3;

export function labelOf(typeIndex: number, part: 0 | 1 | 2 | 3): number {
  return 1 + 4 * typeIndex + part;
}
export function typeOfLabel(label: number): number {
  return label === O ? -1 : (label - 1) >> 2;
}
export function partOfLabel(label: number): number {
  return label === O ? -1 : (label - 1) & 3;
}

/** allowed[from * NUM_LABELS + to] = 1 when the transition keeps BIOES well formed. */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const allowed = new Uint8Array(NUM_LABELS * NUM_LABELS);
  for (let from = 0; from < NUM_LABELS; from++) {
    for (let to = 0; to < NUM_LABELS; to++) {
      const fp = partOfLabel(from);
      const tp = partOfLabel(to);
      const open = fp === B || fp === I;
      let ok: boolean;
      if (open) ok = (tp === I || tp === E) && typeOfLabel(from) === typeOfLabel(to);
      else ok = to === O || tp === B || tp === S;
      allowed[from * NUM_LABELS + to] = ok ? 1 : 0;
    }
  }
  return allowed;
})();
export function allowedAtStart(label: number): boolean {
  const p = partOfLabel(label);
  return label === O || p === B || p === S;
}
export function allowedAtEnd(label: number): boolean {
  const p = partOfLabel(label);
  return label === O || p === E || p === S;
}

/** Bit l set where label l may start (START_MASK) or end (END_MASK) a sequence: the WebAssembly passes' masks. */
export const START_MASK = maskOf(allowedAtStart);
export const END_MASK = maskOf(allowedAtEnd);

function maskOf(allowed: (label: number) => boolean): number {
  let mask = 0;
  for (let l = 0; l < NUM_LABELS; l++) if (allowed(l)) mask |= 1 << l;
  return mask;
}

export interface LabelSpan {
  start: number;
  /** Exclusive. */
  end: number;
  typeIndex: number;
}

/** Entity spans of a BIOES label sequence (tolerant of ill-formed input: I/E without B opens). */
export function spansOfLabels(labels: ArrayLike<number>, n = labels.length): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    const t = typeOfLabel(l);
    const p = partOfLabel(l);
    if (start >= 0 && (l === O || p === B || p === S || t !== type)) {
      spans.push({ start, end: i, typeIndex: type });
      start = -1;
    }
    if (l === O) continue;
    if (p === S) {
      spans.push({ start: i, end: i + 1, typeIndex: t });
    } else if (start < 0) {
      start = i;
      type = t;
      if (p === E) {
        spans.push({ start, end: i + 1, typeIndex: t });
        start = -1;
      }
    } else if (p === E) {
      spans.push({ start, end: i + 1, typeIndex: t });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: n, typeIndex: type });
  return spans;
}

/** BIOES labels for the given spans over a sequence of length n. */
export function labelsOfSpans(spans: readonly LabelSpan[], n: number): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      labels[s.start] = labelOf(s.typeIndex, S);
      continue;
    }
    labels[s.start] = labelOf(s.typeIndex, B);
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelOf(s.typeIndex, I);
    labels[s.end - 1] = labelOf(s.typeIndex, E);
  }
  return labels;
}
