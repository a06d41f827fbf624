// The real explorer server on 127.0.0.1 (a random port) for attack tests, with a canary API_TOKEN
// that no response may ever contain, and a raw HTTP client that can forge Host, Origin and
// Content-Type headers as an attacker's page or script would.
import { randomBytes } from 'node:crypto';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { ConsoleMode } from '../../ingest/config.ts';
import type { Store } from '../../ingest/store/client.ts';
import type { ConsoleOptions } from '../../ingest/store/console/readonly-console.ts';
import { ReadOnlyConsole } from '../../ingest/store/console/readonly-console.ts';
import { createApp } from '../../web/server/app.ts';

export interface LiveServer {
  port: number;
  console: ReadOnlyConsole;
  token: string;
  send(path: string, init?: RawInit): Promise<RawResponse>;
  close(): Promise<void>;
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = { error?: string }>(): T;
}

export async function startLiveServer(store: Store, opts: { consoleMode?: ConsoleMode; console?: Partial<ConsoleOptions> } = {}): Promise<LiveServer> {
  const token = `canary-${randomBytes(12).toString('hex')}`;
  // The app needs the port it guards, known only once the server listens; requests wait for it.
  const ready: { listener?: ReturnType<typeof getRequestListener> } = {};
  const server: Server = createServer((req, res) => void ready.listener!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const console = new ReadOnlyConsole(store.target, opts.console);
  const app = createApp({
    store,
    jobs: { apiToken: token },
    consoleMode: opts.consoleMode ?? 'on',
    console,
    guard: { port, host: '127.0.0.1' },
  });
  ready.listener = getRequestListener(app.fetch);
  const send = (path: string, init: RawInit = {}): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const body = init.body === undefined ? undefined : Buffer.isBuffer(init.body) ? init.body : Buffer.from(init.body, 'utf8');
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...init.headers };
      if (body && headers['content-length'] === undefined) headers['content-length'] = String(body.length);
      // A fresh connection each time: a refused body leaves its connection closed by the server.
      const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return {
    port,
    console,
    token,
    send,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** POST /api/cypher as our own page does. */
export function postCypher(server: LiveServer, query: string, params: Record<string, unknown> = {}): Promise<RawResponse> {
  return server.send('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${server.port}` },
    body: JSON.stringify({ query, params }),
  });
}
