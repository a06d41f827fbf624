// Reader of the operators' alias table (dict/aliases.tsv; format documented at its top), the one
// alias table of the project: extraction matches its forms, resolution (ingest/resolve) maps them
// to their canonical names. Pure: it parses and checks a string; the dictionary loader reads it.
// A malformed line or a cycle (A lists B, B lists A) is a DictionaryError naming the line; a form
// two entries claim is a conflict the loader reports and maps to neither, never a silent merge.
import type { EntityType } from '../model.ts';
import { ENTITY_TYPES } from '../model.ts';
import { normalizeName } from '../parse/normalize.ts';
import { DictionaryError } from './errors.ts';

export interface AliasEntry {
  type: EntityType;
  canonical: string;
  aliases: string[];
  nameEn?: string;
  /** 1-based line of the table the entry comes from. */
  line?: number;
}

/** A surface form two entries of the table claim (as a canonical name or an alias). */
export interface AliasConflict {
  form: string;
  /** The claimants: canonical name and line of each, in line order. */
  claims: { canonical: string; line: number }[];
  message: string;
}

/** Characters that never belong in a name: tabs inside a column, controls, brackets of markup. */
const BAD_NAME = /[\p{Cc}<>{}[\]|]/u;

function lineError(fileName: string, line: number, what: string): DictionaryError {
  return new DictionaryError(`ingest/extract/alias-file: ${fileName} line ${line}: ${what}; fix or comment out the line.`);
}

export function parseAliasFile(content: string, fileName = 'aliases.tsv'): AliasEntry[] {
  const out: AliasEntry[] = [];
  content.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (line.trim() === '') return;
    const cols = line.split('\t').map((c) => c.trim());
    const type = cols[0] as EntityType;
    if (!ENTITY_TYPES.includes(type) || !cols[1] || cols.length > 4) {
      throw lineError(fileName, i + 1, `expected "TYPE<TAB>CANONICAL<TAB>ALIAS|ALIAS<TAB>NAME_EN" with TYPE one of ${ENTITY_TYPES.join(', ')}`);
    }
    const canonical = normalizeName(cols[1]);
    const aliases = (cols[2] ?? '').split('|').map(normalizeName);
    if ((cols[2] ?? '') !== '' && aliases.some((a) => a === '')) throw lineError(fileName, i + 1, 'an empty alias between two |');
    for (const name of [canonical, ...aliases]) {
      if (BAD_NAME.test(name)) throw lineError(fileName, i + 1, `"${name}" holds a character names never hold`);
    }
    const entry: AliasEntry = { type, canonical, aliases: aliases.filter((a) => a !== '' && a !== canonical), line: i + 1 };
    if (cols[3]) entry.nameEn = cols[3];
    out.push(entry);
  });
  checkCycles(out, fileName);
  return out;
}

/**
 * A cycle: following alias → canonical from one entry comes back to it (A lists B while B lists A,
 * or longer). Each form may lead to one canonical only where it is not contested, so the walk
 * follows the first entry that lists a form as an alias.
 */
function checkCycles(entries: readonly AliasEntry[], fileName: string): void {
  const listedBy = new Map<string, AliasEntry>();
  for (const e of entries) for (const a of e.aliases) if (!listedBy.has(a)) listedBy.set(a, e);
  for (const start of entries) {
    const path: AliasEntry[] = [start];
    for (let at = listedBy.get(start.canonical); at !== undefined && !path.includes(at); at = listedBy.get(at.canonical)) path.push(at);
    const last = path[path.length - 1]!;
    if (path.length > 1 && listedBy.get(last.canonical) === start) {
      const lines = [...path, start].map((e) => e.line).join(' → ');
      throw lineError(fileName, start.line ?? 0, `"${start.canonical}" leads back to itself through the aliases of lines ${lines}: a cycle`);
    }
  }
}

/** Forms claimed by entries with different canonical names (or different types), in line order. */
export function aliasConflicts(entries: readonly AliasEntry[], fileName = 'aliases.tsv'): AliasConflict[] {
  const claims = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const forms = new Set([e.canonical, ...e.aliases, ...(e.nameEn ? [normalizeName(e.nameEn)] : [])]);
    for (const f of forms) {
      const list = claims.get(f) ?? claims.set(f, []).get(f)!;
      if (!list.some((x) => x.canonical === e.canonical && x.type === e.type)) list.push(e);
    }
  }
  const out: AliasConflict[] = [];
  for (const [form, list] of claims) {
    if (list.length < 2) continue;
    const who = list.map((e) => ({ canonical: e.canonical, line: e.line ?? 0 }));
    out.push({
      form,
      claims: who,
      message: `ingest/extract/alias-file: ${fileName}: "${form}" is claimed by ${who.map((w) => `${w.canonical} (line ${w.line})`).join(' and ')}; it maps to neither until one line drops it.`,
    });
  }
  return out;
}
