// Curation benchmark (issue 17 target: "a curation log of 10,000 operations applies to an ingest
// batch with less than 10% slowdown"). Extracts a generated news corpus (bench/corpus), then, against
// a real local Neo4j, times `writeArticles` of the same batch into the same graph twice per round:
// once with no curation and once with a log of 10,000 curation records (merges, splits, renames,
// retypes, hides, unhides and undos; about half naming the corpus's own entities, so the batch is
// rewritten by them, half other entities, as a long-lived log is). Rounds alternate the order
// (ABBA) so a machine whose load drifts favours neither side. Each timed write starts from the same
// state: the database emptied, the log recorded (or not), a base of earlier articles written (that
// write reads the log and builds the plan, which the writer keeps until a curation lands, so the
// timed write finds it as every write after the first does; planBuildMs says what building costs).
// Besides the wall clock it reports the CPU time (Node and Neo4j) of each timed write, which a loaded
// machine changes far less. Prints figures, never asserts.
// `npx tsx bench/curation.ts [batch] [rounds] [log]`, or `npm run bench -- curation`.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { curateExtraction, planFrom, type CurationArgs, type CurationRecord, type EntityRef, type Operation } from '../ingest/curation/plan.ts';
import { mulberry32 } from '../ingest/extract/ner-tools/random.ts';
import { extractArticle } from '../ingest/extract/pipeline.ts';
import { ENTITY_TYPES, type ArticleExtraction, type EntityType } from '../ingest/model.ts';
import { openStore, runNamed, type Store } from '../ingest/store/client.ts';
import { applySchema } from '../ingest/store/schema.ts';
import { writeArticles } from '../ingest/store/write-articles.ts';
import { startLocalNeo4j } from '../neo4j/launcher.ts';
import { NewsCorpus } from './corpus/news-corpus.ts';
import { cpuMs } from './lib/process-stats.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A deterministic log of `size` curation records as operators would build it over months: about
 * half name entities of the corpus (so they rewrite the batch), half entities the corpus never
 * mentions. Undos name an earlier record, which is marked undone as `kg curate undo` would.
 */
export function curationLog(corpus: readonly ArticleExtraction[], size: number, seed = 17): CurationRecord[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const known = new Map<string, EntityRef>();
  for (const x of corpus) for (const e of x.entities) if (!known.has(e.id)) known.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] });
  const real = [...known.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const byType = new Map<EntityType, EntityRef[]>(ENTITY_TYPES.map((t) => [t, real.filter((e) => e.type === t)]));
  const synthetic = (i: number): EntityRef => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const name = `合成${type === 'Person' ? '人物' : type === 'Place' ? '地点' : '机构'}${i}`;
    return { id: `${type.toLowerCase()}:${name}`, name, type, aliases: [`${name}甲`, `${name}乙`] };
  };
  const entity = (i: number): EntityRef => (rand() < 0.5 && real.length > 0 ? pick(real) : synthetic(i));
  const sameType = (e: EntityRef, i: number): EntityRef => {
    const pool = byType.get(e.type)!;
    const other = rand() < 0.5 && pool.length > 1 ? pick(pool) : synthetic(i * 3 + ENTITY_TYPES.indexOf(e.type));
    return other.id === e.id ? synthetic(i * 3 + ENTITY_TYPES.indexOf(e.type)) : other;
  };
  const out: CurationRecord[] = [];
  const when = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const record = <O extends Operation>(operation: O, args: CurationArgs[O]) =>
    out.push({ id: `cur-bench-${out.length}`, seq: out.length + 1, operation, args, who: 'bench', when: when(out.length), why: 'bench', undone: false });
  for (let i = 0; out.length < size; i++) {
    const u = rand();
    const e = entity(i);
    if (u < 0.25) {
      const absorbed = [sameType(e, i), ...(rand() < 0.3 ? [sameType(e, i + size)] : [])].filter(
        (b, k, all) => b.id !== e.id && all.findIndex((c) => c.id === b.id) === k,
      );
      record('merge', { into: e, absorbed });
    } else if (u < 0.35) {
      const alias = e.aliases.length > 0 ? pick(e.aliases) : `${e.name}分部`;
      record('split', { entity: e.id, aliases: [alias], target: { id: `${e.type.toLowerCase()}:${alias}`, name: alias, type: e.type }, created: true });
    } else if (u < 0.55) record('rename', { entity: e.id, name: `${e.name}（${i}）`, previous: e.name });
    else if (u < 0.65) {
      const type = pick(ENTITY_TYPES.filter((t) => t !== e.type));
      record('retype', { entity: e.id, type, previous: e.type });
    } else if (u < 0.8) record('hide', { entity: e.id });
    else if (u < 0.85) record('unhide', { entity: e.id });
    else {
      const target = out.length > 0 ? pick(out) : null;
      if (!target || target.operation === 'undo' || target.undone) continue;
      target.undone = true;
      record('undo', { curation: target.id, operation: target.operation, args: target.args } as CurationArgs['undo']);
    }
  }
  return out;
}

