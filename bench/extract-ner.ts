// Benchmark of the NER tagger: characters per second on one core next to nodejieba.tag alone on
// the same text in the same run (the tagger segments with jieba itself, so the ratio is the cost
// of everything the tagger adds), by wall clock and by CPU time, plus model load time and memory.
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

/** Wall-clock and CPU milliseconds of one run (CPU time is steadier on a shared, busy machine). */
function timeMs(run: () => unknown): [number, number] {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return [performance.now() - t0, (c.user + c.system) / 1000];
}

/** Best of interleaved rounds (chars/s by wall clock, then by CPU time), so load slows both sides alike. */
function interleaved(text: string, runs: Array<(t: string) => unknown>, rounds = 5): { wall: number[]; cpu: number[] } {
  const wall = runs.map(() => Infinity);
  const cpu = runs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    runs.forEach((run, k) => {
      const [w, c] = timeMs(() => run(text));
      wall[k] = Math.min(wall[k]!, w);
      cpu[k] = Math.min(cpu[k]!, c);
    });
  }
  return { wall: wall.map((ms) => (text.length / ms) * 1000), cpu: cpu.map((ms) => (text.length / ms) * 1000) };
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
  const main = interleaved(text, [(t) => nodejieba.tag(t), (t) => tagEntities(model, t)]);
  const [jieba, tagger] = main.wall as [number, number];
  const [jiebaCpu, taggerCpu] = main.cpu as [number, number];
  const dev = msraDevText();
  const devRun = dev ? interleaved(dev, [(t) => nodejieba.tag(t), (t) => tagEntities(model, t)], 3) : undefined;
  const [devJieba, devTagger] = (devRun?.wall ?? [0, 0]) as [number, number];
  const [devJiebaCpu, devTaggerCpu] = (devRun?.cpu ?? [0, 0]) as [number, number];
  await Promise.resolve();
  return {
    textChars: text.length,
    modelLoadMs: Math.round(loadMs),
    modelFeatures: model.info.features,
    jiebaTagCharsPerSec: Math.round(jieba),
    nerTaggerCharsPerSec: Math.round(tagger),
    taggerOverJieba: Number((tagger / jieba).toFixed(3)),
    taggerOverJiebaCpu: Number((taggerCpu / jiebaCpu).toFixed(3)),
    msraDevChars: dev?.length ?? 0,
    msraDevJiebaCharsPerSec: Math.round(devJieba),
    msraDevTaggerCharsPerSec: Math.round(devTagger),
    msraDevTaggerOverJieba: devJieba ? Number((devTagger / devJieba).toFixed(3)) : 0,
    msraDevTaggerOverJiebaCpu: devJiebaCpu ? Number((devTaggerCpu / devJiebaCpu).toFixed(3)) : 0,
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
