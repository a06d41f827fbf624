// `npm run bench`: runs every benchmark in bench/ one after another and prints their figures.
// Benchmarks print numbers; they never assert. `npm run bench -- ner store` runs a subset.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);

// Each bench module exports one `bench…()` function returning its figures.
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

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
