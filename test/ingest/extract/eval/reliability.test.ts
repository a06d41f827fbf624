// The reliability table and the expected calibration error (eval/reliability.ts) on a hand example.
import { describe, expect, it } from 'vitest';
import { formatReliability, judgeSpansAsDocuments, reliability } from '../../../../ingest/extract/eval/reliability.ts';
import { goldenMinimum, smoothedPrecision } from '../../../../ingest/extract/eval/calibrate-cli.ts';

describe('reliability', () => {
  it('should bin confidences in tenths and weigh each bin gap by its count', () => {
    // Bin [0.9, 1]: 0.95, 0.95, 0.95, 1.0 (1 is in the last bin) with 3 of 4 right: mean 0.9625, precision 0.75.
    // Bin [0.2, 0.3): 0.2, 0.25 with 1 of 2 right: mean 0.225, precision 0.5.
    const r = reliability([
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 1, correct: true },
      { confidence: 0.2, correct: true },
      { confidence: 0.25, correct: false },
    ]);
    expect(r.count).toBe(6);
    expect(r.bins).toHaveLength(10);
    expect(r.bins[9]).toMatchObject({ count: 4, precision: 0.75 });
    expect(r.bins[9]!.meanConfidence).toBeCloseTo(0.9625, 12);
    expect(r.bins[2]).toMatchObject({ count: 2, precision: 0.5 });
    expect(r.bins[2]!.meanConfidence).toBeCloseTo(0.225, 12);
    expect(r.bins.filter((b) => b.count > 0)).toHaveLength(2);
    // ECE = 4/6 · |0.9625 − 0.75| + 2/6 · |0.225 − 0.5| = 0.141667 + 0.091667
    expect(r.ece).toBeCloseTo((4 / 6) * 0.2125 + (2 / 6) * 0.275, 12);
    const table = formatReliability('hand', r);
    expect(table).toContain('ECE 0.233');
    expect(table).toMatch(/\[0\.9, 1\.0\]\s+4\s+0\.96[23]\s+0\.750/);
  });

  it('should give a perfectly calibrated set an ECE of zero and an empty set no division by zero', () => {
    const judged = [true, true, true, false].map((correct) => ({ confidence: 0.75, correct }));
    expect(reliability(judged).ece).toBeCloseTo(0, 12);
    expect(reliability([])).toMatchObject({ count: 0, ece: 0, nll: 0 });
  });

  it('should judge spans of sentences joined into documents against the gold of their own sentence', () => {
    const docs = [
      { text: '甲乙丙', spans: [{ start: 0, end: 2, type: 'Person' }] },
      { text: '丁戊', spans: [{ start: 0, end: 2, type: 'Place' }] },
    ];
    // Joined: 甲乙丙\n丁戊 — 丁戊 starts at 4; a span across the newline is left out.
    const judged = judgeSpansAsDocuments(docs, () => [
      { start: 0, end: 2, type: 'Person' },
      { start: 4, end: 6, type: 'Person' },
      { start: 2, end: 5, type: 'Place' },
    ]);
    expect(judged.map((j) => j.correct)).toEqual([true, false]);
  });
});

describe('calibration fit helpers', () => {
  it('should smooth a rule that fired a few times towards the prior', () => {
    expect(smoothedPrecision(2, 2, 0.9, 10)).toBeCloseTo((2 + 9) / 12, 12);
    expect(smoothedPrecision(0, 0, 0.9, 10)).toBeCloseTo(0.9, 12);
  });

  it('should find the minimum of a unimodal function', () => {
    expect(goldenMinimum((x) => (x - 3.2) ** 2, 0, 10, 40)).toBeCloseTo(3.2, 5);
  });
});
