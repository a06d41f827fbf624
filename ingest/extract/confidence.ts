// Confidence on every fact of an extraction (issue 17 §5), in [0, 1]. A mention's is the tagger's
// span probability (ner/marginals.ts, at the calibrated temperature) or the observed precision of
// the rule or source that proposed it; an entity's comes from its mentions' (ner/calibration.ts
// says how); a co-mention is right when both its ends are real entities, so it takes the product
// of theirs; a typed relation takes its type's observed precision times its ends'. The constants
// are fitted by `npm run calibrate` and measured by `npm run eval` (reliability table and ECE).
import type { ArticleExtraction, ExtractedEntity, Mention } from '../model.ts';
import { bundledCalibration, type Calibration } from './ner/index.ts';
import type { Candidate } from './span.ts';

/** The source key of a mention made after the pipeline (resolution splits and completions). */
export const RESOLVED_SOURCE = 'resolved';

/** Rounded to 3 decimals, as the JSONL contract prints confidences. */
export function round3(p: number): number {
  return Math.round(p * 1000) / 1000;
}

function clamp01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** The table's confidence of a source, or the default for one it does not name. */
export function sourceConfidence(source: string, c: Calibration = bundledCalibration()): number {
  return c.sources[source]?.confidence ?? c.defaultSource;
}

/** The key a candidate is calibrated under: its rule's name, else its origin. */
export function sourceOf(c: Pick<Candidate, 'origin' | 'source'>): string {
  return c.source ?? c.origin;
}

/** A candidate's confidence: the tagger's span probability, else its source's constant. */
export function candidateConfidence(c: Candidate, cal: Calibration = bundledCalibration()): number {
  return c.confidence ?? sourceConfidence(sourceOf(c), cal);
}

/** Linear interpolation through ascending [from, to] points; the identity without points. */
export function applyCurve(p: number, curve: readonly (readonly [number, number])[]): number {
  if (curve.length === 0) return p;
  if (p <= curve[0]![0]) return curve[0]![1];
  for (let k = 1; k < curve.length; k++) {
    const [x1, y1] = curve[k]!;
    if (p <= x1) {
      const [x0, y0] = curve[k - 1]!;
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (p - x0)) / (x1 - x0);
    }
  }
  return curve[curve.length - 1]![1];
}

/** The entity's confidence before the curve: the max, or 1 − Π(1 − p), of its mentions'. */
export function rawEntityConfidence(mentions: readonly Mention[], method: Calibration['entity']['method'], fallback: number): number {
  if (mentions.length === 0) return fallback;
  if (method === 'max') {
    let best = 0;
    for (const m of mentions) best = Math.max(best, m.confidence ?? fallback);
    return best;
  }
  let miss = 1;
  for (const m of mentions) miss *= 1 - (m.confidence ?? fallback);
  return 1 - miss;
}

export function entityConfidence(e: ExtractedEntity, cal: Calibration = bundledCalibration()): number {
  // An entity without mentions (a byline's author, the source line's outlet) is the byline's.
  const raw = rawEntityConfidence(e.mentions, cal.entity.method, sourceConfidence(e.mentions.length === 0 ? 'byline' : RESOLVED_SOURCE, cal));
  return clamp01(Math.min(cal.entity.cap, applyCurve(raw, cal.entity.curve)));
}

export function relationTypeConfidence(type: string, cal: Calibration = bundledCalibration()): number {
  return cal.relations[type]?.confidence ?? cal.defaultRelation;
}

/**
 * Sets `confidence` on every mention that has none (mentions made after the pipeline), on every
 * entity, co-mention and relation of a resolved extraction; returns it (changed in place).
 */
export function attachConfidence(x: ArticleExtraction, cal: Calibration = bundledCalibration()): ArticleExtraction {
  const resolved = sourceConfidence(RESOLVED_SOURCE, cal);
  const byId = new Map<string, number>();
  for (const e of x.entities) {
    for (const m of e.mentions) m.confidence ??= resolved;
    e.confidence = entityConfidence(e, cal);
    byId.set(e.id, e.confidence);
  }
  for (const c of x.coMentions) c.confidence = endConfidence(byId, c.source, resolved) * endConfidence(byId, c.target, resolved);
  for (const r of x.relations ?? [])
    r.confidence = relationTypeConfidence(r.type, cal) * endConfidence(byId, r.source, resolved) * endConfidence(byId, r.target, resolved);
  return x;
}

/**
 * The confidence of a pair's or relation's end: its entity's, 1 for none (a module function: under
 * tsx a named closure per article cost a __name call each).
 */
function endConfidence(byId: ReadonlyMap<string, number>, id: string | null, resolved: number): number {
  return id === null ? 1 : (byId.get(id) ?? resolved);
}
