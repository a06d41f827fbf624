// Reader for the MSRA NER corpus (SIGHAN 2006) in its one-character-per-line BIO form, and the
// train/dev split every tool here agrees on (splitMsra); dev sentences are never trained on. Kept
// pure (text in, sentences out) so tests and evaluation share it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelsOfSpans, type LabelSpan } from '../ner/for-tools.ts';

export interface LabelledSentence {
  text: string;
  spans: LabelSpan[];
  /** BIOES labels, one per UTF-16 code unit of text. */
  labels: Uint8Array;
}

const MSRA_TYPES: Record<string, number> = { PER: 0, LOC: 1, ORG: 2 };

export const DEV_FRACTION = 0.1;

/** `<repo>/../shared/eval/msra/train.bio`, or env MSRA_TRAIN. */
export function defaultMsraPath(): string {
  if (process.env.MSRA_TRAIN) return process.env.MSRA_TRAIN;
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '../../../../shared/eval/msra/train.bio');
}

export function parseMsraBio(content: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let chars: string[] = [];
  let spans: LabelSpan[] = [];
  let open: LabelSpan | undefined;
  let pos = 0;
  const flush = (): void => {
    if (open) spans.push(open);
    open = undefined;
    if (chars.length > 0) {
      const text = chars.join('');
      sentences.push({ text, spans, labels: labelsOfSpans(spans, text.length) });
    }
    chars = [];
    spans = [];
    pos = 0;
  };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cut = line.lastIndexOf(' ');
    const ch = cut > 0 ? line.slice(0, cut) : ' ';
    const tag = line.slice(cut + 1);
    const at = pos;
    pos += ch.length;
    chars.push(ch);
    const dash = tag.indexOf('-');
    const prefix = dash > 0 ? tag.slice(0, dash) : tag;
    const type = dash > 0 ? MSRA_TYPES[tag.slice(dash + 1)] : undefined;
    if (type === undefined || prefix === 'O') {
      if (open) spans.push(open);
      open = undefined;
      continue;
    }
    if (prefix === 'B' || !open || open.typeIndex !== type) {
      if (open) spans.push(open);
      open = { start: at, end: pos, typeIndex: type };
    } else {
      open.end = pos;
    }
  }
  flush();
  return sentences;
}

export interface MsraSplit {
  train: LabelledSentence[];
  dev: LabelledSentence[];
}

/**
 * How the development split is carved out of train.bio:
 * - `blocks` (default): blocks of DEV_BLOCK consecutive sentences, every tenth block (the one with
 *   index % 10 === fold) held out. Spread over the whole corpus, as the held-out test set is:
 *   naive nodejieba tags score 51 F1 on it, 53 on the test set.
 * - `tail`: the last 10% of sentences. Those are mostly literary supplements (essays, memoirs,
 *   classical verse), the hardest slice of the corpus: naive nodejieba tags score 42.5 there.
 */
export type MsraSplitKind = 'tail' | 'blocks';

/** Sentences per block: a few articles, so few stories straddle train and dev. */
export const DEV_BLOCK = 500;
export const DEV_FOLDS = Math.round(1 / DEV_FRACTION);
/** The fold held out by default (and by the committed model). */
export const DEV_FOLD = DEV_FOLDS - 1;

export interface SplitOptions {
  kind?: MsraSplitKind;
  /** For `blocks`: which tenth of the blocks is dev (0–9). */
  fold?: number;
}

export function splitMsra(sentences: LabelledSentence[], options: SplitOptions = {}): MsraSplit {
  const { kind = defaultSplitKind(), fold = DEV_FOLD } = options;
  if (kind === 'tail') {
    const cut = Math.floor(sentences.length * (1 - DEV_FRACTION));
    return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
  }
  const split: MsraSplit = { train: [], dev: [] };
  sentences.forEach((s, i) => (Math.floor(i / DEV_BLOCK) % DEV_FOLDS === fold ? split.dev : split.train).push(s));
  return split;
}

/** env NER_SPLIT=tail selects the tail split; anything else the blocks split. */
export function defaultSplitKind(): MsraSplitKind {
  return process.env.NER_SPLIT === 'tail' ? 'tail' : 'blocks';
}

export function loadMsraSplit(path = defaultMsraPath(), options: SplitOptions = {}): MsraSplit {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`ingest/extract/ner-tools/msra-corpus: cannot read ${path}; set MSRA_TRAIN to the MSRA train.bio file`, { cause });
  }
  return splitMsra(parseMsraBio(content), options);
}
