// The one error base. Every domain error of the project extends KgError: a stable `code` that
// programs and tests match on (the wording may change, the code does not), the `cause` it wraps,
// and a message that starts with the module path and says what to do next, so an entry point can
// print it as it is. Which exit code a code means is decided once, in exit-codes.ts.

/** What kind of failure; one per error class, several classes may share one (see exit-codes.ts). */
export type KgErrorCode =
  | 'usage'
  | 'config'
  | 'jobs-file'
  | 'model-unavailable'
  | 'dictionary'
  | 'extract-options'
  | 'parse-options'
  | 'not-text'
  | 'source'
  | 'source-options'
  | 'store-unavailable'
  | 'store-write'
  | 'article-rows'
  | 'cypher-file'
  | 'query-options'
  | 'connect'
  | 'job-start'
  | 'neo4j-launch'
  | 'bolt-port'
  | 'restart-policy'
  | 'http'
  | 'console-query'
  | 'extract-failed'
  | 'worker-pool';

export abstract class KgError extends Error {
  abstract readonly code: KgErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The code of a KgError anywhere in `err`'s cause chain (a wrapped failure keeps its kind). */
export function errorCode(err: unknown): KgErrorCode | undefined {
  for (let e = err, depth = 0; e !== undefined && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof KgError) return e.code;
  }
  return undefined;
}
