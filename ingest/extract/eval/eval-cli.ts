// `npm run eval`: entity-level P/R/F1 (exact span and type) of the NER tagger, the naive nodejieba
// baseline and — when ingest/extract/pipeline.ts is present — the full extraction pipeline, on the
// MSRA development split the model was trained without (msra-corpus.ts) and on CLUENER dev (never
// trained on; part of CLUENER train is, see ner/cluener-training.ts), then the seed checks of
// issue 3 (seed-checks.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC_SENTENCES, NER_TYPES, Tagger, loadModel, type NerModel } from '../ner/for-tools.ts';
import { DEV_BLOCK, DEV_FOLD, DEV_FOLDS, loadMsraSplit, type SplitOptions } from '../ner-tools/msra-corpus.ts';
import { loadCluenerDev, type GoldDocument } from './cluener-corpus.ts';
import { jiebaBaselineSpans } from './jieba-baseline.ts';
import { REALNEWS_DEV, RealnewsMissingError, judgeRealnewsEntities, realnewsRecords, scoreRealnews } from './realnews.ts';
import { formatReliability, reliability, type Judged } from './reliability.ts';
import { seedChecks } from './seed-checks.ts';
import { formatScores, scoreSpans, type ScoredSpan } from './score.ts';

export type Extractor = (text: string) => ScoredSpan[];

/**
 * P/R/F1 of an extractor, sentence by sentence. With `judged`, each predicted span that carries a
 * confidence is added to it with whether it was right (exact start, end and type), for the
 * reliability table.
 */
export function evaluate(name: string, docs: readonly GoldDocument[], extract: Extractor, judged?: Judged[]): string {
  const t0 = performance.now();
  const found = docs.map((d) => extract(d.text));
  const seconds = (performance.now() - t0) / 1000;
  const predicted = found.map((spans) => spans.map(({ start, end, type }) => ({ start, end, type })));
  if (judged)
    found.forEach((spans, d) => {
      const gold = new Set(docs[d]!.spans.map((g) => `${g.start}:${g.end}:${g.type}`));
      for (const s of spans) if (s.confidence !== undefined) judged.push({ confidence: s.confidence, correct: gold.has(`${s.start}:${s.end}:${s.type}`) });
    });
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const scores = scoreSpans(
    docs.map((d) => d.spans),
    predicted,
  );
  return `${formatScores(name, scores)}\n  (${(chars / seconds / 1000).toFixed(0)}k chars/s)`;
}

/**
 * Scores an extractor on consecutive sentences joined into documents (newline-separated), the way
 * news reaches it, and splits the predicted spans back to their sentences.
 */
