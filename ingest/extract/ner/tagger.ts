// The public face of the statistical NER tagger: load the committed model once, then tag any text
// into Person / Organization / Place spans with offsets into that text. Pure apart from reading
// the model file; works chunk by chunk so any input length is handled in linear time and memory.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model.ts';
import { splitChunks } from './chunks.ts';
import { NUM_TEMPLATES } from './features.ts';
import { Workspace, featurize } from './featurize.ts';
import { LABEL_STRIDE, NER_TYPES, NUM_LABELS, spansOfLabels } from './labels.ts';
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
  em.fill(0, 0, n * LABEL_STRIDE);
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TEMPLATES;
    const e = i * LABEL_STRIDE;
    for (let t = 0; t < NUM_TEMPLATES; t++) {
      const r = table.find(keys[base + t]!);
      if (r < 0) continue;
      for (let l = 0; l < NUM_LABELS; l++) em[e + l] += w[r + l]!;
    }
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
