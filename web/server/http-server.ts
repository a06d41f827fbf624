// The Node HTTP server under the app, for @hono/node-server's serve():
//   serve({ fetch: app.fetch, port, hostname, createServer: httpServerFactory(app.fetch) })
// It exists for two requests Node and @hono/node-server answer with an empty 400:
// - Raw UTF-8 in the request target. `curl 'http://127.0.0.1:8080/api/search?q=马斯克'` sends the
//   bytes unencoded, and Node's HTTP parser (llhttp) refuses bytes above 0x7F in a URL
//   (HPE_INVALID_URL) before any JavaScript sees the request. Browsers percent-encode; curl and
//   scripts do not, and the README shows exactly that command. Such a GET or HEAD is read again
//   here with those bytes percent-encoded (nothing else is forgiven: no body, no control bytes,
//   strict header lines) and handed to the app as an ordinary request on a connection that then
//   closes, so nothing can be smuggled behind it.
// - Any other request the parser or the adapter refuses (bad header, bad Host): a JSON `{error}`
//   body like every other API error, instead of nothing.
import { createServer, IncomingMessage, ServerResponse, STATUS_CODES, type RequestListener, type Server, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';

type Fetch = (request: Request, env: never) => Response | Promise<Response>;

/** Largest request head read again (Node's default --max-http-header-size). */
const MAX_HEAD_BYTES = 16 * 1024;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const REQUEST_LINE = /^(GET|HEAD) (\S+) HTTP\/1\.([01])$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const ENCODE_HINT = 'percent-encode the URL, e.g. curl -G http://127.0.0.1:8080/api/search --data-urlencode q=马斯克';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function jsonBody(message: string): string {
  return JSON.stringify({ error: message });
}

/** A whole response written straight to a socket the HTTP machinery has given up on, then closed. */
function writeRaw(socket: Socket, status: number, message: string): void {
  const body = Buffer.from(jsonBody(message));
  const head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}

interface RecoveredRequest {
  method: 'GET' | 'HEAD';
  target: string;
  httpVersionMinor: number;
  rawHeaders: string[];
}

/** Status and message for a parse error, as Node would choose the status. */
function refusal(err: NodeJS.ErrnoException & { reason?: string }): [number, string] {
  if (err.code === 'HPE_HEADER_OVERFLOW') return [431, 'web/server: request headers too large; send fewer or shorter headers'];
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'web/server: request not received in time; send the whole request at once'];
  if (err.code === 'HPE_INVALID_URL') return [400, `web/server: bad request target (${err.reason ?? err.code}); ${ENCODE_HINT}`];
  return [400, `web/server: bad HTTP request (${err.reason ?? err.code ?? 'parse error'}); check the request line and headers`];
}

/**
 * The request whose target Node refused, read from the bytes the parser saw, with bytes above 0x7F
 * percent-encoded; or a message saying why it cannot be served. Only a complete GET or HEAD head
 * without a body qualifies: the connection closes after it, so nothing can be smuggled behind it.
 */
