// Training of the stacked second pass. The first-pass predictions it learns from must look like
// predictions on unseen text, so the training corpus is cut into k contiguous folds, a first-pass
// model is trained on each k-1 and predicts the remaining fold (out-of-fold). The training text
// is then cut into pseudo-documents (DOC_SENTENCES sentences; MSRA has no article boundaries),
// and an averaged perceptron learns weights for the document features only, added on top of the
// fixed out-of-fold first-pass scores: emission₂ = emission₁ + doc weights.
import {
  DOC_SENTENCES,
  DOC_TEMPLATES,
  DocDictionary,
  normalizedCodes,
  type FirstPass,
  LABEL_STRIDE,
  NUM_LABELS,
  spansOfLabels,
  makeScratch,
  viterbi,
} from '../ner/for-tools.ts';
import { type TrainedWeights } from './quantize.ts';
import { FeatureTable } from './feature-table.ts';
import { mulberry32 } from './random.ts';
import type { LabelledSentence } from './msra-corpus.ts';
import { emissionOfSentence, trainOnCorpus, type Corpus, type PerceptronOptions } from './perceptron.ts';

export interface DocTrainOptions {
  folds: number;
  /** Epochs of each out-of-fold first-pass model and of the document perceptron. */
  foldEpochs: number;
  docEpochs: number;
  seed: number;
  minCount: number;
  log?: (message: string) => void;
}

/** Float weights of the document features: rows of LABEL_STRIDE per key in table. */
export interface DocWeights {
  table: FeatureTable;
  weights: Float32Array;
}

interface OutOfFold {
  /** Emission per char (LABEL_STRIDE floats) of the fold model that did not see the sentence. */
  emission: Float32Array;
  labels: Uint8Array;
  /** Transition of that fold model, per sentence's fold. */
  transitions: Float32Array[];
  foldOf: Int32Array;
}

