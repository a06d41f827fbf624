// Local inputs: files, folders (walked recursively for the document types we read) and globs
// (`news/**/*.txt`, `*`, `?`), expanded in sorted order so runs are reproducible.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { SourceError } from './errors.ts';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.xml', '.rss', '.atom'];

const isDocument = (path: string): boolean => DOCUMENT_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e));

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && isDocument(path)) out.push(path);
  }
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands one path, folder or glob (relative to `cwd`) into absolute file paths. */
export function expandLocal(spec: string, cwd = process.cwd()): string[] {
  if (!/[*?]/.test(spec)) {
    const path = resolve(cwd, spec);
    let stat;
    try {
      stat = statSync(path);
    } catch (cause) {
      throw new SourceError('not-found', `ingest/sources/local-files: ${spec} does not exist; check the path`, { cause });
    }
    if (!stat.isDirectory()) return [path];
    const out: string[] = [];
    walk(path, out);
    return out;
  }
  const absolute = resolve(cwd, spec).split(sep).join('/');
  const firstWild = absolute.search(/[*?]/);
  const base = absolute.slice(0, absolute.lastIndexOf('/', firstWild)) || '/';
  const re = globToRegExp(absolute);
  const out: string[] = [];
  try {
    walk(base, out);
  } catch (cause) {
    throw new SourceError('not-found', `ingest/sources/local-files: ${spec}: folder ${base} does not exist; check the pattern`, { cause });
  }
  return out.filter((p) => re.test(p.split(sep).join('/')));
}
