// Typed errors of the parse stage. Callers (the CLI, jobs) match on the class, not the wording;
// messages start with the module path and say what to do, so they can be shown as they are.
import { KgError } from '../errors.ts';

export class NotTextError extends KgError {
  override readonly name = 'NotTextError';
  readonly code = 'not-text' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class ParseOptionsError extends KgError {
  override readonly name = 'ParseOptionsError';
  readonly code = 'parse-options' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
