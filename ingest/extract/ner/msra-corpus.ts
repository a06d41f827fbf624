// Reader for the MSRA NER corpus (SIGHAN 2006) in its one-character-per-line BIO form, and the
// train/dev split every tool here agrees on: the LAST 10% of sentences are the development split
// and are never trained on. Kept pure (text in, sentences out) so tests and evaluation share it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelsOfSpans, type LabelSpan } from './labels.ts';

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

export function splitMsra(sentences: LabelledSentence[], devFraction = DEV_FRACTION): MsraSplit {
  const cut = Math.floor(sentences.length * (1 - devFraction));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

export function loadMsraSplit(path = defaultMsraPath()): MsraSplit {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(
      `ingest/extract/ner/msra-corpus: cannot read ${path}; set MSRA_TRAIN to the MSRA train.bio file`,
      { cause },
    );
  }
  return splitMsra(parseMsraBio(content));
}
