// `kg ingest <path|url|feed>...`: files, folders, globs, web pages and RSS/Atom feeds into Neo4j
// (NEO4J_URI, or the bundled local Neo4j), through the same engine scheduled jobs use. A progress
// bar on a terminal, JSON logs otherwise; `--dry-run` prints what would be written and needs no
// database. Extraction runs in a pool of worker threads (`--workers`, default: one per core),
// pipelined ahead of the writes; `--workers 0` extracts in the main thread.
import type { Command } from 'commander';
import { loadConfig } from './config.ts';
import { EXIT, exitCodeOf, exitHelp } from './exit-codes.ts';
import { degradedSuffix, loadExtractor, useExtractor, type ExtractorStatus } from './extract/extractor.ts';
import { DEFAULT_ENGINE_OPTIONS, runIngest } from './jobs/ingest-engine.ts';
import { createProgress } from './jobs/progress.ts';
import { isStoreBroken, isStoreUnavailable, storeBroken } from './jobs/store-guard.ts';
import { DEFAULT_SOURCE_OPTIONS, resolveSourceOptions, SourceOptionsError } from './sources/index.ts';
import { connectForCommand } from './neo4j-connection.ts';
import type { Connection } from './store/connect.ts';
import { applySchema } from './store/schema.ts';
import { DEFAULT_EXTRACT_POOL_OPTIONS, ExtractPool } from './workers/extract-pool.ts';

const EXIT_ROWS = ['ok', 'someFailed', 'usage', 'unavailable'] as const;

interface IngestFlags {
  dryRun?: boolean;
  concurrency: string;
  timeout: string;
  maxBytes: string;
  progress?: boolean;
  workers: string;
  batchSize: string;
}

const int = (name: string, v: string): number => {
  if (!/^\d+$/.test(v)) throw new SourceOptionsError(`ingest/ingest-command: --${name} must be a whole number, got "${v}"`);
  return Number(v);
};

export async function runIngestCommand(inputs: string[], flags: IngestFlags): Promise<number> {
  let source, concurrency, workers, batchSize;
  try {
    source = resolveSourceOptions({ timeoutMs: int('timeout', flags.timeout), maxBytes: int('max-bytes', flags.maxBytes) });
    concurrency = Math.max(1, int('concurrency', flags.concurrency));
    workers = int('workers', flags.workers);
    batchSize = Math.max(1, int('batch-size', flags.batchSize));
  } catch (err) {
    if (!(err instanceof SourceOptionsError)) throw err;
    console.error(err.message);
    return EXIT.usage;
  }
  const progress = createProgress({ tty: flags.progress !== false && process.stderr.isTTY === true });
  let connection: Connection | undefined;
  let extractor: ExtractorStatus | undefined;
  let pool: ExtractPool | undefined;
  try {
    if (!flags.dryRun) {
      const config = loadConfig();
      // Before Neo4j: a missing model stops the command at once, not after the first batch.
      if (workers > 0) {
        pool = await ExtractPool.start({ size: workers, mode: config.extractor, modelPath: config.nerModel });
        extractor = pool.status;
      } else extractor = useExtractor(loadExtractor({ mode: config.extractor, modelPath: config.nerModel })).status;
      connection = await connectForCommand(config, (l) => progress.log.info(l));
      await applySchema(connection.store);
    }
    const result = await runIngest(
      connection?.store,
      inputs,
      { ...DEFAULT_ENGINE_OPTIONS, concurrency, batchSize, source, dryRun: flags.dryRun === true, pool },
      {
        ...progress.hooks,
        onDocument: (e) => {
          progress.hooks.onDocument?.(e);
          if (flags.dryRun && e.articles) {
            for (const a of e.articles)
              console.log(
                JSON.stringify({ key: e.key, id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, chars: a.text.length }),
              );
          }
        },
      },
    );
    progress.stop();
    for (const f of result.failures) console.error(`${f.key}: ${f.message}`);
    for (const w of result.warnings) console.error(`warning: ${w}`);
    console.error(`ingest: ${JSON.stringify(result.counts)}${extractor ? degradedSuffix(extractor) : ''}`);
    if (result.storeDown) {
      console.error(result.storeDown.message);
      return EXIT.unavailable;
    }
    return result.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    progress.stop();
    const code = exitCodeOf(err);
    if (code !== undefined) {
      console.error((err as Error).message);
      return code;
    }
    if (isStoreBroken(err)) {
      console.error(storeBroken(err).message);
      return EXIT.unavailable;
    }
    if (isStoreUnavailable(err)) {
      console.error(`ingest/ingest-command: Neo4j is not reachable (${(err as Error).message}); check NEO4J_URI and that the server runs`);
      return EXIT.unavailable;
    }
    throw err;
  } finally {
    await pool?.close();
    await connection?.close();
  }
}

export function registerIngestCommand(program: Command): Command {
  return program
    .command('ingest')
    .description('ingest files, folders, globs, web pages and RSS/Atom feeds into Neo4j (NEO4J_URI, or the bundled local Neo4j)')
    .argument('<inputs...>', 'paths, folders, globs ("news/**/*.txt"), page URLs or feed URLs')
    .option('--dry-run', 'fetch, parse and print what would be written (JSON lines); write nothing')
    .option('--concurrency <n>', 'documents fetched at once', String(DEFAULT_ENGINE_OPTIONS.concurrency))
    .option('--batch-size <n>', 'documents written per store transaction', String(DEFAULT_ENGINE_OPTIONS.batchSize))
    .option('--workers <n>', 'extraction worker threads (0: extract in the main thread)', String(DEFAULT_EXTRACT_POOL_OPTIONS.size))
    .option('--timeout <ms>', 'per request timeout', String(DEFAULT_SOURCE_OPTIONS.timeoutMs))
    .option('--max-bytes <n>', 'largest document read', String(DEFAULT_SOURCE_OPTIONS.maxBytes))
    .option('--no-progress', 'JSON logs instead of a progress bar, even on a terminal')
    .addHelpText(
      'after',
      `${exitHelp(EXIT_ROWS)}\n\n` +
        'Examples:\n  npm run kg -- ingest news/ "archive/**/*.jsonl"\n  npm run kg -- ingest https://example.com/rss.xml --dry-run',
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngestCommand(inputs, flags);
    });
}
