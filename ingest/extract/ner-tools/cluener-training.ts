// CLUENER2020's train split as extra training sentences for the tagger. MSRA is 1998 People's
// Daily; CLUENER is 2020 Sina news, with the companies, brands, Latin-script and transliterated
// names the product reads every day. Only sentences whose labels agree with MSRA's conventions are
// used: CLUENER's addresses (地铁8号线耀华路站1号出口, 新德里以南, 市政厅) and scenic spots are
// spans MSRA would cut otherwise or not label, so a sentence with one of them is left out rather
// than taught with a contradicting boundary. Its other types (books, games, films, positions) are
// not names of ours, and MSRA leaves them unlabelled too.
import { readFileSync } from 'node:fs';
import { defaultCluenerTrainPath, parseCluener } from '../eval/cluener-corpus.ts';
import { NER_TYPES, labelsOfSpans, type LabelSpan } from '../ner/for-tools.ts';
import type { LabelledSentence } from './msra-corpus.ts';

/** CLUENER types whose sentences are left out of training (see above). */
export const CONFLICTING_TYPES: readonly string[] = ['address', 'scene'];

/** Labelled sentences of CLUENER JSON, without those labelling a conflicting type. */
export function cluenerTrainingSentences(content: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const doc of parseCluener(content)) {
    if (doc.labelled?.some((t) => CONFLICTING_TYPES.includes(t))) continue;
    const spans: LabelSpan[] = doc.spans
      .map((s) => ({ start: s.start, end: s.end, typeIndex: (NER_TYPES as readonly string[]).indexOf(s.type) }))
      .filter((s) => s.typeIndex >= 0 && s.start >= 0 && s.end <= doc.text.length && s.start < s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // Nested or overlapping mentions (rare) cannot both be BIOES labels: the first, longest wins.
    const kept: LabelSpan[] = [];
    for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
    out.push({ text: doc.text, spans: kept, labels: labelsOfSpans(kept, doc.text.length) });
  }
  return out;
}

/** The extra training sentences, or a clear error naming the file and how to do without it. */
export function loadCluenerTraining(path = defaultCluenerTrainPath()): LabelledSentence[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(
      `ingest/extract/ner-tools/cluener-training: cannot read CLUENER train at ${path}; set CLUENER_TRAIN to its train.json, or NER_CLUENER=0 to train on MSRA alone`,
      { cause },
    );
  }
  return cluenerTrainingSentences(content);
}
