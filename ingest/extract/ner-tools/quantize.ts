// The trainer's float weights (rows of a FeatureTable) and their quantization into the NerModel
// the tagger runs: features whose largest weight is below minUnits steps are pruned, the rest
// become int8 rows with a shift in the model's WeightTable.
import { LABEL_STRIDE, MAX_WEIGHT, NUM_LABELS, WeightTable, fromParts, type Lexicon, type NerModel } from '../ner/for-tools.ts';
import type { FeatureTable } from './feature-table.ts';

/** Float weights as the trainer holds them: weights[row * LABEL_STRIDE + label]. */
export interface TrainedWeights {
  table: FeatureTable;
  weights: Float32Array;
  /** transition[from * NUM_LABELS + to]. */
  transition: Float32Array;
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
  if (!(step > 0) || !(minUnits >= 0)) throw new Error('ingest/extract/ner-tools/quantize: step must be > 0 and minUnits ≥ 0');
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
    throw new Error(`ingest/extract/ner-tools/quantize: weights up to ${maxAbs} overflow int16 at step ${step}; use a larger step`);
  }
  const table = new WeightTable(keep.length);
  const row = new Float32Array(NUM_LABELS);
  for (const f of keep) {
    for (let l = 0; l < NUM_LABELS; l++) row[l] = trained.weights[f * LABEL_STRIDE + l]! / step;
    table.insert(keys[f]!, row);
  }
  return fromParts(
    table,
    trained.transition.map((v) => v / step),
    lexicon,
    step,
    options.training,
  );
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
