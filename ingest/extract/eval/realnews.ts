// The real-news dev set in `npm run eval`: 40 hand-annotated real articles kept outside the
// repository (../shared/eval/realnews-dev, evaluation only: never commit its texts or gold), run
// through the same records `kg extract --format jsonl` prints and scored by the set's own score.py.
// Prints the scorer's per-type table and its summary line (R_core, R_all, P, dup, merge, date,
// roles, events).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The set's folder: ../shared/eval/realnews-dev beside the repository, or env REALNEWS_DEV. */
export const REALNEWS_DEV = process.env.REALNEWS_DEV ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/realnews-dev');

export class RealnewsMissingError extends Error {
  override name = 'RealnewsMissingError';
}

/** The set's article files in the order of its gold (01.txt … 40.txt); a missing set says where it goes. */
export function realnewsArticles(dir = REALNEWS_DEV): string[] {
  const articles = join(dir, 'articles');
  if (!existsSync(articles) || !existsSync(join(dir, 'score.py'))) {
    throw new RealnewsMissingError(
      `ingest/extract/eval/realnews: no real-news dev set at ${dir}; put its articles/*.txt and score.py there (../shared/eval/realnews-dev beside the repository) or set REALNEWS_DEV`,
    );
  }
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(articles, f));
}

/**
 * Scores JSONL records (one per article, in file order) with the set's score.py (python3).
 * Returns the scorer's table: the per-type lines, duplicates and the summary line.
 */
export function scoreRealnews(jsonl: string, dir = REALNEWS_DEV): string {
  const keep = /^(type |Person|Organization|Place|ALL|type accuracy|duplicates|publishedAt|realnews:)/;
  return runScorer(jsonl, dir)
    .split('\n')
    .filter((l) => keep.test(l))
    .join('\n');
}

/** The whole output of the set's score.py on the records. */
function runScorer(jsonl: string, dir: string): string {
  const run = spawnSync('python3', [join(dir, 'score.py')], { input: jsonl, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${run.status}`;
    throw new Error(`ingest/extract/eval/realnews: python3 ${join(dir, 'score.py')} failed (${why}); it needs python3 on PATH`);
  }
  return run.stdout;
}

/** The role precision score.py reports for the records: right roles of predicted ones. */
export function realnewsRolePrecision(jsonl: string, dir = REALNEWS_DEV): { correct: number; predicted: number } {
  const m = /^roles: recall \d+\/\d+=[\d.]+ precision (\d+)\/(\d+)=/m.exec(runScorer(jsonl, dir));
  if (!m) throw new Error(`ingest/extract/eval/realnews: ${join(dir, 'score.py')} printed no role precision; has its output changed?`);
  return { correct: Number(m[1]), predicted: Number(m[2]) };
}

/** The records of every article of the set, as `kg extract --format jsonl` prints them. */
export async function realnewsRecords(extract: (raw: string, name: string) => unknown[], dir = REALNEWS_DEV): Promise<string> {
  return realnewsArticles(dir)
    .flatMap((file) => extract(readFileSync(file, 'utf8'), file).map((r) => `${JSON.stringify(r)}\n`))
    .join('');
}

/** The scorer's verdict on one predicted entity: matches a gold entity, an optional string, or neither. */
export type EntityVerdict = 'right' | 'optional' | 'wrong';

// Imports the set's score.py and applies its own matching (Article.match over pred_keys, then the
// optional strings) to each predicted entity, exactly as it counts p_ok, p_optional and p_err.
const JUDGE = `
import json, os, sys
d = sys.argv[1]
sys.path.insert(0, d)
import score
g = os.path.join(d, 'gold')
names = sorted(f[:-5] for f in os.listdir(g) if f.endswith('.json'))
arts = [score.Article(n, json.load(open(os.path.join(g, n + '.json'), encoding='utf-8'))) for n in names]
preds = [json.loads(l) for l in sys.stdin if l.strip()]
out = []
for art, pr in zip(arts, preds):
    text = pr.get('text') or ''
    v = []
    for e in pr.get('entities') or []:
        keys = score.pred_keys(e, text)
        v.append('right' if art.match(keys) else 'optional' if keys & art.optional else 'wrong')
    out.append(v)
print(json.dumps(out))
`;

/**
 * The scorer's verdict on each entity of each record (records in the order of the set's gold), by
 * score.py's own matching: the judgement behind its P, reused for the reliability table.
 */
export function judgeRealnewsEntities(jsonl: string, dir = REALNEWS_DEV): EntityVerdict[][] {
  const run = spawnSync('python3', ['-c', JUDGE, dir], { input: jsonl, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${run.status}`;
    throw new Error(`ingest/extract/eval/realnews: judging entities with ${join(dir, 'score.py')} failed (${why}); it needs python3 on PATH`);
  }
  return JSON.parse(run.stdout) as EntityVerdict[][];
}
