// The dev split is what every reported F1 rests on: it must never overlap training, must cover the
// corpus, and evaluation must pick the split the model was trained without.
import { describe, expect, it } from 'vitest';
import { modelSplit } from '../../../../ingest/extract/eval/eval-cli.ts';
import { DEV_BLOCK, DEV_FOLDS, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { loadModel } from '../../../../ingest/extract/ner/index.ts';

/** n one-char sentences whose text is their index, so membership is easy to check. */
function corpus(n: number): ReturnType<typeof parseMsraBio> {
  return parseMsraBio(Array.from({ length: n }, (_, i) => `${i} O\n`).join('\n'));
}

describe('splitMsra', () => {
  const sentences = corpus(DEV_BLOCK * DEV_FOLDS * 2 + 123);

  it('should hold out every tenth block of consecutive sentences, disjoint from training and covering the corpus', () => {
    for (const fold of [0, 4, DEV_FOLDS - 1]) {
      const { train, dev } = splitMsra(sentences, { kind: 'blocks', fold });
      expect(train.length + dev.length).toBe(sentences.length);
      const devIds = new Set(dev.map((s) => Number(s.text)));
      expect(train.some((s) => devIds.has(Number(s.text)))).toBe(false);
      for (const id of devIds) expect(Math.floor(id / DEV_BLOCK) % DEV_FOLDS).toBe(fold);
      // two full rounds of blocks, then 123 sentences that start fold 0's third block
      expect(dev.length).toBe(2 * DEV_BLOCK + (fold === 0 ? 123 : 0));
    }
  });

  it('should give ten folds whose dev sets partition the corpus', () => {
    const seen = new Set<string>();
    for (let fold = 0; fold < DEV_FOLDS; fold++) for (const s of splitMsra(sentences, { kind: 'blocks', fold }).dev) seen.add(s.text);
    expect(seen.size).toBe(sentences.length);
  });

  it('should hold out the last tenth of sentences in the tail split', () => {
    const { train, dev } = splitMsra(sentences, { kind: 'tail' });
    expect(train.length + dev.length).toBe(sentences.length);
    expect(Number(dev[0]!.text)).toBe(train.length);
    expect(dev.length).toBe(sentences.length - Math.floor(sentences.length * 0.9));
  });
});

describe('modelSplit', () => {
  it('should evaluate the committed model on the split its training facts name', () => {
    const model = loadModel();
    const split = modelSplit(model);
    const facts = model.info.training ?? {};
    expect(split.kind).toBe(facts.split === 'blocks' ? 'blocks' : 'tail');
    if (split.kind === 'blocks') expect(split.fold).toBe(facts.fold);
  });
});