function outOfFold(corpus: Corpus, sentences: number, opts: DocTrainOptions): OutOfFold {
  const k = opts.folds;
  const foldOf = Int32Array.from({ length: sentences }, (_, i) => Math.min(k - 1, Math.floor((i * k) / sentences)));
  const total = corpus.offsets[sentences]!;
  const emission = new Float32Array(total * LABEL_STRIDE);
  const labels = new Uint8Array(total);
  const transitions: Float32Array[] = [];
  let maxLen = 1;
  for (let s = 0; s < sentences; s++) maxLen = Math.max(maxLen, corpus.offsets[s + 1]! - corpus.offsets[s]!);
  const em = new Float32Array(maxLen * LABEL_STRIDE);
  const pred = new Uint8Array(maxLen);
  const scratch = makeScratch(maxLen);
  for (let f = 0; f < k; f++) {
    const t0 = performance.now();
    const trainIdx: number[] = [];
    for (let s = 0; s < sentences; s++) if (foldOf[s] !== f) trainIdx.push(s);
    const popts: Partial<PerceptronOptions> = { epochs: opts.foldEpochs, seed: opts.seed + f, minCount: opts.minCount };
    const model: TrainedWeights = trainOnCorpus(corpus, Int32Array.from(trainIdx), popts);
    transitions.push(model.transition);
    for (let s = 0; s < sentences; s++) {
      if (foldOf[s] !== f) continue;
      const n = emissionOfSentence(model, corpus, s, em);
      if (n === 0) continue;
      viterbi(em, model.transition, n, pred, scratch);
      const from = corpus.offsets[s]!;
      emission.set(em.subarray(0, n * LABEL_STRIDE), from * LABEL_STRIDE);
      labels.set(pred.subarray(0, n), from);
    }
    opts.log?.(`out-of-fold model ${f + 1}/${k}: ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  }
  return { emission, labels, transitions, foldOf };
}

/** Learns the document-feature weights of the second pass. */
export function trainDocWeights(train: readonly LabelledSentence[], corpus: Corpus, opts: DocTrainOptions): DocWeights {
  const oof = outOfFold(corpus, train.length, opts);
  const { offsets, gold } = corpus;
  // Document features of every training sentence, from the out-of-fold first pass.
  const total = offsets[train.length]!;
  const docKeys = new Int32Array(total * DOC_TEMPLATES);
  const active: number[] = [];
  const buf = new Int32Array(1024 * DOC_TEMPLATES);
  let out = buf;
  for (let d = 0; d < train.length; d += DOC_SENTENCES) {
    const end = Math.min(train.length, d + DOC_SENTENCES);
    const doc: FirstPass[] = [];
    for (let s = d; s < end; s++) {
      const lab = oof.labels.subarray(offsets[s]!, offsets[s + 1]!);
      doc.push({ codes: normalizedCodes(train[s]!.text), spans: spansOfLabels(lab) });
    }
    const dict = new DocDictionary(doc);
    if (dict.contributing < 2) continue;
    for (let s = d; s < end; s++) {
      const n = offsets[s + 1]! - offsets[s]!;
      if (out.length < n * DOC_TEMPLATES) out = new Int32Array(n * DOC_TEMPLATES);
      if (!dict.featureKeys(s - d, oof.labels.subarray(offsets[s]!, offsets[s + 1]!), out)) continue;
      docKeys.set(out.subarray(0, n * DOC_TEMPLATES), offsets[s]! * DOC_TEMPLATES);
      active.push(s);
    }
  }
  const table = new FeatureTable(1 << 12);
  const rows = new Int32Array(docKeys.length).fill(-1);
  for (const s of active) {
    for (let k = offsets[s]! * DOC_TEMPLATES; k < offsets[s + 1]! * DOC_TEMPLATES; k++) {
      if (docKeys[k] !== 0) rows[k] = table.intern(docKeys[k]!);
    }
  }
  opts.log?.(`document features: ${active.length} of ${train.length} sentences, ${table.size} distinct keys`);

  const w = new Float32Array(Math.max(1, table.size) * LABEL_STRIDE);
  const wa = new Float32Array(w.length);
  const rng = mulberry32(opts.seed);
  const order = Int32Array.from(active);
  let maxLen = 1;
  for (const s of active) maxLen = Math.max(maxLen, offsets[s + 1]! - offsets[s]!);
  const em = new Float32Array(maxLen * LABEL_STRIDE);
  const pred = new Uint8Array(maxLen);
  const scratch = makeScratch(maxLen);
  let c = 1;
  for (let epoch = 1; epoch <= opts.docEpochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rng() * (k + 1));
      const tmp = order[k]!;
      order[k] = order[j]!;
      order[j] = tmp;
    }
    let wrong = 0;
    for (const s of order) {
      const from = offsets[s]!;
      const n = offsets[s + 1]! - from;
      em.set(oof.emission.subarray(from * LABEL_STRIDE, (from + n) * LABEL_STRIDE));
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < DOC_TEMPLATES; t++) {
          const f = rows[(from + i) * DOC_TEMPLATES + t]!;
          if (f < 0) continue;
          for (let l = 0; l < NUM_LABELS; l++) em[i * LABEL_STRIDE + l]! += w[f * LABEL_STRIDE + l]!;
        }
      }
      viterbi(em, oof.transitions[oof.foldOf[s]!]!, n, pred, scratch);
      let differs = false;
      for (let i = 0; i < n; i++) {
        const g = gold[from + i]!;
        const p = pred[i]!;
        if (g === p) continue;
        differs = true;
        for (let t = 0; t < DOC_TEMPLATES; t++) {
          const f = rows[(from + i) * DOC_TEMPLATES + t]!;
          if (f < 0) continue;
          w[f * LABEL_STRIDE + g]! += 1;
          wa[f * LABEL_STRIDE + g]! += c;
          w[f * LABEL_STRIDE + p]! -= 1;
          wa[f * LABEL_STRIDE + p]! -= c;
        }
      }
      if (differs) wrong++;
      c++;
    }
    opts.log?.(`document perceptron epoch ${epoch}: ${wrong} of ${order.length} sentences wrong`);
  }
  const weights = new Float32Array(w.length);
  for (let k = 0; k < w.length; k++) weights[k] = w[k]! - wa[k]! / c;
  return { table, weights };
}
