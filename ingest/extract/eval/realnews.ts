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
  const run = spawnSync('python3', [join(dir, 'score.py')], { input: jsonl, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${run.status}`;
    throw new Error(`ingest/extract/eval/realnews: python3 ${join(dir, 'score.py')} failed (${why}); it needs python3 on PATH`);
  }
  const keep = /^(type |Person|Organization|Place|ALL|type accuracy|duplicates|publishedAt|realnews:)/;
  return run.stdout
    .split('\n')
    .filter((l) => keep.test(l))
    .join('\n');
}

/** The records of every article of the set, as `kg extract --format jsonl` prints them. */
export async function realnewsRecords(extract: (raw: string, name: string) => unknown[], dir = REALNEWS_DEV): Promise<string> {
  return realnewsArticles(dir)
    .flatMap((file) => extract(readFileSync(file, 'utf8'), file).map((r) => `${JSON.stringify(r)}\n`))
    .join('');
}
