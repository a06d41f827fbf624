// A one-query TCP tunnel on 127.0.0.1 between the console's driver and Neo4j. It counts the bytes
// Neo4j sends and cuts the connection once they pass a cap, and it can be cut on demand (the
// console's wall-clock bound). Cutting the Bolt connection makes Neo4j terminate the transaction,
// and it stops a single huge value (a string doubled 25 times) before the driver buffers and decodes
// it: the driver offers no limit on message size, so the limit sits on the wire.
import { createServer, connect, type Server, type Socket } from 'node:net';

export type CutReason = 'bytes' | 'deadline' | 'closed';

export interface CappedTunnel {
  /** Local port the driver connects to. */
  readonly port: number;
  /** Bytes received from Neo4j so far. */
  readonly bytesFromServer: number;
  /** Why the tunnel cut the connection, if it did. */
  readonly cutReason: CutReason | undefined;
  /** Cuts every connection now (Neo4j then terminates the transaction). */
  cut(reason: CutReason): void;
  close(): Promise<void>;
}

export async function openCappedTunnel(target: { host: string; port: number }, maxBytesFromServer: number): Promise<CappedTunnel> {
  const sockets = new Set<Socket>();
  let bytes = 0;
  let cutReason: CutReason | undefined;
  const cut = (reason: CutReason): void => {
    cutReason ??= reason;
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const server: Server = createServer((client) => {
    if (cutReason) {
      client.destroy();
      return;
    }
    const upstream = connect({ host: target.host, port: target.port });
    sockets.add(client);
    sockets.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    upstream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytesFromServer) cut('bytes');
      else client.write(chunk);
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    // Errors end the pair; the driver sees a closed connection and reports it to the runner.
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    get bytesFromServer() {
      return bytes;
    },
    get cutReason() {
      return cutReason;
    },
    cut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
