// Every Cypher statement the system runs lives in one `cypher/<name>.cypher` file; this registry
// loads them by name, so no query drifts inline. The production folder is read whole when a store
// opens (openStore calls loadCypherFiles): a folder that is missing, unreadable or holds an empty
// statement stops start-up, not the first request that needs it; a test checks that every name the
// code passes has its file (test/ingest/store/cypher-names.test.ts). Tests load their own statements
// (test/fixtures/cypher/) through it too, by naming that folder: one loader for both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export class CypherFileError extends KgError {
  override name = 'CypherFileError';
  readonly code = 'cypher-file' as const;
}

/** Statement texts by file path (the files do not change while the process runs). */
const cache = new Map<string, string>();
/** Folders already read whole by loadCypherFiles. */
const loadedDirs = new Set<string>();

/**
 * Reads every statement of `dir` now (once per process), so a broken folder fails at start-up.
 * Returns the statement names.
 */
export function loadCypherFiles(dir: string = CYPHER_DIR): string[] {
  let names: string[];
  try {
    names = listCypherFiles(dir);
  } catch (cause) {
    throw new CypherFileError(`store/cypher-registry: cannot read the statement folder ${dir} (${(cause as Error).message}); restore cypher/ from git`, {
      cause,
    });
  }
  if (loadedDirs.has(dir)) return names;
  for (const name of names) {
    if (cypher(name, dir) === '') throw new CypherFileError(`store/cypher-registry: ${join(dir, `${name}.cypher`)} holds no statement; restore it from git`);
  }
  loadedDirs.add(dir);
  return names;
}

/** The text of `<dir>/<name>.cypher` (dir: the production `cypher/` folder), comment lines removed. */
export function cypher(name: string, dir: string = CYPHER_DIR): string {
  const file = join(dir, `${name}.cypher`);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  if (!existsSync(file)) {
    throw new CypherFileError(`store/cypher-registry: ${file} is missing; restore it from git or fix the name`);
  }
  const text = stripComments(readFileSync(file, 'utf8'));
  cache.set(file, text);
  return text;
}

/**
 * The whole file, comments included: what the console offers as an example, so an analyst reads
 * what it answers and with which parameters (its `// Parameters:` line) above the query.
 */
export function cypherWithComments(name: string, dir: string = CYPHER_DIR): string {
  cypher(name, dir);
  return readFileSync(join(dir, `${name}.cypher`), 'utf8').trim();
}

export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Splits a multi-statement file (only schema.cypher) on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Names of every statement file in `dir`, for the EXPLAIN test and the console's example list. */
export function listCypherFiles(dir: string = CYPHER_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}
