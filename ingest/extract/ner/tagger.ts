// The public face of the statistical NER tagger: load the committed model once, then tag any text
// into Person / Organization / Place spans with offsets into that text. Pure apart from reading
// the model file; works chunk by chunk so any input length is handled in linear time and memory.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model.ts';
import { isSurrogate } from '../code-units.ts';
import { splitChunks, type Chunk } from './chunks.ts';
import { buildEmissionPlan } from './emission.ts';
import { WasmEmission } from './emission-wasm.ts';
import { Workspace, featurize } from './featurize.ts';
import { LABEL_STRIDE as STRIDE_EXPORT, NER_TYPES, NUM_LABELS, spansOfLabels } from './labels.ts';
import { decodeModel } from './model-file.ts';
import type { NerModel } from './model.ts';
import { lastWords, type Words } from './segmentation.ts';
import { WasmViterbi } from './viterbi-wasm.ts';
import { DOC_TEMPLATES, DocDictionary } from './doc-features.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const LABEL_STRIDE = STRIDE_EXPORT;

export type { NerModel } from './model.ts';

export interface EntitySpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: EntityType;
  text: string;
  score?: number;
}

export const DEFAULT_MODEL_PATH = new URL('./model/ner-model.bin', import.meta.url);

export function loadNerModel(path?: string): NerModel {
  const file = path ?? DEFAULT_MODEL_PATH;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new Error(
      `ingest/extract/ner/tagger: cannot read the NER model at ${String(file)}; run npm run train or check the path`,
      { cause },
    );
  }
  return decodeModel(bytes);
}

const workspaces = new WeakMap<NerModel, Workspace>();

/** A model's emission (emission.ts plan, summed in WebAssembly) and decoder, built on first use. */
interface Runtime {
  emission: WasmEmission;
  decoder: WasmViterbi;
}

const runtimes = new WeakMap<NerModel, Runtime>();

function runtime(model: NerModel): Runtime {
  let r = runtimes.get(model);
  if (!r) {
    r = { emission: new WasmEmission(model.weights, buildEmissionPlan(model.weights, model.lexicon)), decoder: new WasmViterbi(model.transition) };
    runtimes.set(model, r);
  }
  return r;
}

/** BIOES labels of one sentence-sized piece of text (exported for the trainer's dev evaluation). */
export function labelSentence(model: NerModel, text: string, ws: Workspace = new Workspace()): Uint8Array {
  const n = featurize(model.lexicon, text, ws, false); // the emission reads char templates from codes
  const r = runtime(model);
  r.emission.compute(ws.codes, ws.keys, n, ws.emission);
  r.decoder.decode(ws.emission, n, ws.labels);
  return ws.labels.subarray(0, n);
}

/** Text beyond this many chars is tagged in independent windows, bounding time and memory. */
export const DOC_WINDOW = 20_000;

function addDocWeights(model: NerModel, keys: Int32Array, n: number, em: Float32Array): void {
  const table = model.doc;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < DOC_TEMPLATES; t++) {
      const key = keys[i * DOC_TEMPLATES + t]!;
      if (key === 0) continue;
      const r = table.find(key);
      if (r < 0) continue;
      const e = i * LABEL_STRIDE;
      for (let l = 0; l < NUM_LABELS; l++) em[e + l]! += table.weightAt(r, l);
    }
  }
}

/**
 * Labels of consecutive sentence-sized pieces of one document: the first pass tags each piece on
 * its own; when the model has document weights, a second pass re-decodes the pieces in which
 * strings tagged elsewhere in the document occur (doc-features.ts).
 */
