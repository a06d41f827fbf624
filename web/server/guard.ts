// Only our own page may call the API. Browsers let any web page send requests to 127.0.0.1, and a
// DNS-rebinding page can even read the answers; so every request must name a host this server
// answers to (403), a state-changing request from a browser must come from our own origin (403),
// a request body must be JSON (415), and no body may exceed maxBodyBytes (413).
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cutText } from '../../ingest/truncate.ts';
import { HttpError } from './http-error.ts';

export interface GuardOptions {
  /** The port the server listens on; undefined accepts any port on an allowed host (API tests). */
  port?: number;
  /** The address the server binds; a specific address is also an allowed host name. */
  host?: string;
  /** Further host names (or host:port) users reach the server by, from ALLOWED_HOSTS. */
  allowedHosts?: string[];
  maxBodyBytes?: number;
}

export const DEFAULT_GUARD_OPTIONS = { maxBodyBytes: 1024 * 1024 };

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether `authority` (a Host header, or an origin's host:port) names this server. */
export function hostAllowed(authority: string, options: GuardOptions): boolean {
  const value = authority.trim().toLowerCase();
  if ((options.allowedHosts ?? []).includes(value)) return true;
  const match = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d+))?$/.exec(value);
  if (!match) return false;
  const [, name, port] = match;
  const names = [...LOOPBACK, ...(options.allowedHosts ?? []).filter((h) => !/:\d+$/.test(h))];
  if (options.host && !['0.0.0.0', '::', '127.0.0.1', 'localhost'].includes(options.host))
    names.push(options.host.includes(':') ? `[${options.host}]` : options.host);
  if (!names.includes(name!)) return false;
  if (options.port === undefined) return true;
  return Number(port ?? 80) === options.port;
}

function originAllowed(origin: string, options: GuardOptions): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return hostAllowed(url.port ? `${url.hostname}:${url.port}` : url.protocol === 'https:' ? `${url.hostname}:443` : url.hostname, options);
}

export function requestGuard(options: GuardOptions = {}): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: options.maxBodyBytes ?? DEFAULT_GUARD_OPTIONS.maxBodyBytes,
    onError: () => {
      throw new HttpError(413, `web/server: the request body is over ${options.maxBodyBytes ?? DEFAULT_GUARD_OPTIONS.maxBodyBytes} bytes; send less`);
    },
  });
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!hostAllowed(host, options)) {
      throw new HttpError(
        403,
        `web/server: this server does not answer to host "${cutText(host, 100)}"; open it as http://localhost:${options.port ?? 8080}, or add the name to ALLOWED_HOSTS`,
      );
    }
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && !originAllowed(origin, options)) {
      throw new HttpError(403, `web/server: requests from ${cutText(origin, 100)} are not allowed; only this server's own page may call the API`);
    }
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new HttpError(403, "web/server: cross-site requests are not allowed; only this server's own page may call the API");
    }
    const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type');
    if ((hasBody || type !== undefined) && !/^application\/json\s*(;|$)/i.test(type ?? '')) {
      throw new HttpError(415, `web/server: ${c.req.method} ${c.req.path} takes JSON; send the header "Content-Type: application/json"`);
    }
    return limit(c, next);
  };
}
