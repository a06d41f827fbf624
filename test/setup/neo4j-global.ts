// One real Neo4j for the whole test run: started once by the launcher (or taken from
// NEO4J_TEST_URI), its Bolt URI handed to every test file through vitest's provide/inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/launcher.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
  console.log(`[test] Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms`);
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
