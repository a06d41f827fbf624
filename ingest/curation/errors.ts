// Curation's errors: a request the graph refuses (merge with itself, a hidden entity, an alias the
// entity lacks, an undo of an undo, an entity another curation just merged away …). Bad usage, so
// `kg curate` exits 2 and the API answers 400/409; the message names what to do instead.
import { KgError } from '../errors.ts';

export class CurationError extends KgError {
  override name = 'CurationError';
  readonly code = 'usage' as const;
  constructor(
    message: string,
    /** 'conflict' when another curation changed the entity first (HTTP 409). */
    readonly kind: 'invalid' | 'not-found' | 'ambiguous' | 'conflict' = 'invalid',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
