// The scorer is exact-match (start, end and type) and micro-averages over types.
import { describe, expect, it } from 'vitest';
import { scoreSpans } from '../../../../ingest/extract/eval/score.ts';
import { parseCluener } from '../../../../ingest/extract/eval/cluener-corpus.ts';
import { parseMsraBio } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { spansOfLabels } from '../../../../ingest/extract/ner/labels.ts';

describe('scoreSpans', () => {
  it('should compute precision, recall and F1 on a hand case', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'Place' },
        { start: 5, end: 8, type: 'Person' },
      ],
      [{ start: 0, end: 3, type: 'Organization' }],
    ];
    const predicted = [
      [
        { start: 0, end: 2, type: 'Place' },
        { start: 5, end: 7, type: 'Person' }, // wrong end
      ],
      [
        { start: 0, end: 3, type: 'Place' }, // wrong type
        { start: 4, end: 6, type: 'Person' }, // spurious
      ],
    ];
    const s = scoreSpans(gold, predicted);
    expect(s.micro.tp).toBe(1);
    expect(s.micro.precision).toBeCloseTo(1 / 4);
    expect(s.micro.recall).toBeCloseTo(1 / 3);
    expect(s.micro.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
    expect(s.byType.Place!.precision).toBeCloseTo(1 / 2);
    expect(s.byType.Place!.recall).toBeCloseTo(1);
    expect(s.byType.Person!.f1).toBe(0);
    expect(s.byType.Organization!.recall).toBe(0);
  });

  it('should score zero, not NaN, when nothing is predicted', () => {
    const s = scoreSpans([[{ start: 0, end: 1, type: 'Place' }]], [[]]);
    expect(s.micro.f1).toBe(0);
    expect(s.micro.precision).toBe(0);
  });

  it('should refuse gold and predicted lists of different lengths', () => {
    expect(() => scoreSpans([[]], [])).toThrow(/one list per document/);
  });
});

describe('corpus readers', () => {
  it('should read MSRA BIO lines into spans and BIOES labels', () => {
    const [s] = parseMsraBio('中 B-LOC\n美 B-LOC\n会 O\n谈 O\n布 B-PER\n林 I-PER\n肯 I-PER\n\n');
    expect(s!.text).toBe('中美会谈布林肯');
    expect(s!.spans).toEqual([
      { start: 0, end: 1, typeIndex: 1 },
      { start: 1, end: 2, typeIndex: 1 },
      { start: 4, end: 7, typeIndex: 0 },
    ]);
    expect(spansOfLabels(s!.labels)).toEqual(s!.spans);
  });

  it('should read concatenated CLUENER objects with inclusive ends', () => {
    const docs = parseCluener(
      '{\n "text": "彭小军认为，台湾", "label": {"name": {"彭小军": [[0, 2]]},\n "address": {"台湾": [[6, 7]]}, "game": {"x": [[0, 0]]}}}\n{"text": "无", "label": {}}',
    );
    expect(docs).toHaveLength(2);
    expect(docs[0]!.spans).toEqual([
      { start: 0, end: 3, type: 'Person' },
      { start: 6, end: 8, type: 'Place' },
    ]);
  });
});
