// The bundled Neo4j's Bolt port, kept stable between starts: the port remembered in the data dir
// (`bolt-port`), else NEO4J_PORT, else 7687; when that one is taken, the next free one, which is then
// remembered. A NEO4J_URI copied from the output keeps working after a restart, and a restart by the
// supervisor reuses the same port. Tests pass port 0 (any free port, never remembered) instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { KgError } from '../ingest/errors.ts';

export interface BoltPortOptions {
  /** The port to try first when none is remembered (NEO4J_PORT). */
  preferred: number;
  /** How many consecutive ports to try before giving up. */
  scan: number;
}

export const DEFAULT_BOLT_PORT_OPTIONS: BoltPortOptions = { preferred: 7687, scan: 50 };

export class BoltPortError extends KgError {
  override name = 'BoltPortError';
  readonly code = 'bolt-port' as const;
}

export const boltPortFile = (dataDir: string): string => join(dataDir, 'bolt-port');

const isPort = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 65535;

/** The port remembered in the data dir, or undefined (none yet, or a file that is not a port). */
export function rememberedBoltPort(dataDir: string): number | undefined {
  const file = boltPortFile(dataDir);
  if (!existsSync(file)) return undefined;
  const port = Number(readFileSync(file, 'utf8').trim());
  return isPort(port) ? port : undefined;
}

export function rememberBoltPort(dataDir: string, port: number): void {
  writeFileSync(boltPortFile(dataDir), `${port}\n`);
}

/** Whether nothing listens on 127.0.0.1:port (the address the bundled Neo4j binds). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    // EADDRINUSE (or EACCES) is the answer we are asking for, not a failure.
    server.once('error', () => resolvePort(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolvePort(true)));
  });
}

/**
 * Picks the Bolt port: the remembered one when set, unless `explicit` (NEO4J_PORT) asks for another;
 * else `preferred`; the next free one when that is taken.
 */
export async function chooseBoltPort(dataDir: string, explicit?: number, overrides: Partial<BoltPortOptions> = {}): Promise<number> {
  const options = { ...DEFAULT_BOLT_PORT_OPTIONS, ...overrides };
  const first = explicit ?? rememberedBoltPort(dataDir) ?? options.preferred;
  for (let port = first; port < first + options.scan && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new BoltPortError(
    `neo4j/bolt-port: ports ${first}–${first + options.scan - 1} on 127.0.0.1 are all taken; set NEO4J_PORT to a free port (or stop what holds ${first})`,
  );
}
