// What `npm start` loads before it is ready: the static import graph of web/server/start.ts (type-only
// imports and dynamic import() left out, as Node leaves them) must not reach the extraction path.
// The sample ingest and the jobs' run path are import()ed when they are needed (issue 14).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Specifiers a module imports for its values at load time. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every module (repository-relative path, or package name) `entry` loads before its code runs. */
function loadGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const key = relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec));
      else seen.add(spec);
    }
  }
  return seen;
}

describe('the web server start-up', () => {
  const graph = loadGraph('web/server/start.ts');

  it('should see the start graph (the walker follows the server routes and the store)', () => {
    expect(graph).toContain('web/server/app.ts');
    expect(graph).toContain('ingest/store/client.ts');
    expect(graph).toContain('ingest/jobs/scheduler.ts');
  });

  it('should not load extraction, parsing of sources or the ingest path before it is ready', () => {
    const eager = [...graph].filter(
      (m) =>
        m.startsWith('ingest/extract/') ||
        m.startsWith('ingest/sources/') ||
        ['ingest/ingest-sample.ts', 'ingest/ingest-documents.ts', 'ingest/jobs/run-job.ts', 'ingest/jobs/ingest-engine.ts', 'nodejieba', 'linkedom'].includes(
          m,
        ),
    );
    expect(eager).toEqual([]);
  });
});
