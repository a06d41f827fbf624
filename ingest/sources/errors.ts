// Typed errors of the sources stage. Every failure carries a `kind` that jobs record as the
// document's reason, so operators (and tests) can match the kind of failure, not the wording.

export type SourceErrorKind =
  | 'http-status'
  | 'timeout'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'too-large'
  | 'network'
  | 'malformed-xml'
  | 'xml-entities'
  | 'binary'
  | 'empty'
  | 'not-found'
  | 'bad-record';
import { KgError } from '../errors.ts';

export class SourceError extends KgError {
  override readonly name = 'SourceError';
  readonly code = 'source' as const;
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failure that is worth retrying on a later run (the network, the server), not a bad document. */
export function isTransient(err: unknown): boolean {
  return err instanceof SourceError && ['http-status', 'timeout', 'network'].includes(err.kind);
}
