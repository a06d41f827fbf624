// Typed errors of the extract stage, so callers match the kind of failure, not its wording.
import { KgError } from '../errors.ts';

/** A bundled or operator-supplied dictionary file is missing or malformed. */
export class DictionaryError extends KgError {
  override readonly name = 'DictionaryError';
  readonly code = 'dictionary' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Invalid options passed to an extract entry point. */
export class ExtractOptionsError extends KgError {
  override readonly name = 'ExtractOptionsError';
  readonly code = 'extract-options' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
