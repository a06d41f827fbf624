import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../ingest/config.ts';
import { boltPortFile, chooseBoltPort, isPortFree, rememberBoltPort, rememberedBoltPort } from '../../neo4j/bolt-port.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bolt-port-'));
  dirs.push(dir);
  return dir;
};
const servers: Server[] = [];
/** Holds a loopback port the system picked, so the test never touches a developer's 7687. */
async function holdPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('stable Bolt port of the bundled Neo4j', () => {
  it('should take the next free port when the preferred one is taken', async () => {
    const taken = await holdPort();
    const port = await chooseBoltPort(tempDir(), taken);
    expect(port).toBeGreaterThan(taken);
    expect(await isPortFree(port)).toBe(true);
  });

  it('should reuse the port remembered in the data dir', async () => {
    const dir = tempDir();
    const taken = await holdPort();
    const port = await chooseBoltPort(dir, taken);
    rememberBoltPort(dir, port);
    expect(rememberedBoltPort(dir)).toBe(port);
    expect(await chooseBoltPort(dir)).toBe(port);
  });

  it('should let NEO4J_PORT win over the remembered port', async () => {
    const dir = tempDir();
    rememberBoltPort(dir, 1);
    const wanted = await holdPort();
    expect(await chooseBoltPort(dir, wanted, { scan: 5 })).toBeGreaterThan(wanted);
  });

  it('should ignore a bolt-port file that holds no port', () => {
    const dir = tempDir();
    writeFileSync(boltPortFile(dir), 'not a port');
    expect(rememberedBoltPort(dir)).toBeUndefined();
  });

  it('should read NEO4J_PORT from the environment or .env and name it when it is not a port', () => {
    const dir = tempDir();
    expect(loadConfig({ NEO4J_PORT: '7690' }, dir).neo4jPort).toBe(7690);
    expect(loadConfig({}, dir).neo4jPort).toBeUndefined();
    writeFileSync(join(dir, '.env'), 'NEO4J_PORT=7691\n');
    expect(loadConfig({}, dir).neo4jPort).toBe(7691);
    expect(() => loadConfig({ NEO4J_PORT: '70000' }, dir)).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_PORT: 'x' }, dir)).toThrow(/^config: NEO4J_PORT must be a port number/);
  });
});