export function evaluateAsDocuments(name: string, docs: readonly GoldDocument[], extract: Extractor, size = DOC_SENTENCES): string {
  const t0 = performance.now();
  const predicted: ScoredSpan[][] = docs.map(() => []);
  for (let d = 0; d < docs.length; d += size) {
    const block = docs.slice(d, d + size);
    const starts: number[] = [];
    let at = 0;
    for (const doc of block) {
      starts.push(at);
      at += doc.text.length + 1;
    }
    for (const s of extract(block.map((doc) => doc.text).join('\n'))) {
      let k = 0;
      while (k + 1 < block.length && starts[k + 1]! <= s.start) k++;
      if (s.end > starts[k]! + block[k]!.text.length) continue; // crosses a sentence end: cannot be gold
      predicted[d + k]!.push({ start: s.start - starts[k]!, end: s.end - starts[k]!, type: s.type });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const scores = scoreSpans(
    docs.map((d) => d.spans),
    predicted,
  );
  return `${formatScores(`${name}, documents of ${size} sentences`, scores)}\n  (${(chars / seconds / 1000).toFixed(0)}k chars/s)`;
}

/**
 * The dev split a model was trained without (its `training.split` facts, written by train-cli);
 * a model without them predates the blocks split and held out the tail.
 */
export function modelSplit(model: NerModel): Required<SplitOptions> {
  const t = model.info.training ?? {};
  if (t.split === 'blocks') return { kind: 'blocks', fold: typeof t.fold === 'number' ? t.fold : DEV_FOLD };
  return { kind: 'tail', fold: DEV_FOLD };
}

export function msraDevDocuments(split: SplitOptions = {}): GoldDocument[] {
  return loadMsraSplit(undefined, split).dev.map((s) => ({
    text: s.text,
    spans: s.spans.map((x) => ({ start: x.start, end: x.end, type: NER_TYPES[x.typeIndex]! })),
  }));
}

/**
 * HOOK for the full pipeline (rules + dictionaries on top of the tagger), built in
 * ingest/extract/pipeline.ts. Loaded dynamically so this evaluation still runs while that module
 * is missing or broken; the reason is printed, not hidden.
 */
export async function loadPipelineExtractor(model: NerModel): Promise<Extractor | string> {
  try {
    const mod = (await import('../pipeline.ts')) as {
      extractConfidentSpans?: (text: string, opts?: { spanSource?: unknown }) => ScoredSpan[];
    };
    // extractSpans with each span's confidence (the same spans): the reliability table reads it.
    if (typeof mod.extractConfidentSpans !== 'function') return 'ingest/extract/pipeline.ts exports no extractConfidentSpans(text)';
    // The pipeline tags with the model under evaluation (NER_MODEL), not the committed default:
    // a model trained on another split would have seen these dev sentences.
    const { taggerSpanSource } = await import('../span-source.ts');
    const spanSource = taggerSpanSource(model);
    const extract = mod.extractConfidentSpans;
    return (text) => extract(text, { spanSource });
  } catch (err) {
    return `ingest/extract/pipeline.ts could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * What an outside tool scores: `kg extract --lines` records, each entity's `mentions` taken as
 * spans. Nested places (北京 of 北京大学) are not among them (output.ts).
 */
export async function loadRecordExtractor(model: NerModel): Promise<Extractor | string> {
  try {
    const [{ extractArticle }, { toRecord }, { taggerSpanSource }, { parseLine }] = await Promise.all([
      import('../pipeline.ts'),
      import('../output.ts'),
      import('../span-source.ts'),
      import('../../parse/plain-text.ts'),
    ]);
    const spanSource = taggerSpanSource(model);
    return (text) =>
      toRecord(extractArticle(parseLine(text), { spanSource })).entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
  } catch (err) {
    return `the kg extract records could not be built: ${err instanceof Error ? err.message : String(err)}`;
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const model = loadModel(process.env.NER_MODEL);
  console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms (${model.info.features} features)`);
  const nerTagger = new Tagger(model);
  const tagger: Extractor = (text) => nerTagger.tag(text);
  const pipeline = await loadPipelineExtractor(model);
  const records = await loadRecordExtractor(model);
  const split = modelSplit(model);
  const splitName = split.kind === 'tail' ? 'last 10% of train.bio' : `fold ${split.fold}: every ${DEV_FOLDS}th block of ${DEV_BLOCK} sentences`;
  const sets: Array<[string, GoldDocument[]]> = [
    [`MSRA dev (${splitName})`, msraDevDocuments(split)],
    ['CLUENER dev', loadCluenerDev()],
  ];
  for (const [setName, docs] of sets) {
    console.log(`\n=== ${setName}: ${docs.length} sentences, ${docs.reduce((n, d) => n + d.spans.length, 0)} entities ===`);
    console.log(evaluate('NER tagger', docs, tagger));
    if (setName.startsWith('MSRA')) console.log(evaluateAsDocuments('NER tagger', docs, tagger));
    console.log(evaluate('nodejieba POS baseline (nr/ns/nt)', docs, jiebaBaselineSpans));
    const judged: Judged[] = [];
    if (typeof pipeline === 'string') console.log(`full pipeline: skipped (${pipeline})`);
    else console.log(evaluate('full pipeline (ingest/extract/pipeline.ts extractSpans)', docs, pipeline, judged));
    if (setName.startsWith('MSRA') && judged.length > 0)
      console.log(formatReliability("confidence of the full pipeline's spans (reliability, 10 bins)", reliability(judged)));
    if (typeof records === 'string') console.log(`kg extract records: skipped (${records})`);
    else console.log(evaluate("kg extract --lines records (each entity's mentions)", docs, records));
  }
  console.log(`\n=== real-news dev (${REALNEWS_DEV}): kg extract records scored by its score.py ===`);
  console.log(await realnewsReport(model));
  console.log(`\n=== seed checks (${SEED_ARTICLE}) ===`);
  console.log(await seedReport(model));
}

/**
 * The real-news dev set's figures (realnews.ts): each article parsed as `kg extract` parses a file,
 * extracted with the model under evaluation, scored by the set's score.py. A missing set fails.
 */
export async function realnewsReport(model: NerModel): Promise<string> {
  const [{ extractArticle }, { toRecord }, { taggerSpanSource }, { parseDocument }] = await Promise.all([
    import('../pipeline.ts'),
    import('../output.ts'),
    import('../span-source.ts'),
    import('../../parse/index.ts'),
  ]);
  const spanSource = taggerSpanSource(model);
  const t0 = performance.now();
  const jsonl = await realnewsRecords((raw, name) => parseDocument(raw, { name, format: 'auto' }).map((a) => toRecord(extractArticle(a, { spanSource }))));
  const seconds = (performance.now() - t0) / 1000;
  return `${scoreRealnews(jsonl)}\n  (extracted in ${seconds.toFixed(1)} s)\n${realnewsReliability(jsonl)}`;
}

/**
 * The reliability table of the records' entity confidences, each entity judged right or wrong as
 * the set's score.py judges it for P (an entity matching only an optional string is left out).
 */
export function realnewsReliability(jsonl: string): string {
  const verdicts = judgeRealnewsEntities(jsonl);
  const records = jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { entities: { confidence: number }[] });
  const judged: Judged[] = records.flatMap((r, i) =>
    r.entities.flatMap((e, k) =>
      verdicts[i]?.[k] === undefined || verdicts[i]![k] === 'optional' ? [] : [{ confidence: e.confidence, correct: verdicts[i]![k] === 'right' }],
    ),
  );
  return formatReliability("confidence of the records' entities (reliability, 10 bins)", reliability(judged));
}

/** The seed article; env SEED_ARTICLE for another copy. */
const SEED_ARTICLE = process.env.SEED_ARTICLE ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/seed-2024-05-05-zhongmei-ai.txt');

/** The seed checks, one line each, extracted with the model under evaluation. */
export async function seedReport(model: NerModel, path = SEED_ARTICLE): Promise<string> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return `skipped: cannot read ${path}; set SEED_ARTICLE to the seed article`;
  }
  const [{ extractArticle }, { taggerSpanSource }, { parseDocument }] = await Promise.all([
    import('../pipeline.ts'),
    import('../span-source.ts'),
    import('../../parse/index.ts'),
  ]);
  const spanSource = taggerSpanSource(model);
  const checks = seedChecks(parseDocument(raw, { name: 'seed' }).map((a) => extractArticle(a, { spanSource })));
  const lines = checks.map((c) => `  ${c.pass ? 'pass' : 'FAIL'}  ${c.name}`);
  return [...lines, `  ${checks.filter((c) => c.pass).length} of ${checks.length} seed checks pass`].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof RealnewsMissingError ? err.message : err);
    process.exitCode = 1;
  });
}
