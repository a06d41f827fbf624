// The NER model the tagger runs: quantized weights in a WeightTable (multiples of `step`),
// transitions in the same units, and the gazetteers the features consult. The trainer's float form
// and its quantization are in ../ner-tools/quantize.ts.
import { NUM_TEMPLATES } from './features.ts';
import { NUM_LABELS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { WeightTable } from './weight-table.ts';

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

export interface NerModel {
  info: NerModelInfo;
  weights: WeightTable;
  /** In weight units: transition[from * NUM_LABELS + to]. */
  transition: Float32Array;
  lexicon: Lexicon;
  /** Weights of the document features of the second pass (doc-features.ts); empty: one pass only. */
  doc: WeightTable;
}

export function fromParts(weights: WeightTable, transition: Float32Array, lexicon: Lexicon, step: number, training?: Record<string, unknown>): NerModel {
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
