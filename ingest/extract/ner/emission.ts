// Emission scores: per char, the sum of the label weights of its features. The reference path
// looks every key of featurize() up in the WeightTable; the tagger's path resolves the templates
// that depend on one char code (features.ts CHAR_TEMPLATES) and the bias once per model into dense
// rows indexed by code, so per char they cost array reads instead of a hash probe and 13 shifts.
// Both produce the same scores: the weights are integers (q << shift), so any summation order is
// exact; test/ingest/extract/ner/emission.test.ts compares them.
import { BOS as BOS_EXPORT, EOS as EOS_EXPORT } from './chars.ts';
import { BIAS_TEMPLATE, CHAR_TEMPLATES, NUM_TEMPLATES as TEMPLATES_EXPORT, SLOT_GROUPS, codeAt } from './features.ts';
import { Workspace, featurize } from './featurize.ts';
import { mix3 } from './hash.ts';
import { LABEL_STRIDE as STRIDE_EXPORT, NUM_LABELS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { WEIGHT_OFFSET as OFFSET_EXPORT, type WeightTable } from './weight-table.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const NUM_TEMPLATES = TEMPLATES_EXPORT;
const LABEL_STRIDE = STRIDE_EXPORT;
const WEIGHT_OFFSET = OFFSET_EXPORT;
const BOS = BOS_EXPORT;
const EOS = EOS_EXPORT;

if (NUM_LABELS !== 13) throw new Error('ingest/extract/ner/emission: sums are unrolled for 13 labels; update emission.ts with labels.ts');

/** Rows of 13 weights padded to 16, so a row never straddles a cache line. */
const ROW = 16;

/** Sum of the weights of every key of n positions (NUM_TEMPLATES keys each); keys become weight offsets. */
export function referenceEmission(table: WeightTable, keys: Int32Array, n: number, em: Float32Array): void {
  const w = table.weights;
  const shifts = table.bytes;
  const total = n * NUM_TEMPLATES;
  // Resolve every key first, in place (keys become weight offsets): the probes are independent, so
  // the CPU overlaps their cache misses. This is WeightTable.find, inlined by hand.
  const fps = table.fingerprints;
  const mask = table.mask;
  for (let k = 0; k < total; k++) {
    const key = keys[k]!;
    const fp = Math.imul(key, 0x9e3779b1) >>> 16 || 1;
    let s = key & mask;
    let r = -1;
    for (;;) {
      const found = fps[s << 3]!;
      if (found === fp) {
        r = (s << 4) + WEIGHT_OFFSET;
        break;
      }
      if (found === 0) break;
      s = (s + 1) & mask;
    }
    keys[k] = r;
  }
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TEMPLATES;
    // Thirteen named accumulators keep the sums in registers instead of loading and storing em.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let t = 0; t < NUM_TEMPLATES; t++) {
      const r = keys[base + t]!;
      if (r < 0) continue;
      const sh = shifts[r - 1]!;
      s0 += w[r]! << sh; s1 += w[r + 1]! << sh; s2 += w[r + 2]! << sh; s3 += w[r + 3]! << sh; s4 += w[r + 4]! << sh;
      s5 += w[r + 5]! << sh; s6 += w[r + 6]! << sh; s7 += w[r + 7]! << sh; s8 += w[r + 8]! << sh; s9 += w[r + 9]! << sh;
      s10 += w[r + 10]! << sh; s11 += w[r + 11]! << sh; s12 += w[r + 12]! << sh;
    }
    const e = i * LABEL_STRIDE;
    em[e] = s0; em[e + 1] = s1; em[e + 2] = s2; em[e + 3] = s3; em[e + 4] = s4; em[e + 5] = s5; em[e + 6] = s6;
    em[e + 7] = s7; em[e + 8] = s8; em[e + 9] = s9; em[e + 10] = s10; em[e + 11] = s11; em[e + 12] = s12;
  }
}

/** How a model's emission is computed: char templates and bias per code, cached slot groups, the rest hashed. */
export interface EmissionPlan {
  /** Normalized code → char id; 0 = no char template knows the code (its rows are zero). */
  charId: Uint16Array;
  /** Weights in units: rows[((id * T + t) * 16) + label] for char template t. */
  rows: Int16Array;
  /** The bias weights (zero when the model has none). */
  bias: Int32Array;
  /** Char offset of each char template, and the padding of the per-piece id array. */
  offsets: Int32Array;
  pad: number;
  /** Slots of each group (features.ts SLOT_GROUPS), and its cache: per entry the group's keys, then the 13 summed weights. */
  groups: Int32Array[];
  caches: Int32Array[];
  /** Key-row slots looked up one by one, in order. */
  hashedSlots: Int32Array;
}

