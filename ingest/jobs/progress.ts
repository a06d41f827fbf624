// How a long ingest reports itself: a progress bar (cli-progress) when stderr is a terminal, and
// one JSON line per document otherwise (the one logger, ../logger.ts), so scripts and log
// collectors get structured events.
import cliProgress from 'cli-progress';
import { createLogger, type Logger } from '../logger.ts';
import type { EngineHooks } from './ingest-engine.ts';

export interface Progress {
  hooks: Pick<EngineHooks, 'onDocument' | 'onTotal'>;
  log: Logger;
  stop(): void;
}

export function createProgress(opts: { tty: boolean; log?: Logger }): Progress {
  const log = opts.log ?? createLogger({ fd: 2 });
  if (!opts.tty) {
    return {
      log,
      stop: () => {},
      hooks: {
        onTotal: (total) => log.info({ total }, 'documents to ingest'),
        onDocument: (e) => {
          if (e.failure) log.warn({ key: e.key, reason: e.failure.reason }, e.failure.message);
          else log.info({ key: e.key, outcome: e.outcome ?? 'dry-run', articles: e.articles?.length ?? 0 }, 'document');
        },
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} documents | {failed} failed | {eta_formatted} left', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  let started = false;
  return {
    log,
    stop: () => started && bar.stop(),
    hooks: {
      onTotal: (total) => {
        started = true;
        bar.start(total, 0, { failed });
      },
      onDocument: (e) => {
        if (e.failure) failed++;
        bar.increment(1, { failed });
      },
    },
  };
}
