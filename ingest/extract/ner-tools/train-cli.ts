// `npm run train`: trains the NER tagger on MSRA minus its held-out dev split (msra-corpus.ts) and
// on part of CLUENER train (cluener-training.ts), prints dev F1, prunes and quantizes the weights,
// checks the saved file scores like the in-memory model, and writes model/ner-model.bin (+ a
// readable model/ner-model.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScores, scoreSpans, type ScoredSpan, type SpanScores } from '../eval/score.ts';
import {
  NER_TYPES,
  spansOfLabels,
  buildClusterTables,
  type Clusters,
  buildPosDict,
  defaultJiebaDictPath,
  defaultJiebaUserDictPath,
  type PosDict,
  tagId,
  LEX_PERSON,
  LEX_PLACE,
  LEX_SUFFIX,
  LEX_TRAIN_PERSON,
  buildTable,
  type Lexicon,
  type LexiconTable,
  decodeModel,
  encodeModel,
  type NerModel,
  DOC_SENTENCES,
  DEFAULT_MODEL_PATH,
  Tagger,
} from '../ner/for-tools.ts';
import { learnClusters } from './learn-clusters.ts';
import { readJiebaDict, readThuocl } from './dictionary-entries.ts';
import { learnSuffixes } from './learn-suffixes.ts';
import { quantizeDocWeights, quantizeModel } from './quantize.ts';
import { EntityLexiconBuilder } from './entity-lexicon.ts';
import { CONFLICTING_TYPES, loadCluenerTraining } from './cluener-training.ts';
import { DEV_BLOCK, DEV_FOLD, DEV_FOLDS, defaultSplitKind, loadMsraSplit, type LabelledSentence, type MsraSplit, type SplitOptions } from './msra-corpus.ts';
import { featurizeCorpus, trainOnCorpus } from './perceptron.ts';
import { trainDocWeights } from './doc-train.ts';

const here = dirname(fileURLToPath(import.meta.url));

function env(name: string, fallback: number): number {
  const v = process.env[name];
  return v === undefined ? fallback : Number(v);
}

export function goldSpans(s: LabelledSentence): ScoredSpan[] {
  return s.spans.map((x) => ({ start: x.start, end: x.end, type: NER_TYPES[x.typeIndex]! }));
}

export function scoreOnSentences(model: NerModel, sentences: readonly LabelledSentence[]): SpanScores {
  const tagger = new Tagger(model);
  const predicted = sentences.map((s) =>
    spansOfLabels(tagger.labelSentence(s.text)).map((x) => ({ start: x.start, end: x.end, type: NER_TYPES[x.typeIndex]! })),
  );
  return scoreSpans(sentences.map(goldSpans), predicted);
}

/** Dev scored the way news is tagged: consecutive sentences as one document (two passes). */
export function scoreOnDocuments(model: NerModel, sentences: readonly LabelledSentence[], size = DOC_SENTENCES): SpanScores {
  const tagger = new Tagger(model);
  const predicted: ScoredSpan[][] = [];
  for (let d = 0; d < sentences.length; d += size) {
    const block = sentences.slice(d, d + size);
    for (const labels of tagger.labelDocument(block.map((s) => s.text))) {
      predicted.push(spansOfLabels(labels).map((x) => ({ start: x.start, end: x.end, type: NER_TYPES[x.typeIndex]! })));
    }
  }
  return scoreSpans(sentences.map(goldSpans), predicted);
}

export function buildGazetteers(dir = process.env.THUOCL_DIR ?? resolve(here, '../../../../shared/gazetteers/thuocl')): LexiconTable[] {
  const tables = [];
  tables[LEX_PLACE] = buildTable(readThuocl(resolve(dir, 'THUOCL_diming.txt'), env('NER_PLACE_MIN_COUNT', 10)));
  tables[LEX_PERSON] = buildTable(readThuocl(resolve(dir, 'THUOCL_lishimingren.txt'), env('NER_PERSON_MIN_COUNT', 10)));
  return tables;
}

