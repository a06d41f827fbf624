// Emission scores: per char, the sum of the label weights of its features. The reference path
// looks every key of featurize() up in the WeightTable; the tagger's path (emission-wasm.ts) reads
// the templates that depend on one char code (features.ts CHAR_TEMPLATES) and the bias from dense
// rows resolved once per model here, so per char they cost a row read instead of a hash probe.
// Both produce the same scores: the weights are integers (q << shift), so any summation order is
// exact; test/ingest/extract/ner/emission.test.ts compares them.
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

if (NUM_LABELS !== 13) throw new Error('ingest/extract/ner/emission: sums are unrolled for 13 labels; update emission.ts and wasm/emission.wat with labels.ts');

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
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0,
      s9 = 0,
      s10 = 0,
      s11 = 0,
      s12 = 0;
    for (let t = 0; t < NUM_TEMPLATES; t++) {
      const r = keys[base + t]!;
      if (r < 0) continue;
      const sh = shifts[r - 1]!;
      s0 += w[r]! << sh;
      s1 += w[r + 1]! << sh;
      s2 += w[r + 2]! << sh;
      s3 += w[r + 3]! << sh;
      s4 += w[r + 4]! << sh;
      s5 += w[r + 5]! << sh;
      s6 += w[r + 6]! << sh;
      s7 += w[r + 7]! << sh;
      s8 += w[r + 8]! << sh;
      s9 += w[r + 9]! << sh;
      s10 += w[r + 10]! << sh;
      s11 += w[r + 11]! << sh;
      s12 += w[r + 12]! << sh;
    }
    const e = i * LABEL_STRIDE;
    em[e] = s0;
    em[e + 1] = s1;
    em[e + 2] = s2;
    em[e + 3] = s3;
    em[e + 4] = s4;
    em[e + 5] = s5;
    em[e + 6] = s6;
    em[e + 7] = s7;
    em[e + 8] = s8;
    em[e + 9] = s9;
    em[e + 10] = s10;
    em[e + 11] = s11;
    em[e + 12] = s12;
  }
}

/**
 * How a model's emission is computed (emission-wasm.ts): the char templates and the bias resolved
 * once per char code into dense rows, every other slot looked up in the weight table. Rows hold
 * their 13 labels in lanes LANE..LANE + 12 of 16, where a weight-table slot holds its weights.
 */
export interface EmissionPlan {
  /** Normalized code → char id; 0 = no char template knows the code (its rows are zero). */
  charId: Uint16Array;
  /** Weights in units: rows[((id * T + t) * 16) + LANE + label] for char template t. */
  rows: Int16Array;
  /** The bias weights in lanes LANE.. (zero when the model has none). */
  bias: Int32Array;
  /** Char offset of each char template, and the padding of the per-piece id array. */
  offsets: Int32Array;
  pad: number;
  /** Slots of each group (features.ts SLOT_GROUPS), whose summed rows are cached by their keys. */
  groups: Int32Array[];
  /** The other key-row slots, looked up in the weight table one by one, in order. */
  hashedSlots: Int32Array;
}

/** Lane of label 0 in a row: a weight-table slot's first weight byte. */
export const LANE = WEIGHT_OFFSET;

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
    const base = (T + k) * ROW + LANE; // char id 1 starts after the T zero rows of id 0
    for (let l = 0; l < NUM_LABELS; l++) rows[base + l] = table.weightAt(at, l);
  }
  const bias = new Int32Array(ROW);
  const biasAt = table.find(mix3(BIAS_TEMPLATE.template, 0, 0, 0));
  if (biasAt >= 0) for (let l = 0; l < NUM_LABELS; l++) bias[LANE + l] = table.weightAt(biasAt, l);
  const offsets = Int32Array.from(CHAR_TEMPLATES, (c) => c.offset);
  const pad = Math.max(0, ...CHAR_TEMPLATES.map((c) => Math.abs(c.offset)));
  const taken = new Set([BIAS_TEMPLATE.slot, ...CHAR_TEMPLATES.map((c) => c.slot)]);
  const groups = SLOT_GROUPS.filter((g) => g.length > 0).map((g) => Int32Array.from(g));
  for (const g of groups) {
    for (const slot of g) {
      if (taken.has(slot) || slot < 0 || slot >= NUM_TEMPLATES) {
        throw new Error(
          `ingest/extract/ner/emission: SLOT_GROUPS in features.ts lists slot ${slot} twice, or outside 0..${NUM_TEMPLATES - 1}; fix the declaration`,
        );
      }
      taken.add(slot);
    }
  }
  const hashedSlots = Int32Array.from({ length: NUM_TEMPLATES }, (_, s) => s).filter((s) => !taken.has(s));
  return { charId, rows, bias, offsets, pad, groups, hashedSlots };
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
