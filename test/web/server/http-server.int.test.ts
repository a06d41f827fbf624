// The HTTP server under the app, spoken to over a raw socket on 127.0.0.1 (fetch() would
// percent-encode the URL and hide the case): raw UTF-8 in a request target is served like its
// percent-encoded twin, and every request Node or the adapter refuses gets a JSON error body.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSample } from '../../../ingest/ingest-sample.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { httpServerFactory } from '../../../web/server/http-server.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let server: ServerType;
let port: number;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` byte for byte and reads every response until the server closes the connection. */
function send(request: Buffer | string): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks))));
  });
}

function parseResponses(bytes: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headEnd = bytes.indexOf('\r\n\r\n', at, 'latin1');
    const [statusLine, ...lines] = bytes.subarray(at, headEnd).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    let bodyStart = headEnd + 4;
    let body: Buffer;
    if (headers['content-length'] !== undefined) {
      body = bytes.subarray(bodyStart, bodyStart + Number(headers['content-length']));
      at = bodyStart + body.length;
    } else if (headers['transfer-encoding'] === 'chunked') {
      const parts: Buffer[] = [];
      for (;;) {
        const sizeEnd = bytes.indexOf('\r\n', bodyStart, 'latin1');
        const size = Number.parseInt(bytes.subarray(bodyStart, sizeEnd).toString('latin1'), 16);
        bodyStart = sizeEnd + 2 + size + 2;
        if (size === 0) break;
        parts.push(bytes.subarray(sizeEnd + 2, sizeEnd + 2 + size));
      }
      body = Buffer.concat(parts);
      at = bodyStart;
    } else {
      body = bytes.subarray(bodyStart);
      at = bytes.length;
    }
    out.push({ status: Number(statusLine!.split(' ')[1]), headers, body: body.toString('utf8') });
  }
  return out;
}

const get = (target: Buffer | string, extraHeaders = '') =>
  Buffer.concat([Buffer.from('GET '), Buffer.from(target), Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`)]);

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await ingestSample(store);
  const app = createApp({ store });
  await new Promise<void>((listening) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: httpServerFactory(app.fetch) }, (info: AddressInfo) => {
      port = info.port;
      listening();
    });
  });
});
afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
  await store?.close();
});

describe('raw UTF-8 in a request target', () => {
  it('should answer /api/search?q=马斯克 sent as raw UTF-8 bytes with 马斯克 first, as curl shows in the README', async () => {
    const [res] = await send(get(Buffer.from('/api/search?q=马斯克', 'utf8')));
    expect(res!.status).toBe(200);
    expect((JSON.parse(res!.body) as { results: { name: string }[] }).results[0]?.name).toBe('马斯克');
  });

  it('should answer a raw UTF-8 query exactly as its percent-encoded twin', async () => {
    const [raw] = await send(get(Buffer.from('/api/search?q=特斯拉&limit=5', 'utf8')));
    const [encoded] = await send(get(`/api/search?q=${encodeURIComponent('特斯拉')}&limit=5`));
    expect(raw!.status).toBe(200);
    expect(raw!.body).toBe(encoded!.body);
  });

  it('should serve raw UTF-8 in the path as well as in the query', async () => {
    const [res] = await send(get(Buffer.from('/api/entities/person:马斯克', 'utf8')));
    expect(res!.status).toBe(200);
    expect((JSON.parse(res!.body) as { entity: { name: string } }).entity.name).toBe('马斯克');
  });

  it('should answer a HEAD request with raw UTF-8 with headers and no body', async () => {
    const [res] = await send(Buffer.concat([Buffer.from('HEAD /api/search?q='), Buffer.from('马斯克'), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')]));
    expect(res!.status).toBe(200);
    expect(res!.headers['content-type']).toMatch(/application\/json/);
    expect(res!.body).toBe('');
  });

  it('should answer a request pipelined behind another in order, the raw UTF-8 one second', async () => {
    const first = `GET /api/search?q=${encodeURIComponent('特斯拉')} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    const responses = await send(Buffer.concat([Buffer.from(first), get(Buffer.from('/api/search?q=马斯克', 'utf8'))]));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect((JSON.parse(responses[0]!.body) as { results: { name: string }[] }).results[0]?.name).toBe('特斯拉');
    expect((JSON.parse(responses[1]!.body) as { results: { name: string }[] }).results[0]?.name).toBe('马斯克');
  });

  it("should keep the app's own validation: an empty raw query is still a 400 naming q", async () => {
    const [res] = await send(get(Buffer.from('/api/search?q=&x=马', 'utf8')));
    expect(res!.status).toBe(400);
    expect((JSON.parse(res!.body) as { error: string }).error).toMatch(/\bq\b/);
  });
});

describe('requests the server refuses', () => {
  const refused: [string, Buffer][] = [
    [
      'a POST with raw UTF-8 in its target and a body',
      Buffer.concat([
        Buffer.from('POST /api/cypher?x='),
        Buffer.from('马'),
        Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'),
      ]),
    ],
    ['raw UTF-8 next to a control byte in the target', get(Buffer.concat([Buffer.from('/api/search?q='), Buffer.from('马'), Buffer.from([0x01])]))],
    ['raw UTF-8 with a header line that has no colon', get(Buffer.from('/api/search?q=马', 'utf8'), 'Not a header\r\n')],
    ['a header line without a colon', get('/api/search?q=x', 'Not a header\r\n')],
    ['an ASCII target Node refuses (a control byte in the query)', get(Buffer.from([...Buffer.from('/api/search?q=x'), 0x01]))],
    ['a request line that is not HTTP', Buffer.from('HELLO\r\n\r\n')],
    ['a Host header that is not a host', Buffer.from('GET /api/search?q=x HTTP/1.1\r\nHost: a b/c\r\nConnection: close\r\n\r\n')],
  ];

  it.each(refused)('should answer %s with 400 and a JSON error saying what to do', async (_what, request) => {
    const [res] = await send(request);
    expect(res!.status).toBe(400);
    expect(res!.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(res!.body) as { error: string };
    expect(body.error).toMatch(/^web\/server: /);
    expect(body.error).toMatch(/; \S/);
  });

  it('should tell a client that sent raw UTF-8 with a body to percent-encode the URL', async () => {
    const [res] = await send(refused[0]![1]);
    expect((JSON.parse(res!.body) as { error: string }).error).toMatch(/percent-encode/);
  });

  it('should answer headers over 16 KB with 431 and a JSON error', async () => {
    const [res] = await send(get('/api/search?q=x', `X-Big: ${'a'.repeat(20_000)}\r\n`));
    expect(res!.status).toBe(431);
    expect((JSON.parse(res!.body) as { error: string }).error).toMatch(/too large/);
  });
});