/** THUOCL gazetteers, the training-entity dictionaries (Person, Place, Organization) and the suffix table. */
export function withEntityTables(gazetteers: LexiconTable[], entity: LexiconTable[], clusters: Clusters, pos: PosDict, suffixes: LexiconTable): Lexicon {
  const tables = gazetteers.slice();
  entity.forEach((t, i) => (tables[LEX_TRAIN_PERSON + i] = t));
  tables[LEX_SUFFIX] = suffixes;
  return { tables, clusters, pos };
}

/** jieba's own dictionary tags (main + user dictionary), as nodejieba.tag would assign them. */
export function buildPosDictionary(): PosDict {
  return buildPosDict([...readJiebaDict(defaultJiebaDictPath(), tagId), ...readJiebaDict(defaultJiebaUserDictPath(), tagId)]);
}

export interface TrainedNer {
  /** Pruned and quantized: what gets written. */
  model: NerModel;
  /** Dev scores of the unpruned int16 model. */
  unpruned: SpanScores;
  trainSeconds: number;
}

/** Trains on split.train and CLUENER (dev is only scored, never trained on); `training` facts go into the model. */
export function trainNer(split: MsraSplit, training: Record<string, unknown>, log: (m: string) => void = console.log): TrainedNer {
  const started = performance.now();
  // MSRA's training part plus CLUENER train (cluener-training.ts), the latter in the first
  // NER_CLUENER_EPOCHS epochs only (perceptron.ts `extra`); dev stays MSRA's held-out part.
  const extra = process.env.NER_CLUENER === '0' ? [] : loadCluenerTraining();
  const train = [...split.train, ...extra];
  log(`training sentences: ${split.train.length} MSRA + ${extra.length} CLUENER`);
  const epochs = env('NER_EPOCHS', 14);
  const step = env('NER_QUANT_STEP', 0.02);
  const gazetteers = buildGazetteers();
  let t0 = performance.now();
  const pos = buildPosDictionary();
  const clusterData = process.env.NER_CLUSTERS === '0' ? { chars: [], words: [] } : learnClusters(train.map((s) => s.text));
  const clusters = buildClusterTables(clusterData.chars, clusterData.words);
  log(`clusters: ${clusterData.chars.length} chars, ${clusterData.words.length} words in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  t0 = performance.now();
  const entities = new EntityLexiconBuilder(train, { minLength: 2, folds: env('NER_LEX_FOLDS', 10) });
  const suffixes = buildTable(process.env.NER_SUFFIXES === '0' ? [] : learnSuffixes(train));
  log(`suffixes: ${suffixes.keys.filter((k) => k !== 0).length}`);
  const lexicon = withEntityTables(gazetteers, entities.tables(), clusters, pos, suffixes);
  const foldLexicons = Array.from({ length: env('NER_LEX_FOLDS', 10) }, (_, f) => withEntityTables(gazetteers, entities.tables(f), clusters, pos, suffixes));
  log(`entity dictionaries (${foldLexicons.length} folds) in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  t0 = performance.now();
  const corpus = featurizeCorpus(train, (s) => foldLexicons[entities.foldOf[s]!]!);
  log(`featurized ${train.length} sentences, ${corpus.gold.length} chars in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  const trained = trainOnCorpus(
    corpus,
    Int32Array.from(train, (_, i) => i),
    {
      epochs,
      minCount: env('NER_MIN_COUNT', 2),
      seed: env('NER_SEED', 20240505),
      extra: { from: split.train.length, epochs: env('NER_CLUENER_EPOCHS', 4) },
      log,
      onEpoch: (epoch, weights) => {
        if (epoch < epochs && process.env.NER_DEV_EACH_EPOCH !== '1') return;
        const s = scoreOnSentences(quantizeModel(weights, lexicon, { step, minUnits: 0 }), split.dev);
        log(`epoch ${epoch}: dev micro F1 ${(100 * s.micro.f1).toFixed(2)}`);
      },
    },
  );
  const trainSeconds = (performance.now() - started) / 1000;
  const full16 = quantizeModel(trained, lexicon, { step, minUnits: 0 });
  const unpruned = scoreOnSentences(full16, split.dev);
  const extraFacts =
    extra.length > 0
      ? {
          extraTraining: `CLUENER2020 train: ${extra.length} sentences without ${CONFLICTING_TYPES.join('/')} labels, epochs 1–${env('NER_CLUENER_EPOCHS', 4)}`,
        }
      : {};
  const facts = { ...training, ...extraFacts, epochs, trainSeconds: Math.round(trainSeconds), devMicroF1Unpruned: Number(unpruned.micro.f1.toFixed(4)) };
  const model = quantizeModel(trained, lexicon, { step, minUnits: env('NER_PRUNE_UNITS', 50), training: facts });
  log(`features: ${trained.table.size} trained, ${full16.info.features} non-zero, ${model.info.features} kept`);
  if (process.env.NER_DOC === '1') {
    const docSeconds = performance.now();
    const doc = trainDocWeights(train, corpus, {
      folds: env('NER_DOC_FOLDS', 5),
      foldEpochs: env('NER_DOC_FOLD_EPOCHS', 8),
      docEpochs: env('NER_DOC_EPOCHS', 5),
      seed: env('NER_SEED', 20240505),
      minCount: env('NER_MIN_COUNT', 2),
      log,
    });
    model.doc = quantizeDocWeights(doc.table, doc.weights, step);
    Object.assign(facts, { docSeconds: Math.round((performance.now() - docSeconds) / 1000) });
  }
  return { model, unpruned, trainSeconds };
}

/** The split facts a model carries, so evaluation scores it on the sentences it never saw. */
export function splitFacts(options: Required<SplitOptions>): Record<string, unknown> {
  return options.kind === 'tail'
    ? { split: 'tail', corpus: 'MSRA NER (SIGHAN 2006) train.bio, first 90% of sentences' }
    : {
        split: 'blocks',
        fold: options.fold,
        block: DEV_BLOCK,
        corpus: `MSRA NER (SIGHAN 2006) train.bio minus every ${DEV_FOLDS}th block of ${DEV_BLOCK} sentences (fold ${options.fold})`,
      };
}

function main(): void {
  const started = performance.now();
  const out = process.env.NER_MODEL_OUT ?? fileURLToPath(DEFAULT_MODEL_PATH);
  const splitOptions = { kind: defaultSplitKind(), fold: env('NER_FOLD', DEV_FOLD) };
  const full = loadMsraSplit(undefined, splitOptions);
  const split = { train: full.train.slice(0, env('NER_TRAIN_LIMIT', full.train.length)), dev: full.dev };
  console.log(`MSRA (${splitOptions.kind} split): ${split.train.length} training sentences, ${split.dev.length} held out for dev`);
  const { model, unpruned } = trainNer(split, {
    ...splitFacts(splitOptions),
    gazetteers: 'THUOCL diming + lishimingren (Tsinghua, MIT)',
  });
  console.log(formatScores('dev, trained model (int16, unpruned)', unpruned));
  const bytes = encodeModel(model);
  const reloaded = decodeModel(bytes);
  const after = scoreOnSentences(reloaded, split.dev);
  const afterDocs = scoreOnDocuments(reloaded, split.dev);
  console.log(formatScores('dev, saved model (pruned), sentence by sentence', after));
  console.log(formatScores(`dev, saved model, documents of ${DOC_SENTENCES} sentences (two passes)`, afterDocs));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const summary = {
    ...reloaded.info,
    devMicroF1: Number(after.micro.f1.toFixed(4)),
    devMicroF1Documents: Number(afterDocs.micro.f1.toFixed(4)),
    bytes: bytes.length,
  };
  writeFileSync(out.replace(/\.bin$/, '.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB; total ${((performance.now() - started) / 1000).toFixed(0)}s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
