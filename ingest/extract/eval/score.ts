// Entity-level scoring: a predicted span counts only when start, end and type all match a gold
// span (the CoNLL / SIGHAN convention). Pure, so any extractor (tagger, rules, full pipeline) is
// measured the same way.
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  /** The extractor's confidence in the span, where it gives one (reliability.ts measures it). */
  confidence?: number;
}

export interface Prf {
  tp: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores {
  micro: Prf;
  byType: Record<string, Prf>;
}

export function prf(tp: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, gold, predicted, precision, recall, f1 };
}

/**
 * Scores documents: gold[d] and predicted[d] are the spans of document d (duplicates in either
 * list count once). Types missing from both sides are absent from byType.
 */
export function scoreSpans(gold: ReadonlyArray<readonly ScoredSpan[]>, predicted: ReadonlyArray<readonly ScoredSpan[]>): SpanScores {
  if (gold.length !== predicted.length) {
    throw new Error(`ingest/extract/eval/score: ${gold.length} gold documents but ${predicted.length} predicted; pass one list per document`);
  }
  const counts = new Map<string, { tp: number; gold: number; predicted: number }>();
  const bucket = (type: string): { tp: number; gold: number; predicted: number } => {
    let c = counts.get(type);
    if (!c) {
      c = { tp: 0, gold: 0, predicted: 0 };
      counts.set(type, c);
    }
    return c;
  };
  const keyOf = (s: ScoredSpan): string => `${s.start}:${s.end}:${s.type}`;
  for (let d = 0; d < gold.length; d++) {
    const g = new Map(gold[d]!.map((s) => [keyOf(s), s]));
    const p = new Map(predicted[d]!.map((s) => [keyOf(s), s]));
    for (const s of g.values()) bucket(s.type).gold++;
    for (const [k, s] of p) {
      const c = bucket(s.type);
      c.predicted++;
      if (g.has(k)) c.tp++;
    }
  }
  const byType: Record<string, Prf> = {};
  let tp = 0;
  let ng = 0;
  let np = 0;
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = prf(c.tp, c.gold, c.predicted);
    tp += c.tp;
    ng += c.gold;
    np += c.predicted;
  }
  return { micro: prf(tp, ng, np), byType };
}

export function formatScores(name: string, scores: SpanScores): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const row = (label: string, s: Prf): string =>
    `  ${label.padEnd(13)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (gold ${s.gold}, predicted ${s.predicted}, correct ${s.tp})`;
  const lines = [name];
  for (const [type, s] of Object.entries(scores.byType)) lines.push(row(type, s));
  lines.push(row('micro', scores.micro));
  return lines.join('\n');
}
