// The NER model in its two forms. Training works on float weights indexed through a FeatureTable;
// the tagger uses the quantized form: int16 weights in a WeightTable (multiples of `step`) and
// transitions expressed in the same units, plus the gazetteers the features consult.
import type { FeatureTable } from './feature-table.ts';
import { NUM_TEMPLATES } from './features.ts';
import { LABEL_STRIDE, NUM_LABELS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { MAX_WEIGHT, WeightTable } from './weight-table.ts';

export const MODEL_FORMAT_VERSION = 5;

export interface NerModelInfo {
  formatVersion: number;
  templates: number;
  labels: number;
  features: number;
  /** Value of one weight unit. */
  step: number;
  /** Free-form training facts written by train-cli (corpus, epochs, dev F1). */
  training?: Record<string, unknown>;
}

/** Float weights as the trainer holds them: weights[row * LABEL_STRIDE + label]. */
export interface TrainedWeights {
  table: FeatureTable;
  weights: Float32Array;
  /** transition[from * NUM_LABELS + to]. */
  transition: Float32Array;
}

export interface NerModel {
  info: NerModelInfo;
  weights: WeightTable;
  /** In weight units: transition[from * NUM_LABELS + to]. */
  transition: Float32Array;
  lexicon: Lexicon;
  /** Weights of the document features of the second pass (doc-features.ts); empty: one pass only. */
  doc: WeightTable;
}

export interface QuantizeOptions {
  /** Value of one int16 unit. */
  step: number;
  /** Features whose largest |weight| is below this many units are dropped. */
  minUnits: number;
  training?: Record<string, unknown>;
}

export function quantizeModel(trained: TrainedWeights, lexicon: Lexicon, options: QuantizeOptions): NerModel {
  const { step, minUnits } = options;
  if (!(step > 0) || !(minUnits >= 0)) throw new Error('ingest/extract/ner/model: step must be > 0 and minUnits ≥ 0');
  const keys = trained.table.keysByIndex();
  const keep: number[] = [];
  let maxAbs = 0;
  for (let f = 0; f < keys.length; f++) {
    let max = 0;
    for (let l = 0; l < NUM_LABELS; l++) max = Math.max(max, Math.abs(trained.weights[f * LABEL_STRIDE + l]!));
    if (max / step >= Math.max(minUnits, 0.5)) keep.push(f);
    maxAbs = Math.max(maxAbs, max);
  }
  if (maxAbs / step > MAX_WEIGHT) {
    throw new Error(`ingest/extract/ner/model: weights up to ${maxAbs} overflow int16 at step ${step}; use a larger step`);
  }
  const table = new WeightTable(keep.length);
  const row = new Float32Array(NUM_LABELS);
  for (const f of keep) {
    for (let l = 0; l < NUM_LABELS; l++) row[l] = trained.weights[f * LABEL_STRIDE + l]! / step;
    table.insert(keys[f]!, row);
  }
  return fromParts(table, trained.transition.map((v) => v / step), lexicon, step, options.training);
}

export function fromParts(weights: WeightTable, transition: Float32Array, lexicon: Lexicon, step: number,
  training?: Record<string, unknown>): NerModel {
  if (transition.length !== NUM_LABELS * NUM_LABELS) {
    throw new Error('ingest/extract/ner/model: transition matrix has the wrong shape; retrain the model');
  }
  return {
    info: {
      formatVersion: MODEL_FORMAT_VERSION,
      templates: NUM_TEMPLATES,
      labels: NUM_LABELS,
      features: weights.size,
      step,
      ...(training ? { training } : {}),
    },
    weights,
    transition,
    lexicon,
    doc: new WeightTable(0),
  };
}

/** Quantizes float document-feature weights (rows of LABEL_STRIDE per table index) to the model's step. */
export function quantizeDocWeights(table: FeatureTable, weights: Float32Array, step: number): WeightTable {
  const keys = table.keysByIndex();
  const out = new WeightTable(keys.length);
  const row = new Float32Array(NUM_LABELS);
  for (let f = 0; f < keys.length; f++) {
    for (let l = 0; l < NUM_LABELS; l++) row[l] = weights[f * LABEL_STRIDE + l]! / step;
    out.insert(keys[f]!, row);
  }
  return out;
}
