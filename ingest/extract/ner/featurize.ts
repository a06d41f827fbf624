// One sentence from text to feature keys: normalize, segment with jieba, match gazetteers, then
// the feature templates. A Workspace, which its caller creates and keeps, holds every buffer and
// the jieba segmenter, so tagging many sentences does not allocate per character and no two
// callers share scratch. Shared by the trainer and the tagger so both see identical features.
import { normalizeInto } from './chars.ts';
import { NUM_TEMPLATES, extractFeatureKeys } from './features.ts';
import { JiebaCutter } from './jieba-cut.ts';
import { LABEL_STRIDE } from './labels.ts';
import { latticeFromWords, matchLattice } from './lattice.ts';
import { LEX_KINDS, LEX_SUFFIX, LexiconScratch, matchLexicon, type Lexicon } from './lexicon.ts';
import { NO_SUFFIX, suffixLookahead, suffixScratchLength } from './suffixes.ts';
import { emptySegmentation, segment } from './segmentation.ts';

/**
 * The buffers of featurize and what it leaves for its caller: after featurize(text), `codes`,
 * `keys` and `seg` (jieba's words, segmentation.ts wordsOf) describe that text until the next
 * featurize with this workspace. Not reentrant: one per caller.
 */
export class Workspace {
  /** jieba's segmenter and its scratch. */
  readonly cutter: JiebaCutter;
  /** The last featurized text's segmentation. */
  readonly seg = emptySegmentation(256);
  readonly lexScratch = new LexiconScratch();
  sufKeys = new Int32Array(0);

  capacity = 0;
  codes = new Uint16Array(0);
  /** NUM_TEMPLATES keys per char; the tagger points it at its emission's wasm memory (tagger.ts). */
  keys: Int32Array = new Int32Array(0);
  emission = new Float32Array(0);
  labels = new Uint8Array(0);
  lex: Int32Array[] = [];
  latBegin = new Int32Array(0);
  latEnd = new Int32Array(0);
  latInside = new Int32Array(0);
  sufOrg = new Int32Array(0);
  sufPlace = new Int32Array(0);
  /** Document-feature keys of the second pass (tagger.ts), grown on demand. */
  docKeys = new Int32Array(0);

  /** `cutter`: the segmenter (default: a new one over nodejieba's dictionaries). */
  constructor(cutter: JiebaCutter = new JiebaCutter()) {
    this.cutter = cutter;
  }

  ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(64, n, this.capacity * 2);
    this.capacity = cap;
    this.codes = new Uint16Array(cap);
    this.keys = new Int32Array(cap * NUM_TEMPLATES);
    this.emission = new Float32Array(cap * LABEL_STRIDE);
    this.labels = new Uint8Array(cap);
    this.lex = Array.from({ length: LEX_KINDS }, () => new Int32Array(cap));
    this.latBegin = new Int32Array(cap);
    this.latEnd = new Int32Array(cap);
    this.latInside = new Int32Array(cap);
    this.sufOrg = new Int32Array(cap);
    this.sufPlace = new Int32Array(cap);
    this.sufKeys = new Int32Array(suffixScratchLength(cap));
  }
}

/**
 * Fills ws.codes and ws.keys (NUM_TEMPLATES per char) for text; returns n = text.length. With
 * charKeys false the bias and char-template slots are not written (see extractFeatureKeys).
 */
export function featurize(lexicon: Lexicon, text: string, ws: Workspace, charKeys = true): number {
  const n = text.length;
  ws.ensure(n);
  normalizeInto(text, 0, n, ws.codes);
  const codes = ws.codes.subarray(0, n);
  const seg = segment(ws.cutter, text, codes, lexicon.pos, ws.seg);
  matchLexicon(lexicon, codes, n, ws.lex, ws.lexScratch);
  // The segmenter's DAG already met every dictionary word of the text (unless it could not align).
  if (seg.aligned && seg.words.dictAligned) latticeFromWords(text, n, lexicon.pos, seg.words, ws.latBegin, ws.latEnd, ws.latInside);
  else matchLattice(text, n, lexicon.pos, ws.latBegin, ws.latEnd, ws.latInside);
  const suffixes = lexicon.tables[LEX_SUFFIX];
  if (suffixes) suffixLookahead(suffixes, codes, n, ws.sufOrg, ws.sufPlace, ws.sufKeys);
  else {
    ws.sufOrg.fill(NO_SUFFIX, 0, n);
    ws.sufPlace.fill(NO_SUFFIX, 0, n);
  }
  extractFeatureKeys(
    {
      codes,
      n,
      seg,
      lex: ws.lex,
      clusters: lexicon.clusters,
      latBegin: ws.latBegin,
      latEnd: ws.latEnd,
      latInside: ws.latInside,
      sufOrg: ws.sufOrg,
      sufPlace: ws.sufPlace,
    },
    ws.keys,
    charKeys,
  );
  return n;
}