export function labelDocument(
  model: NerModel,
  pieces: readonly string[],
  ws: Workspace = new Workspace(),
  onPiece?: (k: number) => void,
): Uint8Array[] {
  const labels: Uint8Array[] = [];
  const twoPass = model.doc.size > 0 && pieces.length > 1;
  const emissions: Float32Array[] = [];
  const codes: Uint16Array[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    labels.push(labelSentence(model, piece, ws).slice());
    onPiece?.(k); // while the piece's segmentation is still the last one
    if (twoPass) {
      emissions.push(ws.emission.slice(0, piece.length * LABEL_STRIDE));
      codes.push(ws.codes.slice(0, piece.length)); // featurize normalized it as normalizedCodes does
    }
  }
  if (!twoPass) return labels;
  const dict = new DocDictionary(pieces.map((_, i) => ({ codes: codes[i]!, spans: spansOfLabels(labels[i]!) })));
  if (dict.contributing < 2) return labels;
  for (let i = 0; i < pieces.length; i++) {
    const n = pieces[i]!.length;
    if (ws.docKeys.length < n * DOC_TEMPLATES) ws.docKeys = new Int32Array(n * DOC_TEMPLATES * 2);
    if (!dict.featureKeys(i, labels[i]!, ws.docKeys)) continue;
    const em = emissions[i]!;
    addDocWeights(model, ws.docKeys, n, em);
    runtime(model).decoder.decode(em, n, labels[i]!);
  }
  return labels;
}

/** ASCII, full-width and Latin-1 letters: the letters of a Latin-script word. */
function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)
  );
}

/** The span starts or ends inside a Latin-script word (We|dbush): not a name of its own. */
function cutsLatinWord(text: string, start: number, end: number): boolean {
  return (
    (start > 0 && isLatinLetter(text.charCodeAt(start - 1)) && isLatinLetter(text.charCodeAt(start))) ||
    (end < text.length && isLatinLetter(text.charCodeAt(end - 1)) && isLatinLetter(text.charCodeAt(end)))
  );
}

/**
 * Receives jieba's words of each piece the tagger segmented, [start, end) in the text, or
 * undefined words when jieba's output did not align with the piece. Pieces of whitespace only
 * are skipped.
 */
export type WordSink = (start: number, end: number, words: Words | undefined) => void;

/**
 * Entities in text, in order; never throws on odd input (empty, controls, lone surrogates).
 * `onWords` sees the tagger's own segmentation, so a caller needing jieba's words of the same
 * text does not segment it again.
 */
export function tagEntities(model: NerModel, text: string, onWords?: WordSink): EntitySpan[] {
  const out: EntitySpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let ws = workspaces.get(model);
  if (!ws) {
    ws = new Workspace();
    workspaces.set(model, ws);
  }
  const chunks: Chunk[] = [];
  const pieces: string[] = [];
  for (const c of splitChunks(text)) {
    const piece = text.slice(c.start, c.end);
    if (piece.trim().length === 0) continue;
    chunks.push(c);
    pieces.push(piece);
  }
  for (let w0 = 0; w0 < chunks.length; ) {
    let w1 = w0 + 1;
    while (w1 < chunks.length && chunks[w1]!.end - chunks[w0]!.start <= DOC_WINDOW) w1++;
    const window = chunks.slice(w0, w1);
    const windowPieces = pieces.slice(w0, w1);
    const sink = onWords && ((k: number) => onWords(window[k]!.start, window[k]!.end, lastWords(windowPieces[k]!)));
    const labels = labelDocument(model, windowPieces, ws, sink);
    window.forEach((chunk, k) => {
      for (const s of spansOfLabels(labels[k]!)) {
        let start = chunk.start + s.start;
        let end = chunk.start + s.end;
        // No name begins or ends inside an emoji or a broken surrogate: trim those code units.
        while (end > start && isSurrogate(text.charCodeAt(end - 1))) end--;
        while (start < end && isSurrogate(text.charCodeAt(start))) start++;
        // Char features see the first letters of Wedbush as a name; the Latin-name rule reads whole words.
        if (start < end && !cutsLatinWord(text, start, end)) out.push({ start, end, type: NER_TYPES[s.typeIndex]!, text: text.slice(start, end) });
      }
    });
    w0 = w1;
  }
  return out;
}
