// `npm run calibrate`: fits ingest/extract/ner/model/calibration.json (ner/calibration.ts), the
// constants behind every confidence of an extraction (confidence.ts), on the development data the
// eval measures them on. Refit whenever the model, the rules or the resolution change.
//  1. The tagger's temperature: the full pipeline (extractConfidentSpans) runs on the MSRA dev fold
//     the model was trained without, sentence by sentence as `npm run eval` runs it, and T
//     minimizes the negative log-likelihood of its whole tagger spans being right (exact start, end
//     and type), by golden-section search over log T (the tagger alone re-run at each T).
//  2. Each rule's and source's constant: the observed precision of its spans in the same run,
//     smoothed towards the precision of all rule spans (PRIOR_WEIGHT pseudo-spans), so a rule
//     that fired a few times is not given 0 or 1; the degraded mode's nodejieba spans (source
//     jieba) from a run with jiebaSpanSource.
//  3. The entity rule: max or noisy-or of the mentions', whichever has the lower ECE on the
//     real-news dev set's entities as its score.py judges them (judgeRealnewsEntities).
//  4. Relation types: HOLDS_ROLE takes the real-news dev role precision its score.py prints; the
//     other types have no gold there and keep the default, marked uncalibrated.
// Usage: npm run calibrate [-- --dry-run]  (NER_MODEL for another model; --dry-run prints only).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_CALIBRATION_PATH, replaceBundledCalibration, type Calibration, type Measured } from '../ner/for-tools.ts';
import { Tagger, loadModel, type NerModel } from '../ner/for-tools.ts';
import { attachConfidence, rawEntityConfidence, round3 } from '../confidence.ts';
import { extractArticle, extractConfidentSpans, type ConfidentSpan } from '../pipeline.ts';
import { toRecord } from '../output.ts';
import { jiebaSpanSource, taggerSpanSource, type SpanSource } from '../span-source.ts';
import { parseDocument } from '../../parse/index.ts';
import { modelSplit, msraDevDocuments } from './eval-cli.ts';
import { judgeRealnewsEntities, realnewsArticles, realnewsRolePrecision } from './realnews.ts';
import { judgeSpansAsDocuments, reliability, type Judged } from './reliability.ts';
import type { ArticleExtraction } from '../../model.ts';
import { readFileSync } from 'node:fs';

/** Pseudo-spans of the prior a source's observed precision is smoothed towards. */
export const PRIOR_WEIGHT = 10;
/** Range of the temperature search, in the model's weight units. */
const LOG_T_RANGE: [number, number] = [Math.log(100), Math.log(100_000)];

export function smoothedPrecision(correct: number, predicted: number, prior: number, weight = PRIOR_WEIGHT): number {
  return (correct + weight * prior) / (predicted + weight);
}

