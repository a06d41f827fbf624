// Bearer-token checks for the routes that need API_TOKEN (job triggers, the console in token
// mode): 401 without credentials, 403 with wrong ones or when no token is configured. Compared in
// constant time on digests, so neither the token's content nor its length leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { HttpError } from './http-error.ts';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Throws unless the request carries `Authorization: Bearer <token>`; `what` names the action. */
export function requireBearer(c: Context, token: string | undefined, what: string): void {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new HttpError(401, `web/server: ${what} needs "Authorization: Bearer <API_TOKEN>"`);
  }
  if (!token) throw new HttpError(403, `web/server: ${what} over HTTP is disabled; set API_TOKEN on the server to enable it`);
  if (!timingSafeEqual(digest(match[1]!), digest(token)))
    throw new HttpError(403, `web/server: the token is not valid for ${what}; use the server's API_TOKEN`);
}
