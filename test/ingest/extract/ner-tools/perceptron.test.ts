// The perceptron trains an appended corpus (CLUENER after MSRA) in its first epochs only.
import { describe, expect, it } from 'vitest';
import { emptyLexicon } from '../../../../ingest/extract/ner/lexicon.ts';
import { labelsOfSpans } from '../../../../ingest/extract/ner/labels.ts';
import type { LabelledSentence } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { featurizeCorpus, trainOnCorpus } from '../../../../ingest/extract/ner-tools/perceptron.ts';

function sentence(text: string, name: string, typeIndex: number): LabelledSentence {
  const start = text.indexOf(name);
  const spans = [{ start, end: start + name.length, typeIndex }];
  return { text, spans, labels: labelsOfSpans(spans, text.length) };
}

const main = [sentence('记者张三报道', '张三', 0), sentence('他去了上海', '上海', 1), sentence('新华社北京电', '北京', 1)];
const extra = [sentence('特斯拉宣布降价', '特斯拉', 2), sentence('马斯克访问中国', '马斯克', 0)];

describe('perceptron training with an appended corpus', () => {
  const lexicon = emptyLexicon();
  const corpus = featurizeCorpus([...main, ...extra], () => lexicon);
  const all = Int32Array.from({ length: main.length + extra.length }, (_, i) => i);

  it('should see the appended sentences in the first epochs only', () => {
    const log: string[] = [];
    trainOnCorpus(corpus, all, { epochs: 3, minCount: 1, seed: 1, extra: { from: main.length, epochs: 1 }, log: (m) => log.push(m) });
    const seen = log.filter((m) => m.startsWith('epoch')).map((m) => Number(/of (\d+) sentences/.exec(m)![1]));
    expect(seen).toEqual([5, 3, 3]);
  });

  it('should learn from the appended sentences while it sees them', () => {
    const train = (extraEpochs: number): Float32Array =>
      trainOnCorpus(corpus, all, { epochs: 3, minCount: 1, seed: 1, extra: { from: main.length, epochs: extraEpochs } }).weights;
    const without = train(0);
    const withExtra = train(1);
    expect(withExtra.length).toBe(without.length);
    expect(withExtra.some((w, i) => w !== without[i])).toBe(true);
  });
});
