// Reader of the operators' alias file (dict/aliases.tsv; format documented at its top). Pure: it
// parses a string; the dictionary loader does the reading.
import type { EntityType } from '../model.ts';
import { ENTITY_TYPES } from '../model.ts';
import { normalizeName } from '../parse/normalize.ts';
import { DictionaryError } from './errors.ts';

export interface AliasEntry {
  type: EntityType;
  canonical: string;
  aliases: string[];
  nameEn?: string;
}

export function parseAliasFile(content: string, fileName = 'aliases.tsv'): AliasEntry[] {
  const out: AliasEntry[] = [];
  content.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (line.trim() === '') return;
    const cols = line.split('\t').map((c) => c.trim());
    const type = cols[0] as EntityType;
    if (!ENTITY_TYPES.includes(type) || !cols[1]) {
      throw new DictionaryError(
        `ingest/extract/alias-file: ${fileName} line ${i + 1}: expected "TYPE<TAB>CANONICAL<TAB>ALIAS|ALIAS<TAB>NAME_EN" ` +
          `with TYPE one of ${ENTITY_TYPES.join(', ')}; fix or comment out the line.`,
      );
    }
    const entry: AliasEntry = {
      type,
      canonical: normalizeName(cols[1]),
      aliases: (cols[2] ?? '').split('|').map(normalizeName).filter((a) => a !== ''),
    };
    if (cols[3]) entry.nameEn = cols[3];
    out.push(entry);
  });
  return out;
}
