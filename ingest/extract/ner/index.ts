// The NER package's public entry: load a model, create a Tagger, tag text. jieba's segmenter and
// tagger in TypeScript (nodejieba.cut / nodejieba.tag, without the native dictionaries) are
// exported too, for the extraction rules that read jieba's words. Everything else in this folder
// is the package's inside; its training, evaluation and build tools live in ../ner-tools and
// reach it through ./for-tools.ts.
export { DEFAULT_MODEL_PATH, loadModel } from './load-model.ts';
export type { NerModel } from './model.ts';
export { DOC_WINDOW, Tagger, type EntitySpan, type TaggerOptions, type WordSink } from './tagger.ts';
export { tagName, type Words } from './segmentation.ts';
export { JiebaCutter, jiebaWords, type JiebaWords } from './jieba-cut.ts';
export { jiebaTag, type TaggedWord } from './jieba-tag.ts';
export { bundledCalibration, CalibrationError, loadCalibration, type Calibration } from './calibration.ts';
