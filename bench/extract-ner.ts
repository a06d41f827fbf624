// Benchmark of the NER tagger: characters per second on one core next to nodejieba.tag alone on
// the same text in the same run (the tagger calls jieba itself, so the ratio is the cost of
// everything the tagger adds), plus model load time and resident memory.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../ingest/extract/ner/msra-corpus.ts';
import { loadNerModel, tagEntities } from '../ingest/extract/ner/tagger.ts';

const here = dirname(fileURLToPath(import.meta.url));

function benchText(): string {
  const seed = resolve(here, '../../shared/corpus/seed-2024-05-05-zhongmei-ai.txt');
  let base: string;
  try {
    base = readFileSync(seed, 'utf8');
  } catch {
    base = '4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。马斯克上周日访问了北京，与中国贸促会会长任鸿斌会面。\n';
  }
  let text = base;
  while (text.length < 1_000_000) text += base;
  return text;
}

/** The MSRA dev sentences (unseen in training, so realistic cache behaviour), one per line. */
function msraDevText(): string | undefined {
  try {
    return splitMsra(parseMsraBio(readFileSync(defaultMsraPath(), 'utf8'))).dev.map((s) => s.text).join('\n');
  } catch {
    return undefined;
  }
}

function timeMs(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** Best of interleaved rounds, so a busy machine slows both sides alike. */
function interleaved(text: string, runs: Array<(t: string) => unknown>, rounds = 5): number[] {
  const best = runs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    runs.forEach((run, k) => {
      best[k] = Math.min(best[k]!, timeMs(() => run(text)));
    });
  }
  return best.map((ms) => (text.length / ms) * 1000);
}

export async function benchNer(): Promise<Record<string, number>> {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const model = loadNerModel();
  const loadMs = performance.now() - t0;
  const rssAfterLoad = process.memoryUsage().rss;
  const text = benchText();
  nodejieba.tag('预热'); // jieba loads its dictionaries on first use; keep that out of both timings
  tagEntities(model, text.slice(0, 20_000));
  const [jieba, tagger] = interleaved(text, [(t) => nodejieba.tag(t), (t) => tagEntities(model, t)]) as [number, number];
  const dev = msraDevText();
  const [devJieba, devTagger] = dev ? (interleaved(dev, [(t) => nodejieba.tag(t), (t) => tagEntities(model, t)], 3) as [number, number]) : [0, 0];
  await Promise.resolve();
  return {
    textChars: text.length,
    modelLoadMs: Math.round(loadMs),
    modelFeatures: model.info.features,
    jiebaTagCharsPerSec: Math.round(jieba),
    nerTaggerCharsPerSec: Math.round(tagger),
    taggerOverJieba: Number((tagger / jieba).toFixed(3)),
    msraDevChars: dev?.length ?? 0,
    msraDevJiebaCharsPerSec: Math.round(devJieba),
    msraDevTaggerCharsPerSec: Math.round(devTagger),
    msraDevTaggerOverJieba: devJieba ? Number((devTagger / devJieba).toFixed(3)) : 0,
    /** Growth of RSS from loading the model alone (before jieba loads its dictionaries). */
    rssModelMB: Math.round((rssAfterLoad - rssBefore) / 1e6),
    rssAfterLoadMB: Math.round(rssAfterLoad / 1e6),
    /** At the end: model + jieba's dictionaries + the benchmark's texts and results. */
    rssEndMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchNer()
    .then((r) => {
      for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(22)} ${v}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
