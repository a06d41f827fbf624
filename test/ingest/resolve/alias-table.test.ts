// The one alias table: malformed lines and cycles are errors naming the line; a form two entries
// claim is reported and maps to neither.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasConflicts, parseAliasFile } from '../../../ingest/extract/alias-file.ts';
import { loadDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { DictionaryError } from '../../../ingest/extract/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'alias-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('alias table', () => {
  it('should name the line of a malformed entry', () => {
    expect(() => parseAliasFile('Organization\t云栈\t云栈公司\nPlanet\t火星\n', 't.tsv')).toThrow(/t\.tsv line 2/);
    expect(() => parseAliasFile('Organization\t云栈\t云栈公司||云栈集团\n', 't.tsv')).toThrow(DictionaryError);
    expect(() => parseAliasFile('Organization\t云栈\ta\tb\tc\n', 't.tsv')).toThrow(/line 1/);
  });

  it('should refuse a cycle and name its lines', () => {
    const table = 'Organization\t云栈\t青禾\n# comment\nOrganization\t青禾\t云栈\n';
    expect(() => parseAliasFile(table, 't.tsv')).toThrow(/line 1: .*lines 1 → 3 → 1/);
  });

  it('should report two entities claiming one alias, and map it to neither', () => {
    const table = 'Organization\t云栈科技\t云栈\nOrganization\t云栈银行\t云栈\n';
    const conflicts = aliasConflicts(parseAliasFile(table, 't.tsv'), 't.tsv');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.form).toBe('云栈');
    expect(conflicts[0]!.message).toMatch(/云栈科技 \(line 1\) and 云栈银行 \(line 2\)/);
    const file = join(dir, 'aliases.tsv');
    writeFileSync(file, table);
    const dicts = loadDictionaries({ aliasFile: file });
    expect(dicts.aliasConflicts).toHaveLength(1);
    expect(dicts.aliases.get('云栈')).toBeUndefined();
    expect(dicts.aliases.get('云栈科技')?.canonical).toBe('云栈科技');
  });

  it('should normalize full-width Latin and keep emoji-free names; an emoji name stays a name of its own', () => {
    const [e] = parseAliasFile('Organization\t星ＡＩ实验室\t🚀星AI\n');
    expect(e!.canonical).toBe('星AI实验室');
    expect(e!.aliases).toEqual(['🚀星AI']);
  });

  it('should hold no conflicts or cycles in the bundled table', () => {
    expect(loadDictionaries().aliasConflicts).toEqual([]);
  });
});
