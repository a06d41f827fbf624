// The statistical NER tagger: Person / Organization / Place spans with offsets into any text.
// A Tagger is created by its caller from a loaded model (load-model.ts) and holds everything a
// tagging run writes: the feature workspace with its jieba segmenter, and the WebAssembly
// instances of the emission and the decoder (each with its own memory). Results are the caller's.
// Works chunk by chunk, so any input length is handled in linear time and memory.
import type { EntityType } from '../../model.ts';
import { isSurrogate } from '../code-units.ts';
import { splitChunks, type Chunk } from './chunks.ts';
import { buildEmissionPlan } from './emission.ts';
import { WasmEmission } from './emission-wasm.ts';
import { Workspace, featurize } from './featurize.ts';
import type { JiebaCutter } from './jieba-cut.ts';
import { LABEL_STRIDE as STRIDE_EXPORT, NER_TYPES, NUM_LABELS, spansOfLabels } from './labels.ts';
import type { NerModel } from './model.ts';
import { wordsOf, type Words } from './segmentation.ts';
import { WasmViterbi } from './viterbi-wasm.ts';
import { DOC_TEMPLATES, DocDictionary, FirstChars } from './doc-features.ts';
import { bundledCalibration } from './calibration.ts';
import { SpanMarginals } from './marginals.ts';

// Hot loops read module-local copies: under tsx every imported binding is a getter call.
const LABEL_STRIDE = STRIDE_EXPORT;

export interface EntitySpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: EntityType;
  text: string;
  /**
   * The probability of this span under the model's scores at the calibrated temperature
   * (marginals.ts): the mass of every labelling that has exactly this span. Absent when the
   * tagger was made with `confidence: false`.
   */
  confidence?: number;
}

/** Text beyond this many chars is tagged in independent windows, bounding time and memory. */
export const DOC_WINDOW = 20_000;

/**
 * Receives jieba's words of each piece the tagger segmented, [start, end) in the text, or
 * undefined words when jieba's output did not align with the piece. Pieces of whitespace only
 * are skipped. `words.ends` and `words.tags` are views into the tagger's buffers: read them during
 * the call.
 */
export type WordSink = (start: number, end: number, words: Words | undefined) => void;

export interface TaggerOptions {
  /** jieba's segmenter for the features (default: a new one over nodejieba's dictionaries). */
  cutter?: JiebaCutter;
  /**
   * Temperature of the span probabilities (default: the committed calibration's, calibration.ts,
   * read when the first tagger is made; a missing file is an error saying to run npm run calibrate).
   */
  temperature?: number;
  /** False: tag() leaves `confidence` out and runs no forward–backward pass. Default true. */
  confidence?: boolean;
}

/** Tags text with one model. Not reentrant: a WordSink must not call the same tagger. */
export class Tagger {
  private readonly ws: Workspace;
  private readonly emission: WasmEmission;
  private readonly decoder: WasmViterbi;
  private readonly marginals: SpanMarginals | undefined;
  /**
   * A document's emissions and normalized codes, piece after piece, kept for its second pass: one
   * buffer per tagger, grown on demand, instead of a copy per piece.
   */
  private docEmission = new Float32Array(0);
  private docCodes = new Uint16Array(0);
  /** The second pass's DocDictionary scratch, lent to one document after another. */
  private readonly firstChars = new FirstChars();

  constructor(
    readonly model: NerModel,
    options: TaggerOptions = {},
  ) {
    this.ws = new Workspace(options.cutter);
    this.emission = new WasmEmission(model.weights, buildEmissionPlan(model.weights, model.lexicon));
    this.decoder = new WasmViterbi(model.transition);
    if (options.confidence !== false) this.marginals = new SpanMarginals(model.transition, options.temperature ?? bundledCalibration().temperature);
  }

  /**
   * Entities in text, in order; never throws on odd input (empty, controls, lone surrogates).
   * `onWords` sees the tagger's own segmentation, so a caller needing jieba's words of the same
   * text does not segment it again.
   */
  tag(text: string, onWords?: WordSink): EntitySpan[] {
    const out: EntitySpan[] = [];
    if (typeof text !== 'string' || text.length === 0) return out;
    const chunks: Chunk[] = [];
    const pieces: string[] = [];
    for (const c of splitChunks(text)) {
      const piece = text.slice(c.start, c.end);
      if (piece.trim().length === 0) continue;
      chunks.push(c);
      pieces.push(piece);
    }
    const seg = this.ws.seg;
    for (let w0 = 0; w0 < chunks.length;) {
      let w1 = w0 + 1;
      while (w1 < chunks.length && chunks[w1]!.end - chunks[w0]!.start <= DOC_WINDOW) w1++;
      const window = chunks.slice(w0, w1);
      const windowPieces = pieces.slice(w0, w1);
      const sink = onWords && ((k: number) => onWords(window[k]!.start, window[k]!.end, wordsOf(seg)));
      const probs: number[][] | undefined = this.marginals && [];
      const labels = this.labelDocument(windowPieces, sink, probs);
      window.forEach((chunk, k) => {
        const spans = spansOfLabels(labels[k]!);
        for (let j = 0; j < spans.length; j++) {
          const s = spans[j]!;
          let start = chunk.start + s.start;
          let end = chunk.start + s.end;
          // No name begins or ends inside an emoji or a broken surrogate: trim those code units.
          while (end > start && isSurrogate(text.charCodeAt(end - 1))) end--;
          while (start < end && isSurrogate(text.charCodeAt(start))) start++;
          // Char features see the first letters of Wedbush as a name; the Latin-name rule reads whole words.
          if (start < end && !cutsLatinWord(text, start, end)) {
            const span: EntitySpan = { start, end, type: NER_TYPES[s.typeIndex]!, text: text.slice(start, end) };
            if (probs) span.confidence = probs[k]![j]!;
            out.push(span);
          }
        }
      });
      w0 = w1;
    }
    return out;
  }

