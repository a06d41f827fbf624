// `npm run bench`: runs every benchmark in bench/ one after another and prints their figures.
// Benchmarks print numbers; they never assert. `npm run bench -- ner store` runs a subset.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);

/** Benchmarks that run only when named (`npm run bench -- scale`): the scale run ingests 100k articles, writers starts ingest processes. */
const ON_REQUEST = new Set(['scale.ts', 'writers.ts']);

// Each bench module exports one `bench…()` function returning its figures.
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => (wanted.length === 0 ? !ON_REQUEST.has(f) : wanted.some((w) => f.includes(w))))
  .sort();
if (wanted.length === 0) console.log(`bench/run: ${[...ON_REQUEST].join(', ')} left out; run them by name (npm run bench -- scale)`);

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as Record<string, unknown>;
  const fn = Object.entries(mod).find(([name, value]) => name.startsWith('bench') && typeof value === 'function')?.[1] as
    (() => Promise<Record<string, unknown>>) | undefined;
  if (!fn) {
    console.error(`bench/run: ${file} exports no bench…() function; skipped`);
    continue;
  }
  console.log(`\n== ${file} ==`);
  const started = Date.now();
  const figures = await fn();
  console.log(JSON.stringify(figures, null, 2));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
