// The one error the read-only console raises, with a kind the HTTP layer maps to a status:
// refused (403), invalid Cypher (400), timeout (408), too-large (413), busy (429), options (400),
// unavailable (503: Neo4j did not answer).
import { KgError } from '../../errors.ts';

export type ConsoleRefusal = 'refused' | 'invalid' | 'timeout' | 'too-large' | 'busy' | 'options' | 'unavailable';

export class ConsoleQueryError extends KgError {
  override name = 'ConsoleQueryError';
  readonly code = 'console-query' as const;
  constructor(
    readonly kind: ConsoleRefusal,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
