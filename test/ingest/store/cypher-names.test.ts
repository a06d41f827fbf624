// The Cypher registry fails fast: every statement file is read when a store opens, and every name
// the code passes to the store (read, write, autoCommit, runNamed, cypher) has its file in cypher/.
// Hermetic: reads the source tree, no Neo4j.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, CypherFileError, listCypherFiles, loadCypherFiles } from '../../../ingest/store/cypher-registry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cypher-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Statement names written as literals where the code runs a named statement. */
function namesUsed(): Set<string> {
  const used = new Set<string>();
  const pattern = /\b(?:read|write|autoCommit|cypher)\(\s*'([a-z0-9-]+)'|\brunNamed\(\s*\w+,\s*'([a-z0-9-]+)'/g;
  for (const file of [...sourceFiles(join(ROOT, 'ingest')), ...sourceFiles(join(ROOT, 'web', 'server'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) used.add((m[1] ?? m[2])!);
  }
  return used;
}

describe('the Cypher registry', () => {
  it('should hold a file in cypher/ for every statement name the code runs', () => {
    const used = namesUsed();
    expect(used.size).toBeGreaterThan(30);
    const files = new Set(listCypherFiles());
    expect([...used].filter((n) => !files.has(n))).toEqual([]);
  });

  it('should read every production statement at once, none of them empty', () => {
    expect(loadCypherFiles()).toEqual(listCypherFiles(CYPHER_DIR));
  });

  it('should stop start-up on a statement file with nothing in it, naming the file', () => {
    writeFileSync(join(dir, 'broken.cypher'), '// only a comment\n');
    expect(() => loadCypherFiles(dir)).toThrow(CypherFileError);
    expect(() => loadCypherFiles(dir)).toThrow(/broken\.cypher holds no statement; restore it from git/);
  });

  it('should stop start-up when the statement folder is missing', () => {
    expect(() => loadCypherFiles(join(dir, 'nope'))).toThrow(/cannot read the statement folder .*nope/);
  });
});
