// Typed errors of the extract stage, so callers match the kind of failure, not its wording.

/** A bundled or operator-supplied dictionary file is missing or malformed. */
export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Invalid options passed to an extract entry point. */
export class ExtractOptionsError extends Error {
  override readonly name = 'ExtractOptionsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
