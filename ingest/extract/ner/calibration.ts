// The calibration of the extractor's confidences (issue 17 §5), a small JSON file committed next to
// the model (model/calibration.json): the temperature the tagger's scores are divided by before
// its span probabilities are read (marginals.ts), the observed precision of each rule and source,
// how an entity's confidence is made from its mentions', and each relation type's precision. Written
// by `npm run calibrate` (ingest/extract/eval/calibrate-cli.ts) from the MSRA dev fold and the
// real-news dev set; refit it whenever the model or the rules change.
import { readFileSync } from 'node:fs';

export const DEFAULT_CALIBRATION_PATH = new URL('./model/calibration.json', import.meta.url);

/** A confidence measured as a precision: `correct` of `predicted` spans (or facts) were right. */
export interface Measured {
  confidence: number;
  predicted: number;
  correct: number;
}

export interface Calibration {
  /** How the file was fitted (command, data, date): for the reader. */
  about: string;
  /** The tagger's scores are divided by it before the softmax over the label lattice. */
  temperature: number;
  /** Confidence of a mention by the rule or source that proposed it (Candidate.source, else its origin). */
  sources: Record<string, Measured>;
  /** For a source the table does not name (a rule added since the last fit). */
  defaultSource: number;
  /**
   * An entity's confidence from its mentions': `max`, or `noisy-or` (1 − Π(1 − p)), then mapped
   * through `curve` (ascending [from, to] points, linear between them; empty: the identity).
   */
  entity: { method: 'max' | 'noisy-or'; curve: [number, number][]; cap: number };
  /** Confidence of a relation type (its precision on the real-news dev roles where gold exists). */
  relations: Record<string, Measured & { calibrated: boolean }>;
  defaultRelation: number;
}

export class CalibrationError extends Error {
  override name = 'CalibrationError';
}

function isMeasuredTable(x: unknown): x is Record<string, Measured> {
  return typeof x === 'object' && x !== null && Object.values(x).every((m) => typeof (m as Measured | null)?.confidence === 'number');
}

/** Reads and checks a calibration file; a missing or malformed one is a CalibrationError saying what to run. */
export function loadCalibration(path: string | URL = DEFAULT_CALIBRATION_PATH): Calibration {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CalibrationError(
      `ingest/extract/ner/calibration: cannot read the confidence calibration at ${String(path)}; run npm run calibrate to fit it (or restore model/calibration.json)`,
      { cause },
    );
  }
  let c: Partial<Calibration>;
  try {
    c = JSON.parse(raw) as Partial<Calibration>;
  } catch (cause) {
    throw new CalibrationError(`ingest/extract/ner/calibration: ${String(path)} is not JSON; run npm run calibrate to write it again`, { cause });
  }
  const bad = (what: string): never => {
    throw new CalibrationError(`ingest/extract/ner/calibration: ${String(path)} has no valid ${what}; run npm run calibrate to write it again`);
  };
  if (typeof c.temperature !== 'number' || !(c.temperature > 0)) bad('temperature (a positive number)');
  if (!isMeasuredTable(c.sources)) bad('sources table');
  if (typeof c.defaultSource !== 'number') bad('defaultSource');
  if (!c.entity || (c.entity.method !== 'max' && c.entity.method !== 'noisy-or') || !Array.isArray(c.entity.curve) || typeof c.entity.cap !== 'number')
    bad('entity rule (method max or noisy-or, curve, cap)');
  if (!isMeasuredTable(c.relations)) bad('relations table');
  if (typeof c.defaultRelation !== 'number') bad('defaultRelation');
  return c as Calibration;
}

let bundled: Calibration | undefined;

/** The committed calibration, read once per process. */
export function bundledCalibration(): Calibration {
  return (bundled ??= loadCalibration());
}

/** For `npm run calibrate` only: the constants it is fitting stand in for the committed ones. */
export function replaceBundledCalibration(c: Calibration): void {
  bundled = c;
}
