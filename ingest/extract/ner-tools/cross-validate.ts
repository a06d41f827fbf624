// `npm run train:cv`: ten-fold cross-validation of the tagger over the blocks split
// (msra-corpus.ts): each fold trains on nine tenths of the blocks (plus CLUENER train, as
// `npm run train` does) and scores the pruned model on the tenth it never saw. Prints per-fold and mean ± standard deviation, so a change is judged on
// the whole corpus, not on one slice. Folds: env NER_CV_FOLDS (e.g. "0,3,9"), default all ten.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NER_TYPES } from '../ner/for-tools.ts';
import { DEV_FOLDS, parseMsraBio, splitMsra, defaultMsraPath } from './msra-corpus.ts';
import { scoreOnSentences, splitFacts, trainNer } from './train-cli.ts';
import type { SpanScores } from '../eval/score.ts';

function meanSd(xs: readonly number[]): string {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return `${(100 * mean).toFixed(2)} ± ${(100 * sd).toFixed(2)}`;
}

function main(): void {
  const folds = (process.env.NER_CV_FOLDS ?? Array.from({ length: DEV_FOLDS }, (_, i) => i).join(',')).split(',').map(Number);
  const sentences = parseMsraBio(readFileSync(defaultMsraPath(), 'utf8'));
  const scores: SpanScores[] = [];
  for (const fold of folds) {
    const split = splitMsra(sentences, { kind: 'blocks', fold });
    const { model } = trainNer(split, splitFacts({ kind: 'blocks', fold }), () => {});
    const s = scoreOnSentences(model, split.dev);
    scores.push(s);
    const perType = NER_TYPES.map((t) => `${t} ${(100 * (s.byType[t]?.f1 ?? 0)).toFixed(2)}`).join(', ');
    console.log(`fold ${fold}: micro F1 ${(100 * s.micro.f1).toFixed(2)} (${perType}; ${split.dev.length} sentences)`);
  }
  console.log(`micro F1 over ${folds.length} folds: ${meanSd(scores.map((s) => s.micro.f1))}`);
  for (const t of NER_TYPES) console.log(`  ${t}: ${meanSd(scores.map((s) => s.byType[t]?.f1 ?? 0))}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
