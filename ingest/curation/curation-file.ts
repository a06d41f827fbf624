// The curation set as YAML (`kg curate export` / `import`), for operators to version next to their
// jobs file. Each record is written as the request that made it (entities by id), with who, when
// and why; import applies, in order, the records whose id the graph lacks (so importing twice
// changes nothing) and checks the whole file first: an error names the file and line.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, stringify, isMap, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import type { Store } from '../store/client.ts';
import { CurationError } from './errors.ts';
import { curate, listCurations } from './operations.ts';
import { OPERATIONS, requestOf, type CurationRecord, type CurationRequest } from './records.ts';

const entity = z.string().min(1);
const base = {
  id: z.string().regex(/^[\w.:-]+$/u, 'an id of letters, digits, -, _, : or .'),
  who: z.string().min(1),
  when: z.string().datetime({ offset: true }),
  why: z.string().optional(),
  undone: z.boolean().optional(),
};
const ITEM = z.discriminatedUnion('operation', [
  z.object({ ...base, operation: z.literal('merge'), entities: z.array(entity).min(2) }).strict(),
  z.object({ ...base, operation: z.literal('split'), entity, aliases: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ ...base, operation: z.literal('rename'), entity, name: z.string().min(1) }).strict(),
  z.object({ ...base, operation: z.literal('retype'), entity, type: z.enum(['Person', 'Organization', 'Place']) }).strict(),
  z.object({ ...base, operation: z.literal('hide'), entity }).strict(),
  z.object({ ...base, operation: z.literal('unhide'), entity }).strict(),
  z.object({ ...base, operation: z.literal('undo'), curation: z.string().min(1) }).strict(),
]);
export type CurationItem = z.infer<typeof ITEM>;

export function exportYaml(records: readonly CurationRecord[]): string {
  const curations = records.map((r) => ({ id: r.id, ...requestOf(r), who: r.who, when: r.when, ...(r.why ? { why: r.why } : {}), undone: r.undone }));
  return `# 新闻知识图谱 curation (kg curate export); import with: kg curate import FILE\n${stringify({ curations })}`;
}

/** Parses and checks a curation file; every error names `label` and the line. */
export function parseCurationFile(text: string, label: string): CurationItem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new CurationError(`curation: ${label} line ${lines.linePos(e.pos[0]).line}: not YAML (${e.message.split('\n')[0]})`);
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('curations', true) : undefined;
  if (!isSeq(list))
    throw new CurationError(`curation: ${label} line ${lineOf(root as Node)}: expected a list under "curations:" (as kg curate export writes it)`);
  const seen = new Set<string>();
  return list.items.map((node) => {
    const line = lineOf(node as Node);
    const value: unknown = (node as Node & { toJSON(): unknown }).toJSON();
    const op = (value as { operation?: unknown } | null)?.operation;
    if (typeof op !== 'string' || !(OPERATIONS as readonly string[]).includes(op)) {
      throw new CurationError(`curation: ${label} line ${line}: unknown operation ${JSON.stringify(op ?? null)}; one of ${OPERATIONS.join(', ')}`);
    }
    const parsed = ITEM.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CurationError(`curation: ${label} line ${line}: ${op}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
    }
    if (seen.has(parsed.data.id)) throw new CurationError(`curation: ${label} line ${line}: id ${parsed.data.id} appears twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** The request of a file's record (its who, when, why and undone left out). */
function requestOfItem(item: CurationItem): CurationRequest {
  switch (item.operation) {
    case 'merge':
      return { operation: 'merge', entities: item.entities };
    case 'split':
      return { operation: 'split', entity: item.entity, aliases: item.aliases };
    case 'rename':
      return { operation: 'rename', entity: item.entity, name: item.name };
    case 'retype':
      return { operation: 'retype', entity: item.entity, type: item.type };
    case 'hide':
    case 'unhide':
      return { operation: item.operation, entity: item.entity };
    case 'undo':
      return { operation: 'undo', curation: item.curation };
  }
}

/** Applies the file's records the graph lacks, in order; returns how many were applied and skipped. */
export async function importCurations(store: Store, path: string): Promise<{ applied: number; skipped: number }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CurationError(`curation: cannot read ${path} (${(err as Error).message})`, 'not-found', { cause: err });
  }
  const items = parseCurationFile(text, path);
  const have = new Set((await listCurations(store)).map((r) => r.id));
  let applied = 0;
  for (const item of items) {
    if (have.has(item.id)) continue;
    await curate(store, requestOfItem(item), { id: item.id, who: item.who, when: item.when, ...(item.why === undefined ? {} : { why: item.why }) });
    applied++;
  }
  return { applied, skipped: items.length - applied };
}
