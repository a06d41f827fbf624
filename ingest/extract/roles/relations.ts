// The article's typed relations from its resolved entities: the roles the text states
// (role-patterns.ts), one relation per person, post and organization, with every sentence that
// states it; then the typed relations between two entities that verbs state (MEETS, VISITS …,
// relations/), on the same resolved mentions.
import { localPublishedDate, type ArticleExtraction, type ExtractedRelation } from '../../model.ts';
import { normalizeEachUnit, normalizeName } from '../../parse/normalize.ts';
import { verbRelations } from '../relations/typed-relations.ts';
import { findRoles, type RoleMention } from './role-patterns.ts';
import { normalizeTitle } from './titles.ts';

const byPosition = (a: RoleMention, b: RoleMention): number => a.start - b.start || b.end - a.end;

/** The article's non-nested mentions in text order, with their entities' ids and types. */
export function roleMentions(x: Pick<ArticleExtraction, 'entities'>, nested = false): RoleMention[] {
  const out: RoleMention[] = [];
  for (const e of x.entities)
    for (const m of e.mentions)
      if ((m.nested === true) === nested) out.push({ start: m.start, end: m.end, entityId: e.id, type: e.type, sentence: m.sentence });
  return out.sort(byPosition);
}

/** roleMentions(x) and the places of roleMentions(x, true), by one pass over the mentions. */
function flatAndNestedPlaces(x: Pick<ArticleExtraction, 'entities'>): [RoleMention[], RoleMention[]] {
  const flat: RoleMention[] = [];
  const places: RoleMention[] = [];
  for (const e of x.entities)
    for (const m of e.mentions) {
      if (m.nested === true && e.type !== 'Place') continue;
      (m.nested === true ? places : flat).push({ start: m.start, end: m.end, entityId: e.id, type: e.type, sentence: m.sentence });
    }
  return [flat.sort(byPosition), places.sort(byPosition)];
}

/** Normalized name or alias → id of the article's organizations and places (a name two share maps to neither). */
export function organizationNames(x: Pick<ArticleExtraction, 'entities'>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const e of x.entities) {
    if (e.type === 'Person') continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = normalizeName(n);
      if (out.has(k) && out.get(k) !== e.id) shared.add(k);
      else out.set(k, e.id);
    }
  }
  for (const k of shared) out.delete(k);
  return out;
}

/** `holds_role:<person>|<normalized title>|<organization or ->`. */
export function roleId(person: string, normalizedTitle: string, org: string | null): string {
  return `holds_role:${person}|${normalizedTitle}|${org ?? '-'}`;
}

/**
 * A role the person holds elsewhere in `all` with an organization, or in a longer form (书记 of
 * 市委书记): a module function, as under tsx a named closure per article cost a __name call each.
 */
function covered(all: readonly ExtractedRelation[], r: ExtractedRelation): boolean {
  return all.some(
    (o) =>
      o !== r && o.source === r.source && o.normalizedTitle!.endsWith(r.normalizedTitle!) && (o.target !== null || o.normalizedTitle !== r.normalizedTitle),
  );
}

/**
 * The article's HOLDS_ROLE relations, then its typed relations from verbs (relations/). A title stated once with an organization and once without
 * (特斯拉CEO马斯克 … 马斯克CEO) is one role, the one with the organization. Both passes read `units`,
 * the text normalized one code unit at a time (normalizeEachUnit), which resolution has made already.
 */
export function extractRelations(
  x: Pick<ArticleExtraction, 'text' | 'sentences' | 'entities' | 'publishedAt' | 'datePrecision'>,
  units = normalizeEachUnit(x.text),
): ExtractedRelation[] {
  const date = localPublishedDate(x);
  const byId = new Map<string, ExtractedRelation>();
  const [mentions, nested] = flatAndNestedPlaces(x);
  for (const f of findRoles(x, mentions, nested, organizationNames(x), units)) {
    const normalizedTitle = normalizeTitle(f.title);
    const id = roleId(f.person, normalizedTitle, f.org);
    const seen = byId.get(id);
    if (seen !== undefined) {
      if (!seen.sentences.includes(f.sentence)) seen.sentences.push(f.sentence);
      continue;
    }
    const r: ExtractedRelation = {
      id,
      type: 'HOLDS_ROLE',
      source: f.person,
      target: f.org,
      title: f.written,
      normalizedTitle,
      sentence: f.sentence,
      start: f.start,
      end: f.end,
      sentences: [f.sentence],
    };
    if (date !== undefined) r.date = date;
    byId.set(id, r);
  }
  const all = [...byId.values()];
  // A title without an organization is dropped when the person holds it, or a longer form of it
  // (书记 of 市委书记), elsewhere in the article.
  const roles = all.filter((r) => r.target !== null || !covered(all, r)).map((r) => ({ ...r, sentences: r.sentences.sort((a, b) => a - b) }));
  return [...roles, ...verbRelations(x, mentions, nested, units)];
}
