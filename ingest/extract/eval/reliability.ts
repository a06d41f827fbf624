// Calibration measured (issue 17 §5): predicted confidence against observed precision. A reliability
// table puts each judged prediction in one of ten equal-width bins of its confidence and compares
// the bin's mean confidence with the share of its predictions that were right; the expected
// calibration error (ECE) is the mean gap, weighted by the bins' counts. Pure, so the eval, the
// calibration fit and the tests compute it the same way.
import type { GoldDocument } from './cluener-corpus.ts';
import { DOC_SENTENCES } from '../ner/for-tools.ts';
import type { ScoredSpan } from './score.ts';

/** One prediction with its confidence in [0, 1] and whether it was right. */
export interface Judged {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  /** [from, to) in confidence; the last bin includes 1. */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  precision: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  count: number;
  ece: number;
  /** Mean negative log-likelihood of the outcomes (confidences clipped to [1e-6, 1 − 1e-6]). */
  nll: number;
}

export function reliability(judged: readonly Judged[], binCount = 10): Reliability {
  const sums = Array.from({ length: binCount }, () => ({ count: 0, confidence: 0, correct: 0 }));
  let nll = 0;
  for (const { confidence, correct } of judged) {
    const p = Math.min(1, Math.max(0, confidence));
    const b = sums[Math.min(binCount - 1, Math.floor(p * binCount))]!;
    b.count++;
    b.confidence += p;
    if (correct) b.correct++;
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    nll -= Math.log(correct ? q : 1 - q);
  }
  const n = judged.length;
  let ece = 0;
  const bins = sums.map((s, k) => {
    const meanConfidence = s.count === 0 ? 0 : s.confidence / s.count;
    const precision = s.count === 0 ? 0 : s.correct / s.count;
    ece += (s.count / (n || 1)) * Math.abs(meanConfidence - precision);
    return { from: k / binCount, to: (k + 1) / binCount, count: s.count, meanConfidence, precision };
  });
  return { bins, count: n, ece, nll: n === 0 ? 0 : nll / n };
}

export function formatReliability(name: string, r: Reliability): string {
  const lines = [`${name}: ${r.count} predictions, ECE ${r.ece.toFixed(3)}, NLL ${r.nll.toFixed(3)}`, '  confidence      count   mean conf   precision'];
  for (const b of r.bins) {
    const range = `[${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to >= 1 ? ']' : ')'}`;
    const mean = b.count === 0 ? '-' : b.meanConfidence.toFixed(3);
    const prec = b.count === 0 ? '-' : b.precision.toFixed(3);
    lines.push(`  ${range.padEnd(12)} ${String(b.count).padStart(8)} ${mean.padStart(11)} ${prec.padStart(11)}`);
  }
  return lines.join('\n');
}

/**
 * Each predicted span of an extractor run on consecutive sentences joined into documents (as
 * evaluateAsDocuments in eval-cli.ts), judged right when start, end and type match a gold span;
 * spans that cross a sentence end are left out, as that evaluation leaves them out.
 */
export function judgeSpansAsDocuments<S extends ScoredSpan>(
  docs: readonly GoldDocument[],
  extract: (text: string) => S[],
  size = DOC_SENTENCES,
): Array<{ span: S; correct: boolean }> {
  const out: Array<{ span: S; correct: boolean }> = [];
  for (let d = 0; d < docs.length; d += size) {
    const block = docs.slice(d, d + size);
    const gold = new Set<string>();
    let at = 0;
    for (const doc of block) {
      for (const g of doc.spans) gold.add(`${at + g.start}:${at + g.end}:${g.type}`);
      at += doc.text.length + 1;
    }
    const text = block.map((doc) => doc.text).join('\n');
    for (const s of extract(text)) {
      if (text.slice(s.start, s.end).includes('\n')) continue;
      out.push({ span: s, correct: gold.has(`${s.start}:${s.end}:${s.type}`) });
    }
  }
  return out;
}