  /** BIOES labels of one sentence-sized piece of text (the trainer's dev evaluation uses it). */
  labelSentence(text: string): Uint8Array {
    const n = this.labelInto(text); // first: it may replace ws.labels with a longer array
    return this.ws.labels.slice(0, n);
  }

  /**
   * Labels of consecutive sentence-sized pieces of one document: the first pass tags each piece on
   * its own; when the model has document weights, a second pass re-decodes the pieces in which
   * strings tagged elsewhere in the document occur (doc-features.ts). `onPiece(k)` runs right
   * after piece k is segmented and labelled, while the workspace still holds its words. With
   * `spanProbs` (and a tagger made with confidence), spanProbs[k][j] is the probability of the
   * j-th span of spansOfLabels(labels[k]) from the emission the final labels were decoded from.
   */
  labelDocument(pieces: readonly string[], onPiece?: (k: number) => void, spanProbs?: number[][]): Uint8Array[] {
    const ws = this.ws;
    const labels: Uint8Array[] = [];
    const twoPass = this.model.doc.size > 0 && pieces.length > 1;
    const emissions: Float32Array[] = [];
    const codes: Uint16Array[] = [];
    if (twoPass) {
      let total = 0;
      for (const piece of pieces) total += piece.length;
      if (this.docCodes.length < total) {
        const cap = Math.max(total, 2 * this.docCodes.length);
        this.docEmission = new Float32Array(cap * LABEL_STRIDE);
        this.docCodes = new Uint16Array(cap);
      }
    }
    let at = 0;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      const n = piece.length;
      // The first pass's emission goes straight to the document's buffer when a second pass may read it.
      const em = twoPass ? this.docEmission.subarray(at * LABEL_STRIDE, (at + n) * LABEL_STRIDE) : undefined;
      this.labelInto(piece, em); // first: it may replace ws.labels with a longer array
      labels.push(ws.labels.slice(0, n));
      onPiece?.(k);
      if (twoPass) {
        emissions.push(em!);
        const c = this.docCodes.subarray(at, at + n);
        c.set(ws.codes.subarray(0, n)); // featurize normalized it as normalizedCodes does
        codes.push(c);
        at += n;
      } else if (spanProbs) spanProbs.push(this.probabilities(ws.emission, n, labels[k]!));
    }
    if (!twoPass) return labels;
    const dict = new DocDictionary(
      pieces.map((_, i) => ({ codes: codes[i]!, spans: spansOfLabels(labels[i]!) })),
      this.firstChars,
    );
    if (dict.contributing < 2) {
      if (spanProbs) for (let i = 0; i < pieces.length; i++) spanProbs.push(this.probabilities(emissions[i]!, pieces[i]!.length, labels[i]!));
      return labels;
    }
    for (let i = 0; i < pieces.length; i++) {
      const n = pieces[i]!.length;
      if (ws.docKeys.length < n * DOC_TEMPLATES) ws.docKeys = new Int32Array(n * DOC_TEMPLATES * 2);
      if (!dict.featureKeys(i, labels[i]!, ws.docKeys)) continue;
      const em = emissions[i]!;
      addDocWeights(this.model, ws.docKeys, n, em);
      this.decoder.decode(em, n, labels[i]!);
    }
    if (spanProbs) for (let i = 0; i < pieces.length; i++) spanProbs.push(this.probabilities(emissions[i]!, pieces[i]!.length, labels[i]!));
    return labels;
  }

  /** The probability of each span of the labels (in spansOfLabels order); none computed without spans. */
  private probabilities(emission: Float32Array, n: number, labels: Uint8Array): number[] {
    const spans = spansOfLabels(labels, n);
    const out: number[] = new Array<number>(spans.length);
    if (spans.length > 0) this.marginals!.spanProbabilities(emission, n, spans, out);
    return out;
  }

  /** Labels text into ws.labels[0, n) from its emission, computed into `em` (default ws.emission); returns n. */
  private labelInto(text: string, em?: Float32Array): number {
    const ws = this.ws;
    // The keys go straight into the emission's memory (set after ensure, which would replace them).
    ws.ensure(text.length);
    ws.keys = this.emission.keyBuffer(text.length);
    const n = featurize(this.model.lexicon, text, ws, false); // the emission reads char templates from codes
    const out = em ?? ws.emission;
    this.emission.compute(ws.codes, ws.keys, n, out);
    this.decoder.decode(out, n, ws.labels);
    return n;
  }
}

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

/** ASCII, full-width and Latin-1 letters: the letters of a Latin-script word. */
function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
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
