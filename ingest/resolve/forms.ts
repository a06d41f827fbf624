// The canonical form of one name, from knowledge alone (no article context), so the same thing
// gets the same id in every article: the alias table's canonical; a country's name in any form
// (洪都拉斯共和国, 宏都拉斯 → 洪都拉斯; 澳洲 → 澳大利亚); a division without its administrative suffix
// when that stem names one division only (上海市 → 上海, 顺德区 → 顺德; 吉林省 stays, as 吉林市
// shares its stem), and outside the mainland list a 市/县/省 whose stem names no other division
// (台北市 → 台北); an organization the bundled list names without the place written before it
// (某国某某社 → 某某社).
import type { EntityType } from '../model.ts';
import { divisionStem, type Knowledge } from './knowledge.ts';

/** Suffixes stripped from places the division list does not hold (foreign and Taiwanese cities). */
const OTHER_PLACE_SUFFIX = /[市县省]$/u;

/** The stem of a place name when it stands for that place alone, else undefined. */
export function placeStem(name: string, k: Knowledge): string | undefined {
  const stem = divisionStem(name);
  if (stem === undefined || k.countries.has(stem)) return undefined;
  const sharing = k.divisionStems.get(stem);
  if (k.divisions.has(name)) return sharing !== undefined && sharing.length === 1 ? stem : undefined;
  if (!OTHER_PLACE_SUFFIX.test(name)) return undefined;
  return sharing === undefined ? stem : undefined;
}

/** The type knowledge gives a name, if any: the alias table's, or Place for countries and divisions. */
export function knownType(name: string, k: Knowledge): EntityType | undefined {
  const listed = k.table.get(name);
  if (listed !== undefined) return listed.type;
  if (k.countries.has(name) || k.divisions.has(name) || k.divisionStems.has(name)) return 'Place';
  if (listedOrganization(name, k)) return 'Organization';
  return undefined;
}

/** An organization the bundled list (organizations.tsv) names without a condition (比亚迪, 彭博社). */
export function listedOrganization(name: string, k: Knowledge): boolean {
  const listed = k.dictionaries.lexicon.get(name);
  return listed !== undefined && listed.source === 'organizations' && listed.cues === undefined;
}

/** What a writer puts between a place and an outlet's name (中国官媒某某社). */
const OUTLET_WORDS = /^(?:官媒|官方媒体|党媒|媒体)/u;

/**
 * An organization the bundled list names, with a country's or a division's name written in front
 * (某国某某社, 某地官媒某某社, 某国某某党): the listed name, the place being no part of it. The whole
 * name listed (中国银行, 北京日报) stays as it is; so does a newspaper (某地某某报), which the place
 * may make another paper.
 */
function listedAfterPlace(name: string, k: Knowledge): string | undefined {
  if (listedOrganization(name, k)) return undefined;
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const place = name.slice(0, cut);
    if (!k.countries.has(place) && !k.divisions.has(place) && !k.divisionStems.has(place)) continue;
    let rest = name.slice(cut);
    rest = rest.slice(OUTLET_WORDS.exec(rest)?.[0].length ?? 0);
    // A newspaper with a city or region in front may be another paper (a city's own edition).
    if (listedOrganization(rest, k) && !rest.endsWith('报')) return rest;
  }
  return undefined;
}

/**
 * canonicalForm's answers by knowledge, type and name: it reads knowledge alone, and resolution
 * asks it of every name and alias of every entity in every article, mostly the same names.
 */
const CANONICAL = new WeakMap<Knowledge, Map<string, string>[]>();
const TYPE_SLOT: Record<EntityType, number> = { Person: 0, Organization: 1, Place: 2 };
/** Bound on remembered names per knowledge and type (a long run of varied text starts over). */
const MAX_CANONICAL = 100_000;

/** Canonical name of `name` read as `type`. */
export function canonicalForm(name: string, type: EntityType, k: Knowledge): string {
  let byType = CANONICAL.get(k);
  if (byType === undefined) CANONICAL.set(k, (byType = [new Map(), new Map(), new Map()]));
  const memo = byType[TYPE_SLOT[type]]!;
  let out = memo.get(name);
  if (out === undefined) {
    if (memo.size >= MAX_CANONICAL) memo.clear();
    out = canonicalOf(name, type, k);
    memo.set(name, out);
  }
  return out;
}

function canonicalOf(name: string, type: EntityType, k: Knowledge): string {
  const listed = k.table.get(name);
  if (listed !== undefined && listed.type === type) return listed.canonical;
  if (type === 'Organization') {
    const rest = listedAfterPlace(name, k);
    return rest === undefined ? name : canonicalForm(rest, type, k);
  }
  if (type !== 'Place') return name;
  const country = k.countries.get(name);
  if (country !== undefined) return country;
  const stem = placeStem(name, k);
  if (stem === undefined) return name;
  return k.table.get(stem)?.canonical ?? stem;
}