/** Records the log as `kg curate` leaves it (Curation nodes numbered in order, undone ones marked), 1,000 a transaction. */
async function recordLog(store: Store, log: readonly CurationRecord[]): Promise<void> {
  for (let i = 0; i < log.length; i += 1000) {
    const chunk = log.slice(i, i + 1000);
    await store.writeTx(async (tx) => {
      for (const r of chunk)
        await runNamed(tx, 'curation-record', { id: r.id, operation: r.operation, arguments: JSON.stringify(r.args), who: r.who, when: r.when, why: r.why });
      for (const r of chunk)
        if (r.operation === 'undo') await runNamed(tx, 'curation-mark-undone', { id: (r.args as CurationArgs['undo']).curation, by: r.id });
    });
  }
}

export async function benchCuration(batch = 400, rounds = 3, logSize = 10_000): Promise<Record<string, unknown>> {
  const base = Math.round(batch / 2);
  const corpus = new NewsCorpus();
  const t0 = performance.now();
  const extracted: ArticleExtraction[] = [];
  for (let i = 0; i < base + batch; i++) extracted.push(extractArticle(corpus.article(i)));
  const extractMs = performance.now() - t0;
  const before = extracted.slice(0, base).map((article) => ({ article }));
  const written = extracted.slice(base).map((article) => ({ article }));
  const log = curationLog(extracted, logSize);

  // The pure side alone: the plan from the log, and the batch rewritten by it.
  let t = performance.now();
  const plan = planFrom(log.filter((r) => !r.undone));
  const planMs = performance.now() - t;
  t = performance.now();
  const curated = written.map((w) => curateExtraction(w.article, plan));
  const rewriteMs = performance.now() - t;
  const touched = curated.filter((c, i) => c !== written[i]!.article).length;

  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-curation-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '512m' });
  const store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  const times: Record<'empty' | 'log', number[]> = { empty: [], log: [] };
  // CPU time (Node and Neo4j) of each timed write: on a shared machine the wall clock mostly measures the other jobs.
  const cpu: Record<'empty' | 'log', number[]> = { empty: [], log: [] };
  try {
    await applySchema(store);
    const once = async (withLog: boolean): Promise<{ ms: number; cpuMs: number }> => {
      await store.autoCommit('clear-all');
      if (withLog) await recordLog(store, log);
      await writeArticles(store, before, { batchSize: 250 });
      const neo0 = cpuMs(neo4j.pid) ?? 0;
      const node0 = process.cpuUsage();
      const start = performance.now();
      const outcomes = await writeArticles(store, written, { batchSize: 250 });
      const ms = performance.now() - start;
      const node = process.cpuUsage(node0);
      const used = (cpuMs(neo4j.pid) ?? 0) - neo0 + (node.user + node.system) / 1000;
      if (!outcomes.every((o) => o === 'new'))
        throw new Error('bench/curation: the timed batch was not written as new articles; the figures would mean nothing');
      return { ms, cpuMs: used };
    };
    await once(false); // warm the page cache and the query plans, untimed
    for (let r = 0; r < rounds; r++) {
      for (const withLog of r % 2 === 0 ? [false, true] : [true, false]) {
        const run = await once(withLog);
        times[withLog ? 'log' : 'empty'].push(run.ms);
        cpu[withLog ? 'log' : 'empty'].push(run.cpuMs);
      }
    }
  } finally {
    await store.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pairRatios = times.log.map((ms, i) => ms / times.empty[i]!);
  return {
    batchArticles: batch,
    baseArticles: base,
    rounds,
    log: {
      records: log.length,
      active: log.filter((r) => !r.undone).length,
      byOperation: Object.fromEntries([...new Set(log.map((r) => r.operation))].sort().map((op) => [op, log.filter((r) => r.operation === op).length])),
    },
    batchArticlesRewritten: touched,
    planBuildMs: Math.round(planMs),
    rewriteBatchMs: Math.round(rewriteMs),
    extractMs: Math.round(extractMs),
    writeMs: { empty: times.empty.map(Math.round), log: times.log.map(Math.round) },
    medianMs: { empty: Math.round(median(times.empty)), log: Math.round(median(times.log)) },
    slowdown: round3(median(times.log) / median(times.empty)),
    medianPairRatio: round3(median(pairRatios)),
    cpuMs: { empty: cpu.empty.map(Math.round), log: cpu.log.map(Math.round) },
    cpuSlowdown: round3(median(cpu.log) / median(cpu.empty)),
    target: '< 1.10',
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [batch, rounds, logSize] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchCuration(batch || 400, rounds || 3, logSize || 10_000), null, 2));
}