/** Entries per group cache (a power of two): 1024 keeps the three caches in about 60 KB. */
const CACHE_BITS = 10;

const SELF_CHECK_TEXT = 'A1，美国国务卿布林肯访华 ';

/**
 * Builds a model's EmissionPlan. Throws when features.ts's CHAR_TEMPLATES / BIAS_TEMPLATE do not
 * describe what extractFeatureKeys writes (checked on a sample text) or SLOT_GROUPS overlap them.
 */
export function buildEmissionPlan(table: WeightTable, lexicon: Lexicon): EmissionPlan {
  checkDeclarations(lexicon);
  const T = CHAR_TEMPLATES.length;
  const charId = new Uint16Array(0x10000);
  const found = new Int32Array(T);
  const staged: number[] = []; // per char id ≥ 1: T weight offsets (-1 = absent), flattened
  let ids = 1;
  for (let code = 0; code < 0x10000; code++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      found[t] = table.find(mix3(CHAR_TEMPLATES[t]!.template, code, 0, 0));
      if (found[t]! >= 0) any = true;
    }
    if (!any) continue;
    if (ids > 0xffff) throw new Error('ingest/extract/ner/emission: more than 65,535 chars with features; widen charId');
    charId[code] = ids++;
    for (let t = 0; t < T; t++) staged.push(found[t]!);
  }
  const rows = new Int16Array(ids * T * ROW);
  for (let k = 0; k < staged.length; k++) {
    const at = staged[k]!;
    if (at < 0) continue;
    const base = (T + k) * ROW; // char id 1 starts after the T zero rows of id 0
    for (let l = 0; l < NUM_LABELS; l++) rows[base + l] = table.weightAt(at, l);
  }
  const bias = new Int32Array(NUM_LABELS);
  const biasAt = table.find(mix3(BIAS_TEMPLATE.template, 0, 0, 0));
  if (biasAt >= 0) for (let l = 0; l < NUM_LABELS; l++) bias[l] = table.weightAt(biasAt, l);
  const offsets = Int32Array.from(CHAR_TEMPLATES, (c) => c.offset);
  const pad = Math.max(0, ...CHAR_TEMPLATES.map((c) => Math.abs(c.offset)));
  const taken = new Set([BIAS_TEMPLATE.slot, ...CHAR_TEMPLATES.map((c) => c.slot)]);
  const groups = SLOT_GROUPS.filter((g) => g.length > 0).map((g) => Int32Array.from(g));
  for (const g of groups) {
    for (const slot of g) {
      if (taken.has(slot) || slot < 0 || slot >= NUM_TEMPLATES) {
        throw new Error(`ingest/extract/ner/emission: SLOT_GROUPS in features.ts lists slot ${slot} twice, or outside 0..${NUM_TEMPLATES - 1}; fix the declaration`);
      }
      taken.add(slot);
    }
  }
  const caches = groups.map((g) => new Int32Array((g.length + NUM_LABELS) << CACHE_BITS));
  const hashedSlots = Int32Array.from({ length: NUM_TEMPLATES }, (_, s) => s).filter((s) => !taken.has(s));
  return { charId, rows, bias, offsets, pad, groups, caches, hashedSlots };
}
function checkDeclarations(lexicon: Lexicon): void {
  const ws = new Workspace();
  const n = featurize(lexicon, SELF_CHECK_TEXT, ws);
  for (let i = 0; i < n; i++) {
    const row = i * NUM_TEMPLATES;
    let ok = ws.keys[row + BIAS_TEMPLATE.slot] === mix3(BIAS_TEMPLATE.template, 0, 0, 0);
    for (const c of CHAR_TEMPLATES) ok &&= ws.keys[row + c.slot] === mix3(c.template, codeAt(ws.codes, n, i + c.offset), 0, 0);
    if (!ok) {
      throw new Error(
        'ingest/extract/ner/emission: CHAR_TEMPLATES / BIAS_TEMPLATE in features.ts do not match extractFeatureKeys; update the declarations with the templates',
      );
    }
  }
}

let idScratch = new Uint16Array(256);

/**
 * The same scores as referenceEmission from the same keys (which it overwrites). codes: the
 * piece's normalized codes (featurize's ws.codes).
 */