function recoverRequest(packet: Buffer, errorAt: number): RecoveredRequest | string {
  const start = packet.lastIndexOf(0x0a, Math.max(0, errorAt - 1)) + 1;
  const headEnd = packet.indexOf('\r\n\r\n', start, 'latin1');
  if (headEnd < 0 || headEnd - start > MAX_HEAD_BYTES)
    return `web/server: a request target with raw non-ASCII bytes is accepted only in a complete request head under ${MAX_HEAD_BYTES} bytes; ${ENCODE_HINT}`;
  const lineEnd = packet.indexOf('\r\n', start, 'latin1');
  let requestLine = '';
  let nonAscii = false;
  for (const byte of packet.subarray(start, lineEnd)) {
    nonAscii ||= byte >= 0x80;
    if (byte >= 0x80) requestLine += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    else requestLine += String.fromCharCode(byte);
  }
  // Only raw UTF-8 is forgiven; a target Node refused for another reason stays refused.
  if (!nonAscii) return `web/server: bad request target; ${ENCODE_HINT}`;
  const line = REQUEST_LINE.exec(requestLine);
  if (!line || !line[2]!.startsWith('/') || hasControl(line[2]!)) {
    return `web/server: a request target with raw non-ASCII bytes is accepted only as "GET /path?query HTTP/1.1" (or HEAD); ${ENCODE_HINT}`;
  }
  const rawHeaders: string[] = [];
  for (const field of packet
    .subarray(lineEnd + 2, headEnd)
    .toString('latin1')
    .split('\r\n')) {
    const colon = field.indexOf(':');
    const name = field.slice(0, colon);
    const value = field.slice(colon + 1).replace(/^[\t ]+|[\t ]+$/g, '');
    if (colon <= 0 || !TOKEN.test(name) || !FIELD_VALUE.test(value)) return `web/server: bad header line "${field.slice(0, 60)}"; check the request headers`;
    const lower = name.toLowerCase();
    if (lower === 'transfer-encoding' || (lower === 'content-length' && value !== '0')) {
      return `web/server: a request with raw non-ASCII bytes in its target cannot carry a body; ${ENCODE_HINT}`;
    }
    rawHeaders.push(name, value);
  }
  return { method: line[1] as 'GET' | 'HEAD', target: line[2]!, httpVersionMinor: Number(line[3]), rawHeaders };
}

/** Hands a recovered request to the server's own request listener, as if the parser had read it. */
function dispatch(server: Server, socket: Socket, recovered: RecoveredRequest): void {
  const req = new IncomingMessage(socket);
  req.method = recovered.method;
  req.url = recovered.target;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = recovered.httpVersionMinor;
  req.httpVersion = `1.${recovered.httpVersionMinor}`;
  req.rawHeaders = recovered.rawHeaders;
  const headers: Record<string, string> = {};
  for (let i = 0; i < recovered.rawHeaders.length; i += 2) {
    const name = recovered.rawHeaders[i]!.toLowerCase();
    const value = recovered.rawHeaders[i + 1]!;
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  req.headers = headers;
  req.complete = true;
  req.push(null);
  const res = new ServerResponse(req);
  res.shouldKeepAlive = false;
  res.assignSocket(socket);
  res.on('finish', () => {
    res.detachSocket(socket);
    socket.end();
  });
  server.emit('request', req, res);
}

function onClientError(server: Server, err: NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (pending && pending.headersSent && !pending.writableFinished) {
    socket.destroy(); // an earlier response is half written; nothing can be said cleanly on this socket
    return;
  }
  const answer = (): void => {
    if (err.code === 'HPE_INVALID_URL' && err.rawPacket) {
      const recovered = recoverRequest(err.rawPacket, err.bytesParsed ?? 0);
      if (typeof recovered !== 'string') return dispatch(server, socket, recovered);
      return writeRaw(socket, 400, recovered);
    }
    const [status, message] = refusal(err);
    writeRaw(socket, status, message);
  };
  // A pipelined request's error can arrive while the response before it is still being made:
  // answer after it, so the two responses do not interleave.
  if (pending && !pending.writableFinished) pending.once('finish', () => setImmediate(answer));
  else answer();
}

/**
 * serve()'s `createServer` option: a Node HTTP server whose requests reach `fetch` (the app) with
 * raw UTF-8 request targets accepted and every refused request answered with a JSON error.
 */
export function httpServerFactory(fetch: Fetch): typeof createServer {
  const listener = getRequestListener(fetch as Parameters<typeof getRequestListener>[0], {
    // Requests the adapter cannot turn into a Request (bad Host, bad target) are a JSON 400; the
    // app itself never throws (its onError answers), so anything else is a JSON 500.
    errorHandler: (err) =>
      err instanceof RequestError
        ? new Response(jsonBody(`web/server: bad request (${err.message}); check the URL and the Host header`), { status: 400, headers: JSON_TYPE })
        : new Response(jsonBody('web/server: internal error; see the server log for details'), { status: 500, headers: JSON_TYPE }),
  });
  const factory = (options?: ServerOptions): Server => {
    const server = createServer(options ?? {}, listener as RequestListener);
    server.on('clientError', (err: Error, socket: Socket) => onClientError(server, err, socket));
    return server;
  };
  return factory as typeof createServer;
}
