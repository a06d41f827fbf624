// The package's second entry, for its tools in ../ner-tools (training, cross-validation, model
// building) and the evaluation in ../eval: what a trainer must share with the tagger so both see
// identical features and labels (featurize, the label codec, the reference Viterbi), and the
// parts a model is built from (tables, clusters, jieba's POS dictionary, the model file format).
// The application imports ./index.ts only.
export * from './index.ts';
export { BOS, EOS, charClass, normalizeCode } from './chars.ts';
export { buildClusterTables, emptyClusters, type Clusters } from './clusters.ts';
export { DOC_SENTENCES, DOC_TEMPLATES, DocDictionary, normalizedCodes, type FirstPass } from './doc-features.ts';
export { NUM_TEMPLATES } from './features.ts';
export { Workspace, featurize } from './featurize.ts';
export { hashRange, mix3 } from './hash.ts';
export { LABEL_STRIDE, NER_TYPES, NUM_LABELS, labelsOfSpans, spansOfLabels, type LabelSpan } from './labels.ts';
export {
  LEX_KINDS,
  LEX_MAX_LEN,
  LEX_PERSON,
  LEX_PLACE,
  LEX_SUFFIX,
  LEX_TRAIN_PERSON,
  PREFIX_BIT,
  VALUE_BITS,
  buildTable,
  emptyLexicon,
  finish,
  start,
  step,
  wordKey,
  type Lexicon,
  type LexiconTable,
} from './lexicon.ts';
export { decodeModel, encodeModel } from './model-file.ts';
export { MODEL_FORMAT_VERSION, fromParts, type NerModelInfo } from './model.ts';
export { buildPosDict, defaultJiebaDictPath, defaultJiebaUserDictPath, rawWordKey, type PosDict } from './pos-dict.ts';
export { sanitizeForJieba, tagId } from './segmentation.ts';
export { MAX_SUFFIX, SUFFIX_ORG, SUFFIX_PLACE } from './suffixes.ts';
export { makeScratch, viterbi } from './viterbi.ts';
export { MAX_WEIGHT, WeightTable } from './weight-table.ts';
export { DEFAULT_CALIBRATION_PATH, replaceBundledCalibration, type Measured } from './calibration.ts';
