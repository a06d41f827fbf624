// The one logger of the services (`npm start`'s server, the scheduler, `kg schedule`) and of the
// CLIs' machine-readable mode: pino, one JSON object per line with an ISO time and the level by
// name, so a log collector needs no parser of ours. CLI commands print human lines instead.
import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** 1: stdout (services), 2: stderr (a CLI's progress events, beside its stdout results). */
  fd?: 1 | 2;
  /** Where to write instead of a file descriptor (tests). */
  stream?: pino.DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    { base: { app: 'kg' }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    opts.stream ?? pino.destination(opts.fd ?? 1),
  );
}
