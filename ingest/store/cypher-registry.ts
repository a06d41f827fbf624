// Every Cypher statement the system runs lives in one `cypher/<name>.cypher` file; this registry
// loads them by name and fails fast at start-up when one is missing, so no query drifts inline.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, comment lines removed. */
export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = join(CYPHER_DIR, `${name}.cypher`);
  if (!existsSync(file)) {
    throw new CypherFileError(`store/cypher-registry: cypher/${name}.cypher is missing; restore it from git or fix the name`);
  }
  const text = stripComments(readFileSync(file, 'utf8'));
  cache.set(name, text);
  return text;
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

/** Names of every statement file, for the EXPLAIN test and the console's example list. */
export function listCypherFiles(): string[] {
  return readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}
