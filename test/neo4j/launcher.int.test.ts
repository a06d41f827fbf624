import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../ingest/store/client.ts';
import { startLocalNeo4j } from '../../neo4j/launcher.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-launcher-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return !isAlive(pid);
}

describe('local Neo4j launcher', () => {
  it('should start Neo4j 5.26 on 127.0.0.1, answer Cypher, and stop leaving no process behind', async () => {
    const dataDir = tempDir();
    const neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
    expect(neo4j.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = createDriver(neo4j.uri, 'neo4j', 'unused');
    try {
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
      const session = driver.session();
      const result = await session.run('RETURN 1 + 1 AS two');
      expect(result.records[0]?.get('two').toNumber()).toBe(2);
      await session.close();
    } finally {
      await driver.close();
    }
    const exits: unknown[] = [];
    neo4j.onExit((exit) => exits.push(exit));
    await neo4j.stop();
    expect(isAlive(neo4j.pid)).toBe(false);
    // stop() is an expected exit: nothing to restart.
    expect(exits).toEqual([]);
  });

  it('should report a JVM that dies without stop(), to subscribers before and after the fact', async () => {
    const neo4j = await startLocalNeo4j({ dataDir: tempDir(), heap: '512m', pageCache: '64m' });
    const reported = new Promise((resolve) => neo4j.onExit(resolve));
    process.kill(neo4j.pid, 'SIGKILL');
    expect(await reported).toEqual({ pid: neo4j.pid, code: null, signal: 'SIGKILL' });
    expect(await new Promise((resolve) => neo4j.onExit(resolve))).toEqual({ pid: neo4j.pid, code: null, signal: 'SIGKILL' });
    await neo4j.stop();
  });

  // Two JVM starts: on a busy 2-core machine each can take half a minute.
  it('should keep data between runs in the same data directory', { timeout: 180_000 }, async () => {
    const dataDir = tempDir();
    const first = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
    let driver = createDriver(first.uri, 'neo4j', 'unused');
    await driver.executeQuery("CREATE (:Marker {name: '保留'})");
    await driver.close();
    await first.stop();

    const second = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
    driver = createDriver(second.uri, 'neo4j', 'unused');
    const { records } = await driver.executeQuery('MATCH (m:Marker) RETURN m.name AS name');
    await driver.close();
    await second.stop();
    expect(records.map((r) => r.get('name'))).toEqual(['保留']);
  });

  it('should exit when the process that started it is killed, so no JVM is orphaned', async () => {
    const dataDir = tempDir();
    const launcher = new URL('../../neo4j/launcher.ts', import.meta.url).pathname;
    const script = `import { startLocalNeo4j } from ${JSON.stringify(launcher)};
const n = await startLocalNeo4j({ dataDir: ${JSON.stringify(dataDir)}, heap: '512m', pageCache: '64m' });
console.log('PID ' + n.pid); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /PID (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      parent.once('exit', (code) => reject(new Error(`launcher parent exited early (${code})`)));
    });
    expect(isAlive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntilDead(javaPid, 60_000)).toBe(true);
  });

  it('should report a clear error naming the data directory when it cannot be used', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    await expect(startLocalNeo4j({ dataDir: join(blocker, 'neo4j'), timeoutMs: 60_000 })).rejects.toThrow(
      /neo4j\/launcher: cannot use .*a-file\/neo4j as the data directory/,
    );
  });
});