export function fusedEmission(table: WeightTable, plan: EmissionPlan, codes: Uint16Array, keys: Int32Array, n: number, em: Float32Array): void {
  const w = table.weights;
  const shifts = table.bytes;
  const fps = table.fingerprints;
  const mask = table.mask;
  const hashed = plan.hashedSlots;
  const H = hashed.length;
  const groups = plan.groups;
  const caches = plan.caches;
  const G = groups.length;
  const b = plan.bias;
  // First pass, per position: the bias and the cached groups into em; then the other slots
  // resolved to weight offsets, compacted in place to H per position. A position's keys are read
  // before its offsets are written, and writes never reach a later position's keys (H ≤ NUM_TEMPLATES).
  for (let i = 0; i < n; i++) {
    const from = i * NUM_TEMPLATES;
    let s0 = b[0]!, s1 = b[1]!, s2 = b[2]!, s3 = b[3]!, s4 = b[4]!, s5 = b[5]!, s6 = b[6]!;
    let s7 = b[7]!, s8 = b[8]!, s9 = b[9]!, s10 = b[10]!, s11 = b[11]!, s12 = b[12]!;
    for (let g = 0; g < G; g++) {
      const slots = groups[g]!;
      const len = slots.length;
      const cache = caches[g]!;
      let h = 0;
      for (let j = 0; j < len; j++) h = Math.imul(h ^ keys[from + slots[j]!]!, 0x9e3779b1);
      const c = (h >>> (32 - CACHE_BITS)) * (len + 13);
      let hit = true;
      for (let j = 0; j < len; j++) {
        if (cache[c + j] !== keys[from + slots[j]!]) {
          hit = false;
          break;
        }
      }
      if (!hit) {
        let t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0, t12 = 0;
        for (let j = 0; j < len; j++) {
          const key = keys[from + slots[j]!]!;
          cache[c + j] = key;
          const fp = Math.imul(key, 0x9e3779b1) >>> 16 || 1;
          let s = key & mask;
          for (;;) {
            const f = fps[s << 3]!;
            if (f === fp || f === 0) break;
            s = (s + 1) & mask;
          }
          const r = (s << 4) + WEIGHT_OFFSET;
          const sh = shifts[r - 1]!;
          t0 = (t0 + (w[r]! << sh)) | 0; t1 = (t1 + (w[r + 1]! << sh)) | 0; t2 = (t2 + (w[r + 2]! << sh)) | 0;
          t3 = (t3 + (w[r + 3]! << sh)) | 0; t4 = (t4 + (w[r + 4]! << sh)) | 0; t5 = (t5 + (w[r + 5]! << sh)) | 0;
          t6 = (t6 + (w[r + 6]! << sh)) | 0; t7 = (t7 + (w[r + 7]! << sh)) | 0; t8 = (t8 + (w[r + 8]! << sh)) | 0;
          t9 = (t9 + (w[r + 9]! << sh)) | 0; t10 = (t10 + (w[r + 10]! << sh)) | 0; t11 = (t11 + (w[r + 11]! << sh)) | 0;
          t12 = (t12 + (w[r + 12]! << sh)) | 0;
        }
        const v = c + len;
        cache[v] = t0; cache[v + 1] = t1; cache[v + 2] = t2; cache[v + 3] = t3; cache[v + 4] = t4; cache[v + 5] = t5;
        cache[v + 6] = t6; cache[v + 7] = t7; cache[v + 8] = t8; cache[v + 9] = t9; cache[v + 10] = t10;
        cache[v + 11] = t11; cache[v + 12] = t12;
      }
      const v = c + len;
      s0 = (s0 + cache[v]!) | 0; s1 = (s1 + cache[v + 1]!) | 0; s2 = (s2 + cache[v + 2]!) | 0; s3 = (s3 + cache[v + 3]!) | 0;
      s4 = (s4 + cache[v + 4]!) | 0; s5 = (s5 + cache[v + 5]!) | 0; s6 = (s6 + cache[v + 6]!) | 0; s7 = (s7 + cache[v + 7]!) | 0;
      s8 = (s8 + cache[v + 8]!) | 0; s9 = (s9 + cache[v + 9]!) | 0; s10 = (s10 + cache[v + 10]!) | 0;
      s11 = (s11 + cache[v + 11]!) | 0; s12 = (s12 + cache[v + 12]!) | 0;
    }
    const e = i * LABEL_STRIDE;
    em[e] = s0; em[e + 1] = s1; em[e + 2] = s2; em[e + 3] = s3; em[e + 4] = s4; em[e + 5] = s5; em[e + 6] = s6;
    em[e + 7] = s7; em[e + 8] = s8; em[e + 9] = s9; em[e + 10] = s10; em[e + 11] = s11; em[e + 12] = s12;
    const to = i * H;
    for (let j = 0; j < H; j++) {
      const key = keys[from + hashed[j]!]!;
      const fp = Math.imul(key, 0x9e3779b1) >>> 16 || 1;
      let s = key & mask;
      for (;;) {
        const f = fps[s << 3]!;
        // An empty slot's weights and shift are zero: pointing at it makes an unknown feature add
        // nothing without a branch in the sum loop.
        if (f === fp || f === 0) break;
        s = (s + 1) & mask;
      }
      keys[to + j] = (s << 4) + WEIGHT_OFFSET;
    }
  }
  // Char ids of the piece, padded with BOS / EOS on both sides.
  const pad = plan.pad;
  const charId = plan.charId;
  if (idScratch.length < n + 2 * pad) idScratch = new Uint16Array(Math.max(n + 2 * pad, 2 * idScratch.length));
  const ids = idScratch;
  const idBos = charId[BOS]!;
  const idEos = charId[EOS]!;
  for (let j = 0; j < pad; j++) {
    ids[j] = idBos;
    ids[pad + n + j] = idEos;
  }
  for (let i = 0; i < n; i++) ids[pad + i] = charId[codes[i]!]!;
  const rows = plan.rows;
  const offsets = plan.offsets;
  const T = offsets.length;
  // Second pass: the char templates and the resolved slots, added to the first pass's sums.
  for (let i = 0; i < n; i++) {
    const e = i * LABEL_STRIDE;
    let s0 = em[e]!, s1 = em[e + 1]!, s2 = em[e + 2]!, s3 = em[e + 3]!, s4 = em[e + 4]!, s5 = em[e + 5]!, s6 = em[e + 6]!;
    let s7 = em[e + 7]!, s8 = em[e + 8]!, s9 = em[e + 9]!, s10 = em[e + 10]!, s11 = em[e + 11]!, s12 = em[e + 12]!;
    for (let t = 0; t < T; t++) {
      const r = (ids[pad + i + offsets[t]!]! * T + t) * ROW;
      s0 = (s0 + rows[r]!) | 0; s1 = (s1 + rows[r + 1]!) | 0; s2 = (s2 + rows[r + 2]!) | 0; s3 = (s3 + rows[r + 3]!) | 0;
      s4 = (s4 + rows[r + 4]!) | 0; s5 = (s5 + rows[r + 5]!) | 0; s6 = (s6 + rows[r + 6]!) | 0; s7 = (s7 + rows[r + 7]!) | 0;
      s8 = (s8 + rows[r + 8]!) | 0; s9 = (s9 + rows[r + 9]!) | 0; s10 = (s10 + rows[r + 10]!) | 0;
      s11 = (s11 + rows[r + 11]!) | 0; s12 = (s12 + rows[r + 12]!) | 0;
    }
    const base = i * H;
    for (let j = 0; j < H; j++) {
      const r = keys[base + j]!;
      const sh = shifts[r - 1]!;
      s0 = (s0 + (w[r]! << sh)) | 0; s1 = (s1 + (w[r + 1]! << sh)) | 0; s2 = (s2 + (w[r + 2]! << sh)) | 0;
      s3 = (s3 + (w[r + 3]! << sh)) | 0; s4 = (s4 + (w[r + 4]! << sh)) | 0; s5 = (s5 + (w[r + 5]! << sh)) | 0;
      s6 = (s6 + (w[r + 6]! << sh)) | 0; s7 = (s7 + (w[r + 7]! << sh)) | 0; s8 = (s8 + (w[r + 8]! << sh)) | 0;
      s9 = (s9 + (w[r + 9]! << sh)) | 0; s10 = (s10 + (w[r + 10]! << sh)) | 0; s11 = (s11 + (w[r + 11]! << sh)) | 0;
      s12 = (s12 + (w[r + 12]! << sh)) | 0;
    }
    em[e] = s0; em[e + 1] = s1; em[e + 2] = s2; em[e + 3] = s3; em[e + 4] = s4; em[e + 5] = s5; em[e + 6] = s6;
    em[e + 7] = s7; em[e + 8] = s8; em[e + 9] = s9; em[e + 10] = s10; em[e + 11] = s11; em[e + 12] = s12;
  }
}
