// The public face of the statistical NER tagger: load the committed model once, then tag any text
// into Person / Organization / Place spans with offsets into that text. Pure apart from reading
// the model file; works chunk by chunk so any input length is handled in linear time and memory.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model.ts';
import { splitChunks } from './chunks.ts';
import { NUM_TEMPLATES } from './features.ts';
import { Workspace, featurize } from './featurize.ts';
import { LABEL_STRIDE, NER_TYPES, NUM_LABELS, spansOfLabels } from './labels.ts';

if (NUM_LABELS !== 13) throw new Error('ingest/extract/ner/tagger: emissionOf is unrolled for 13 labels; update it with labels.ts');
import { decodeModel } from './model-file.ts';
import type { NerModel } from './model.ts';
import { viterbi } from './viterbi.ts';

export type { NerModel } from './model.ts';

export interface EntitySpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: EntityType;
  text: string;
  score?: number;
}

export const DEFAULT_MODEL_PATH = new URL('./model/ner-model.bin', import.meta.url);

export function loadNerModel(path?: string): NerModel {
  const file = path ?? DEFAULT_MODEL_PATH;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new Error(
      `ingest/extract/ner/tagger: cannot read the NER model at ${String(file)}; run npm run train or check the path`,
      { cause },
    );
  }
  return decodeModel(bytes);
}

const workspaces = new WeakMap<NerModel, Workspace>();

function emissionOf(model: NerModel, keys: Int32Array, n: number, em: Float32Array): void {
  const table = model.weights;
  const w = table.weights;
  const total = n * NUM_TEMPLATES;
  // Resolve every key first, in place (keys become weight offsets): the probes are independent, so
  // the CPU overlaps their cache misses. This is WeightTable.find, inlined by hand.
  const slotKeys = table.keys;
  const mask = table.mask;
  for (let k = 0; k < total; k++) {
    const key = keys[k]!;
    let s = key & mask;
    let r = -1;
    for (;;) {
      const found = slotKeys[s << 3]!;
      if (found === key) {
        r = (s << 4) + 2;
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
      s0 += w[r]!; s1 += w[r + 1]!; s2 += w[r + 2]!; s3 += w[r + 3]!; s4 += w[r + 4]!; s5 += w[r + 5]!; s6 += w[r + 6]!;
      s7 += w[r + 7]!; s8 += w[r + 8]!; s9 += w[r + 9]!; s10 += w[r + 10]!; s11 += w[r + 11]!; s12 += w[r + 12]!;
    }
    const e = i * LABEL_STRIDE;
    em[e] = s0; em[e + 1] = s1; em[e + 2] = s2; em[e + 3] = s3; em[e + 4] = s4; em[e + 5] = s5; em[e + 6] = s6;
    em[e + 7] = s7; em[e + 8] = s8; em[e + 9] = s9; em[e + 10] = s10; em[e + 11] = s11; em[e + 12] = s12;
  }
}

/** BIOES labels of one sentence-sized piece of text (exported for the trainer's dev evaluation). */
export function labelSentence(model: NerModel, text: string, ws: Workspace = new Workspace()): Uint8Array {
  const n = featurize(model.lexicon, text, ws);
  emissionOf(model, ws.keys, n, ws.emission);
  viterbi(ws.emission, model.transition, n, ws.labels, ws.scratch);
  return ws.labels.subarray(0, n);
}

/** Entities in text, in order; never throws on odd input (empty, controls, lone surrogates). */
export function tagEntities(model: NerModel, text: string): EntitySpan[] {
  const out: EntitySpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let ws = workspaces.get(model);
  if (!ws) {
    ws = new Workspace();
    workspaces.set(model, ws);
  }
  for (const chunk of splitChunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    if (piece.trim().length === 0) continue;
    const labels = labelSentence(model, piece, ws);
    for (const s of spansOfLabels(labels)) {
      const start = chunk.start + s.start;
      const end = chunk.start + s.end;
      out.push({ start, end, type: NER_TYPES[s.typeIndex]!, text: text.slice(start, end) });
    }
  }
  return out;
}
