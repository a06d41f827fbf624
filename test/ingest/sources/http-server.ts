// A real HTTP server on 127.0.0.1 for source tests: routes are plain node:http handlers, and every
// request is logged (path and conditional headers) so tests can check what the client asked for.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface RequestLog {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export interface TestHttpServer {
  base: string;
  requests: RequestLog[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startHttpServer(): Promise<TestHttpServer> {
  const routes = new Map<string, Handler>();
  const requests: RequestLog[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    });
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves `body` with conditional-GET support through a fixed ETag and date. */
export function conditional(body: Buffer | string, contentType: string, etag = '"v1"', lastModified = 'Sun, 05 May 2024 09:00:00 GMT'): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(body);
  };
}
