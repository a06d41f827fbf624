// Starts a worker thread on a TypeScript module. The CLI runs as `node --import tsx`, tests under
// vitest, benchmarks under `tsx`: in none of them does a worker inherit a loader for `.ts` on Node
// 20, so the worker is started on a two-line bootstrap that registers tsx's ESM hooks inside the
// worker and then imports the module.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** tsx's ESM API (its `register()`), as a file URL the worker can import wherever it was started. */
const TSX_ESM_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;

export function startTsWorker(module: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const code = `import(${JSON.stringify(TSX_ESM_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(code, { ...options, eval: true, execArgv: [] });
}
