// Averaged structured perceptron (Collins 2002) over BIOES labels with first-order transitions:
// decode each training sentence with the current weights, and where the best path differs from the
// gold path move weights toward gold. Averaging uses the usual trick (keep Σ c·Δ, subtract at the
// end) so the averaged model costs one extra array, not one copy per step.
import { FeatureTable } from './feature-table.ts';
import {
  NUM_TEMPLATES as TEMPLATES_EXPORT,
  Workspace,
  featurize,
  LABEL_STRIDE as STRIDE_EXPORT,
  NUM_LABELS as LABELS_EXPORT,
  type Lexicon,
  makeScratch,
  viterbi,
} from '../ner/for-tools.ts';
import { type TrainedWeights } from './quantize.ts';
import type { LabelledSentence } from './msra-corpus.ts';
import { mulberry32 } from './random.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const NUM_TEMPLATES = TEMPLATES_EXPORT;
const LABEL_STRIDE = STRIDE_EXPORT;
const NUM_LABELS = LABELS_EXPORT;

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  /** Lexicon for training sentence i (jackknifed dictionaries); default: the lexicon argument. */
  lexiconOf?: (sentence: number) => Lexicon;
  /**
   * Sentences of index ≥ extra.from (another corpus appended to the main one) are trained on in
   * the first extra.epochs epochs only: the later epochs see the main corpus alone, so the
   * averaged weights learn the extra names but keep the main corpus's conventions.
   */
  extra?: { from: number; epochs: number };
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, weights: TrainedWeights, seconds: number) => void;
  log?: (message: string) => void;
}

export const DEFAULT_PERCEPTRON_OPTIONS: PerceptronOptions = { epochs: 10, seed: 20240505, minCount: 2 };

/** A featurized corpus: feature keys per (char, template) and gold labels, sentences back to back. */
export interface Corpus {
  offsets: Int32Array;
  keys: Int32Array;
  gold: Uint8Array;
}

export function featurizeCorpus(sentences: readonly LabelledSentence[], lexiconOf: (sentence: number) => Lexicon): Corpus {
  const offsets = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) offsets[s + 1] = offsets[s]! + sentences[s]!.text.length;
  const total = offsets[sentences.length]!;
  const keys = new Int32Array(total * NUM_TEMPLATES);
  const gold = new Uint8Array(total);
  const ws = new Workspace();
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    const n = featurize(lexiconOf(s), sent.text, ws);
    keys.set(ws.keys.subarray(0, n * NUM_TEMPLATES), offsets[s]! * NUM_TEMPLATES);
    gold.set(sent.labels, offsets[s]!);
  }
  return { offsets, keys, gold };
}

function computeEmission(rows: Int32Array, from: number, n: number, w: Float32Array, em: Float32Array): void {
  em.fill(0, 0, n * LABEL_STRIDE);
  for (let i = 0; i < n; i++) {
    const base = (from + i) * NUM_TEMPLATES;
    const e = i * LABEL_STRIDE;
    for (let t = 0; t < NUM_TEMPLATES; t++) {
      const f = rows[base + t]!;
      if (f < 0) continue;
      const r = f * LABEL_STRIDE;
      for (let l = 0; l < NUM_LABELS; l++) em[e + l] += w[r + l]!;
    }
  }
}

/** Float emission of sentence s of a corpus under trained weights (features looked up by key). */
export function emissionOfSentence(trained: TrainedWeights, corpus: Corpus, s: number, em: Float32Array): number {
  const from = corpus.offsets[s]!;
  const n = corpus.offsets[s + 1]! - from;
  const w = trained.weights;
  em.fill(0, 0, n * LABEL_STRIDE);
  for (let i = 0; i < n; i++) {
    const base = (from + i) * NUM_TEMPLATES;
    const e = i * LABEL_STRIDE;
    for (let t = 0; t < NUM_TEMPLATES; t++) {
      const f = trained.table.find(corpus.keys[base + t]!);
      if (f < 0) continue;
      const r = f * LABEL_STRIDE;
      for (let l = 0; l < NUM_LABELS; l++) em[e + l] += w[r + l]!;
    }
  }
  return n;
}

