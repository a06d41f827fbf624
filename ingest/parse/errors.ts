// Typed errors of the parse stage. Callers (the CLI, jobs) match on the class, not the wording;
// messages start with the module path and say what to do, so they can be shown as they are.

export class NotTextError extends Error {
  override readonly name = 'NotTextError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class ParseOptionsError extends Error {
  override readonly name = 'ParseOptionsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
