// The NER package keeps one public entry: the application imports ingest/extract/ner/index.ts
// only, and the package's tools (ner-tools/, eval/) its tools entry, for-tools.ts. The run-time
// package never imports its tools, so training code and its dependencies (wabt, nodejieba's
// native cut) stay out of the application.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');
const extract = join(root, 'ingest/extract');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file, resolved to a path relative to the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => relative(root, resolve(file, '..', m[1]!)));
}

const NER = 'ingest/extract/ner/';

describe('the NER package boundary', () => {
  it('should let the application reach the package only through ner/index.ts', () => {
    const wrong: string[] = [];
    for (const file of [...sources(join(root, 'ingest')), ...sources(join(root, 'web'))]) {
      const from = relative(root, file);
      if (from.startsWith(NER) || from.startsWith('ingest/extract/ner-tools/') || from.startsWith('ingest/extract/eval/')) continue;
      for (const target of importsOf(file)) if (target.startsWith(NER) && target !== `${NER}index.ts`) wrong.push(`${from} → ${target}`);
    }
    expect(wrong).toEqual([]);
  });

  it('should let its tools reach it only through ner/index.ts or ner/for-tools.ts', () => {
    const wrong: string[] = [];
    for (const file of [...sources(join(extract, 'ner-tools')), ...sources(join(extract, 'eval'))]) {
      for (const target of importsOf(file)) {
        if (target.startsWith(NER) && target !== `${NER}index.ts` && target !== `${NER}for-tools.ts`) wrong.push(`${relative(root, file)} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should never import its tools from the run-time package', () => {
    const wrong = sources(join(extract, 'ner')).flatMap((file) =>
      importsOf(file)
        .filter((t) => t.startsWith('ingest/extract/ner-tools/') || t.startsWith('ingest/extract/eval/'))
        .map((t) => `${relative(root, file)} → ${t}`),
    );
    expect(wrong).toEqual([]);
  });
});