/** Trains on the given sentences of a featurized corpus (the corpus is not modified). */
export function trainOnCorpus(corpus: Corpus, sentences: Int32Array, options: Partial<PerceptronOptions> = {}): TrainedWeights {
  const opts = { ...DEFAULT_PERCEPTRON_OPTIONS, ...options };
  if (!(opts.epochs >= 1) || !(opts.minCount >= 1)) {
    throw new Error('ingest/extract/ner-tools/perceptron: epochs and minCount must be ≥ 1');
  }
  const log = opts.log ?? ((): void => {});
  const t0 = performance.now();
  const all = new FeatureTable(1 << 22);
  let counts = new Int32Array(1 << 22);
  for (const s of sentences) {
    for (let k = corpus.offsets[s]! * NUM_TEMPLATES; k < corpus.offsets[s + 1]! * NUM_TEMPLATES; k++) {
      const idx = all.intern(corpus.keys[k]!);
      if (idx >= counts.length) {
        const next = new Int32Array(counts.length * 2);
        next.set(counts);
        counts = next;
      }
      counts[idx]!++;
    }
  }
  const allKeys = all.keysByIndex();
  const table = new FeatureTable(all.size);
  const remap = new Int32Array(all.size).fill(-1);
  for (let f = 0; f < all.size; f++) if (counts[f]! >= opts.minCount) remap[f] = table.intern(allKeys[f]!);
  const rows = new Int32Array(corpus.keys.length);
  for (const s of sentences) {
    for (let k = corpus.offsets[s]! * NUM_TEMPLATES; k < corpus.offsets[s + 1]! * NUM_TEMPLATES; k++) {
      rows[k] = remap[all.find(corpus.keys[k]!)]!;
    }
  }
  log(`features: ${all.size} distinct, ${table.size} kept (count ≥ ${opts.minCount}) in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  const nf = table.size;
  const w = new Float32Array(nf * LABEL_STRIDE);
  const wa = new Float32Array(nf * LABEL_STRIDE);
  const tr = new Float32Array(NUM_LABELS * NUM_LABELS);
  const tra = new Float32Array(NUM_LABELS * NUM_LABELS);
  const rng = mulberry32(opts.seed);
  const order = Int32Array.from(sentences);
  let maxLen = 1;
  for (const s of sentences) maxLen = Math.max(maxLen, corpus.offsets[s + 1]! - corpus.offsets[s]!);
  const em = new Float32Array(maxLen * LABEL_STRIDE);
  const pred = new Uint8Array(maxLen);
  const scratch = makeScratch(maxLen);
  const { offsets, gold } = corpus;
  let c = 1;

  const averaged = (): TrainedWeights => {
    const aw = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) aw[k] = w[k]! - wa[k]! / c;
    const at = new Float32Array(tr.length);
    for (let k = 0; k < tr.length; k++) at[k] = tr[k]! - tra[k]! / c;
    return { table, weights: aw, transition: at };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const te = performance.now();
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rng() * (k + 1));
      const tmp = order[k]!;
      order[k] = order[j]!;
      order[j] = tmp;
    }
    let wrong = 0;
    let seen = 0;
    const skipFrom = opts.extra && epoch > opts.extra.epochs ? opts.extra.from : Infinity;
    for (let oi = 0; oi < order.length; oi++) {
      const s = order[oi]!;
      if (s >= skipFrom) continue;
      seen++;
      const from = offsets[s]!;
      const n = offsets[s + 1]! - from;
      if (n === 0) continue;
      computeEmission(rows, from, n, w, em);
      viterbi(em, tr, n, pred, scratch);
      let differs = false;
      for (let i = 0; i < n; i++) {
        const g = gold[from + i]!;
        const p = pred[i]!;
        if (g !== p) {
          differs = true;
          const base = (from + i) * NUM_TEMPLATES;
          for (let t = 0; t < NUM_TEMPLATES; t++) {
            const f = rows[base + t]!;
            if (f < 0) continue;
            const r = f * LABEL_STRIDE;
            w[r + g]! += 1;
            wa[r + g]! += c;
            w[r + p]! -= 1;
            wa[r + p]! -= c;
          }
        }
        if (i > 0) {
          const gp = gold[from + i - 1]!;
          const pp = pred[i - 1]!;
          if (gp !== pp || g !== p) {
            tr[gp * NUM_LABELS + g]! += 1;
            tra[gp * NUM_LABELS + g]! += c;
            tr[pp * NUM_LABELS + p]! -= 1;
            tra[pp * NUM_LABELS + p]! -= c;
          }
        }
      }
      if (differs) wrong++;
      c++;
    }
    const seconds = (performance.now() - te) / 1000;
    log(`epoch ${epoch}: ${wrong} of ${seen} sentences wrong, ${seconds.toFixed(1)}s`);
    opts.onEpoch?.(epoch, averaged(), seconds);
  }
  return averaged();
}
