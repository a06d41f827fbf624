// The in-memory NER model: feature table (key → row), one weight row per feature (one weight per
// label), label-transition weights and the gazetteers the features consult. Training produces
// float weights; the committed file stores them quantized (see model-file.ts).
import { FeatureTable } from './feature-table.ts';
import { LABEL_STRIDE, NUM_LABELS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { NUM_TEMPLATES } from './features.ts';

export const MODEL_FORMAT_VERSION = 1;

export interface NerModelInfo {
  formatVersion: number;
  templates: number;
  labels: number;
  features: number;
  /** Free-form training facts written by train-cli (corpus, epochs, dev F1). */
  training?: Record<string, unknown>;
}

export interface NerModel {
  info: NerModelInfo;
  table: FeatureTable;
  /** weights[row * LABEL_STRIDE + label]. */
  weights: Float32Array;
  /** transition[from * NUM_LABELS + to]. */
  transition: Float32Array;
  lexicon: Lexicon;
}

export function createModel(table: FeatureTable, weights: Float32Array, transition: Float32Array, lexicon: Lexicon,
  training?: Record<string, unknown>): NerModel {
  if (weights.length !== table.size * LABEL_STRIDE || transition.length !== NUM_LABELS * NUM_LABELS) {
    throw new Error('ingest/extract/ner/model: weight shapes do not match the feature table; retrain the model');
  }
  return {
    info: {
      formatVersion: MODEL_FORMAT_VERSION,
      templates: NUM_TEMPLATES,
      labels: NUM_LABELS,
      features: table.size,
      ...(training ? { training } : {}),
    },
    table,
    weights,
    transition,
    lexicon,
  };
}

/**
 * Drops features whose weights are all below minAbs (after the quantization step the file uses),
 * returning a smaller model with a rebuilt table. Rare features learned on a handful of examples
 * are most of the table and carry little.
 */
export function pruneModel(model: NerModel, minAbs: number): NerModel {
  const keys = model.table.keysByIndex();
  const keep: number[] = [];
  for (let f = 0; f < keys.length; f++) {
    const row = f * LABEL_STRIDE;
    let max = 0;
    for (let l = 0; l < NUM_LABELS; l++) max = Math.max(max, Math.abs(model.weights[row + l]!));
    if (max >= minAbs) keep.push(f);
  }
  const table = new FeatureTable(keep.length);
  const weights = new Float32Array(keep.length * LABEL_STRIDE);
  for (const f of keep) {
    const row = table.intern(keys[f]!) * LABEL_STRIDE;
    weights.set(model.weights.subarray(f * LABEL_STRIDE, f * LABEL_STRIDE + NUM_LABELS), row);
  }
  return createModel(table, weights, model.transition, model.lexicon, model.info.training);
}
