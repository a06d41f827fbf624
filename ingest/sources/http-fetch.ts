// Fetches one URL with the limits a long-running ingest needs: a timeout covering headers and body,
// a byte limit that stops the download (not just the parse), redirects followed by hand so loops and
// long chains end with a clear reason, and conditional GET (ETag / Last-Modified) for feeds.
import { SourceError } from './errors.ts';
import type { SourceOptions } from './options.ts';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType?: string;
  bytes: Buffer;
  validators: Validators;
  fetchedAt: string;
}

async function readLimited(body: ReadableStream<Uint8Array> | null, url: string, maxBytes: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new SourceError(
        'too-large',
        `ingest/sources/http-fetch: ${url} is larger than the limit of ${maxBytes} bytes; the download was cut there. Raise the limit (kg ingest --max-bytes, or maxBytes in a job's options) if such pages are expected.`,
      );
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}

function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}

export async function fetchResource(url: string, opts: SourceOptions, validators: Validators = {}): Promise<FetchedResource> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: '*/*' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetch(current, { redirect: 'manual', signal, headers });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(location, current).toString();
        if (seen.has(next)) {
          throw new SourceError(
            'redirect-loop',
            `ingest/sources/http-fetch: ${url} redirects in a loop (${next} again after ${hop + 1} hops); the site is misconfigured, remove or fix this URL`,
          );
        }
        if (hop + 1 > opts.maxRedirects) {
          throw new SourceError(
            'too-many-redirects',
            `ingest/sources/http-fetch: ${url} redirects more than ${opts.maxRedirects} times; use the final URL or raise maxRedirects`,
          );
        }
        current = next;
        continue;
      }
      const common = {
        url: current,
        status: res.status,
        contentType: res.headers.get('content-type') ?? undefined,
        validators: { etag: res.headers.get('etag') ?? undefined, lastModified: res.headers.get('last-modified') ?? undefined },
        fetchedAt: new Date().toISOString(),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { ...common, notModified: true, bytes: Buffer.alloc(0) };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        throw new SourceError('http-status', `ingest/sources/http-fetch: ${current} answered HTTP ${res.status}; it will be retried on a later run`);
      }
      const length = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(length) && length > opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new SourceError(
          'too-large',
          `ingest/sources/http-fetch: ${current} is ${length} bytes, over the limit of ${opts.maxBytes}; not downloaded. Raise the limit (kg ingest --max-bytes, or maxBytes in a job's options) if such pages are expected.`,
        );
      }
      return { ...common, notModified: false, bytes: await readLimited(res.body, current, opts.maxBytes) };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (signal.aborted) {
      throw new SourceError(
        'timeout',
        `ingest/sources/http-fetch: ${url} did not answer within ${opts.timeoutMs} ms; it will be retried on a later run (or raise timeoutMs)`,
        { cause: err },
      );
    }
    throw new SourceError('network', `ingest/sources/http-fetch: cannot fetch ${url} (${describe(err)}); check the address and the network`, { cause: err });
  }
}
