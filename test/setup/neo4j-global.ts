// One real Neo4j for the whole test run: started once by the launcher (or taken from
// NEO4J_TEST_URI), its Bolt URI handed to every test file through vitest's provide/inject. The
// integration and browser projects both name this file as their globalSetup; vitest calls each
// project's setup in the one main process, so the first call starts Neo4j and the others share it
// (counted on globalThis, since each project loads this module on its own), and the last teardown
// stops it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/launcher.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The vitest project a file runs in (vitest.config.ts), so helpers can say when a file is misnamed. */
    testProject: 'unit' | 'integration' | 'browser' | 'jvm';
  }
}

interface Shared {
  users: number;
  started: Promise<{ uri: string; stop(): Promise<void> }>;
}
const KEY = Symbol.for('news-kg.test-neo4j');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function startNeo4j(): Promise<{ uri: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
  console.log(`[test] Neo4j ready at ${neo4j.uri}`);
  return {
    uri: neo4j.uri,
    stop: async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return async () => {};
  }
  const shared = (registry[KEY] ??= { users: 0, started: startNeo4j() });
  shared.users++;
  project.provide('neo4jUri', (await shared.started).uri);
  return async () => {
    if (--shared.users > 0) return;
    registry[KEY] = undefined;
    await (await shared.started).stop();
  };
}
