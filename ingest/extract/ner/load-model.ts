// Reads the committed model file (or another one) into a NerModel: the weights, transitions and
// tables a Tagger runs on. Immutable once loaded; any number of taggers may share one.
import { readFileSync } from 'node:fs';
import { decodeModel } from './model-file.ts';
import type { NerModel } from './model.ts';

export const DEFAULT_MODEL_PATH = new URL('./model/ner-model.bin', import.meta.url);

/** Reads and decodes a model file (default: model/ner-model.bin beside this module). */
export function loadModel(path?: string | URL): NerModel {
  const file = path ?? DEFAULT_MODEL_PATH;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new Error(`ingest/extract/ner/load-model: cannot read the NER model at ${String(file)}; run npm run train or check the path`, { cause });
  }
  return decodeModel(bytes);
}