/** Golden-section search for the minimum of a unimodal f over [a, b]. */
export function goldenMinimum(f: (x: number) => number, a: number, b: number, steps: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let k = 0; k < steps; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/** The pipeline's spans on the MSRA dev fold, sentence by sentence as `npm run eval` runs it, judged. */
function msraRun(model: NerModel, spanSource: SpanSource): Array<{ span: ConfidentSpan; correct: boolean; doc: number }> {
  const docs = msraDevDocuments(modelSplit(model));
  return docs.flatMap((d, doc) => judgeSpansAsDocuments([d], (text) => extractConfidentSpans(text, { spanSource }), 1).map((j) => ({ ...j, doc })));
}

/**
 * The NLL of the pipeline's whole tagger spans at temperature T: the tagger alone runs again at T
 * on each sentence that has one (the pipeline's other passes do not depend on T), and each span
 * takes the probability of the tagger's span with its offsets and type.
 */
function taggerSpansAt(
  model: NerModel,
  texts: readonly string[],
  spans: ReadonlyArray<{ span: ConfidentSpan; correct: boolean; doc: number }>,
  T: number,
): Judged[] {
  const tagger = new Tagger(model, { temperature: T });
  const byDoc = new Map<number, Map<string, number>>();
  const out: Judged[] = [];
  for (const { span, correct, doc } of spans) {
    let probs = byDoc.get(doc);
    if (!probs) {
      probs = new Map(tagger.tag(texts[doc]!).map((s) => [`${s.start}:${s.end}:${s.type}`, s.confidence!]));
      byDoc.set(doc, probs);
    }
    const p = probs.get(`${span.start}:${span.end}:${span.type}`);
    if (p !== undefined) out.push({ confidence: p, correct });
  }
  return out;
}

/** The real-news dev extractions with the scorer's verdict on each entity (same order). */
export function realnewsJudged(model: NerModel): Array<{ x: ArticleExtraction; verdicts: string[] }> {
  const spanSource = taggerSpanSource(model);
  const xs = realnewsArticles().flatMap((file) =>
    parseDocument(readFileSync(file, 'utf8'), { name: file, format: 'auto' }).map((a) => extractArticle(a, { spanSource })),
  );
  const verdicts = judgeRealnewsEntities(xs.map((x) => `${JSON.stringify(toRecord(x))}\n`).join(''));
  return xs.map((x, i) => ({ x, verdicts: verdicts[i] ?? [] }));
}

async function main(): Promise<void> {
  const dry = process.argv.includes('--dry-run');
  const model = loadModel(process.env.NER_MODEL);
  const log = (s: string): void => console.log(s);
  // 1. Temperature: one pipeline run gives the whole tagger spans that survive it, judged.
  const texts = msraDevDocuments(modelSplit(model)).map((d) => d.text);
  const first = msraRun(model, taggerSpanSource(model, { temperature: 1000 })).filter((j) => j.span.source === 'statistical');
  const nllAt = (logT: number): number => {
    const T = Math.exp(logT);
    const r = reliability(taggerSpansAt(model, texts, first, T));
    log(`  T ${T.toFixed(1)}: NLL ${r.nll.toFixed(4)} ECE ${r.ece.toFixed(4)} (${r.count} tagger spans)`);
    return r.nll;
  };
  log(`temperature (MSRA dev, the ${first.length} whole tagger spans the pipeline keeps):`);
  const temperature = Math.round(Math.exp(goldenMinimum(nllAt, LOG_T_RANGE[0], LOG_T_RANGE[1], 12)));
  log(`  fitted T = ${temperature} (weight units of ${model.info.step})`);
  // 2. Sources, at the fitted temperature.
  // The degraded mode's spans (nodejieba's tags, source jieba) are measured in a run of their own.
  const run = [...msraRun(model, taggerSpanSource(model, { temperature })), ...msraRun(model, jiebaSpanSource).filter((j) => j.span.source === 'jieba')];
  const counts = new Map<string, { predicted: number; correct: number }>();
  for (const { span, correct } of run) {
    const c = counts.get(span.source) ?? { predicted: 0, correct: 0 };
    c.predicted++;
    if (correct) c.correct++;
    counts.set(span.source, c);
  }
  const rules = [...counts].filter(([s]) => s !== 'statistical' && s !== 'jieba');
  const prior =
    rules.reduce((n, [, c]) => n + c.correct, 0) /
    Math.max(
      1,
      rules.reduce((n, [, c]) => n + c.predicted, 0),
    );
  const sources: Record<string, Measured> = {};
  for (const [s, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (s === 'statistical') continue; // whole tagger spans carry their own probability
    sources[s] = { confidence: round3(smoothedPrecision(c.correct, c.predicted, prior)), ...c };
    log(`  source ${s}: ${c.correct}/${c.predicted} -> ${sources[s].confidence}`);
  }
  const defaultSource = round3(prior);
  const calibration: Calibration = {
    about: '',
    temperature,
    sources,
    defaultSource,
    entity: { method: 'max', curve: [], cap: 1 },
    relations: {},
    defaultRelation: 0.8,
  };
  replaceBundledCalibration(calibration);
  // 3. Entity rule on the real-news dev set.
  const judged = realnewsJudged(model);
  let best: { method: 'max' | 'noisy-or'; ece: number } | undefined;
  for (const method of ['max', 'noisy-or'] as const) {
    const points: Judged[] = judged.flatMap(({ x, verdicts }) =>
      x.entities.flatMap((e, i) =>
        verdicts[i] === 'optional' ? [] : [{ confidence: rawEntityConfidence(e.mentions, method, defaultSource), correct: verdicts[i] === 'right' }],
      ),
    );
    const r = reliability(points);
    log(`entity rule ${method}: ECE ${r.ece.toFixed(4)} NLL ${r.nll.toFixed(4)} on ${r.count} real-news dev entities`);
    if (!best || r.ece < best.ece) best = { method, ece: r.ece };
  }
  calibration.entity.method = best!.method;
  for (const { x } of judged) attachConfidence(x, calibration); // the entities' confidences under the rule chosen
  // 4. Relations: the real-news dev role precision, over the mean product of the roles' ends.
  const roles = realnewsRolePrecision(judged.map(({ x }) => `${JSON.stringify(toRecord(x))}\n`).join(''));
  const ends = judged.flatMap(({ x }) => {
    const conf = new Map(x.entities.map((e) => [e.id, e.confidence ?? defaultSource]));
    return (x.relations ?? [])
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => (conf.get(r.source) ?? 1) * (r.target === null ? 1 : (conf.get(r.target) ?? 1)));
  });
  const meanEnds = ends.reduce((a, b) => a + b, 0) / Math.max(1, ends.length);
  const precision = roles.correct / Math.max(1, roles.predicted);
  calibration.relations.HOLDS_ROLE = { confidence: round3(Math.min(1, precision / meanEnds)), ...roles, calibrated: true };
  log(
    `relation HOLDS_ROLE: ${roles.correct}/${roles.predicted} right, mean product of the ends ${meanEnds.toFixed(3)} -> ${calibration.relations.HOLDS_ROLE.confidence}`,
  );
  calibration.about =
    `Fitted by npm run calibrate (ingest/extract/eval/calibrate-cli.ts) on ${new Date().toISOString().slice(0, 10)} for the model with ${model.info.features} features: ` +
    `temperature by golden-section search minimizing the NLL of the pipeline's whole tagger spans on the MSRA dev fold, sentence by sentence; ` +
    `sources: observed precision of each rule's spans in the same run, smoothed with ${PRIOR_WEIGHT} pseudo-spans of the precision of all rule spans; ` +
    `entity rule: the lower ECE of max and noisy-or on the real-news dev entities as its score.py judges them; ` +
    `HOLDS_ROLE: the real-news dev role precision over the mean product of its ends' confidences; the other relation types have no gold and take defaultRelation (uncalibrated).`;
  const json = `${JSON.stringify(calibration, null, 2)}\n`;
  if (dry) log(json);
  else {
    writeFileSync(DEFAULT_CALIBRATION_PATH, json);
    log(`wrote ${fileURLToPath(DEFAULT_CALIBRATION_PATH)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
