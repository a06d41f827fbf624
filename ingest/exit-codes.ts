// The one exit-code table of every `kg` command and `npm start` (README "Exit codes" is this table).
// Scripts branch on these numbers, so a number keeps its meaning for good; commands differ only in
// which rows they can reach. Errors are mapped by their KgError code, in one place.
import { errorCode, type KgErrorCode } from './errors.ts';

export const EXIT = {
  /** Everything done (a job run: succeeded). */
  ok: 0,
  /** Finished, but some inputs or documents failed (each listed on stderr). */
  someFailed: 1,
  /** Bad usage or set-up: an option, the configuration, the jobs file, a missing NER model. */
  usage: 2,
  /** Neo4j unreachable, or a job run failed. */
  unavailable: 3,
  /** A job run skipped: the previous run still holds the lease. */
  skipped: 4,
  /** Interrupted by SIGTERM/SIGINT after finishing the current batch. */
  interrupted: 5,
} as const;

export type ExitName = keyof typeof EXIT;
export type ExitCode = (typeof EXIT)[ExitName];

const MEANING: Record<ExitName, string> = {
  ok: 'ok',
  someFailed: 'some inputs or documents failed (listed on stderr)',
  usage: 'bad usage or set-up: option, configuration, jobs file, NER model',
  unavailable: 'Neo4j unreachable or no longer able to commit, or the job run failed',
  skipped: 'job run skipped (the previous run still holds the lease)',
  interrupted: 'interrupted (SIGTERM/SIGINT)',
};

/** The `--help` lines for the rows a command can reach. */
export function exitHelp(names: readonly ExitName[]): string {
  return `\nExit codes: ${names.map((n) => `${EXIT[n]} ${MEANING[n]}`).join(', ')}.`;
}

const BY_CODE: Partial<Record<KgErrorCode, ExitCode>> = {
  usage: EXIT.usage,
  config: EXIT.usage,
  'jobs-file': EXIT.usage,
  'model-unavailable': EXIT.usage,
  dictionary: EXIT.usage,
  'extract-options': EXIT.usage,
  'parse-options': EXIT.usage,
  'source-options': EXIT.usage,
  'cypher-file': EXIT.usage,
  'bolt-port': EXIT.usage,
  'store-unavailable': EXIT.unavailable,
  connect: EXIT.unavailable,
  'neo4j-launch': EXIT.unavailable,
  'job-start': EXIT.unavailable,
};

/** The exit code an error means, or undefined for an unexpected one (a bug: let it throw). */
export function exitCodeOf(err: unknown): ExitCode | undefined {
  const code = errorCode(err);
  return code === undefined ? undefined : BY_CODE[code];
}
