// Input validation for the API: one zod schema per route, parsed once at the entry; failures become
// a 400 whose message names each bad parameter.
import type { z } from 'zod';
import { HttpError } from './http-error.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, route: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ');
    throw new HttpError(400, `web/server: bad input for ${route}: ${issues}`);
  }
  return parsed.data;
}
