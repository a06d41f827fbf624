// Identity: turn accepted spans into entities, one per real thing. The canonical name is the short
// common form (马斯克, not 埃隆•马斯克); the alias file, rules (中 → 中国) and bracket links decide
// it; the id is `<type>:<canonical>` so the same person in two articles is one node.
import type { EntityType, ExtractedEntity, Mention } from '../model.ts';
import { MIDDLE_DOT, normalizeName } from '../parse/normalize.ts';
import type { Dictionaries } from './dictionaries.ts';
import type { EnglishName } from './rules/parentheses.ts';
import { COUNTRY_ABBREVIATIONS } from './rules/place-rules.ts';
import { ORIGIN_PRIORITY, type Candidate } from './span.ts';
import { stableSort } from './stable-sort.ts';

const ID_PREFIX: Record<EntityType, string> = { Person: 'person:', Organization: 'organization:', Place: 'place:' };

/**
 * A mention with its optional fields present (undefined until set), so that every mention has one
 * shape: resolution reads every mention of an article in each of its passes.
 */
export function mentionAt(start: number, end: number, sentence: number): Mention {
  return { start, end, sentence, nested: undefined, confidence: undefined };
}

export function entityId(type: EntityType, canonical: string): string {
  return `${ID_PREFIX[type]}${canonical}`;
}

/** Canonical name of a surface form, following the alias file and the dotted-name convention. */
export function canonicalName(surface: string, type: EntityType, dicts: Dictionaries, hint?: string): string {
  const form = hint ?? surface;
  // 中 (in 中外, 中日) is China: single-character country abbreviations name the country.
  if (type === 'Place' && form.length === 1 && COUNTRY_ABBREVIATIONS[form] !== undefined) return COUNTRY_ABBREVIATIONS[form];
  const viaFile = dicts.aliases.get(form);
  if (viaFile !== undefined) return viaFile.canonical;
  if (type === 'Person' && form.includes(MIDDLE_DOT)) {
    const last = form.slice(form.lastIndexOf(MIDDLE_DOT) + 1);
    if (last.length >= 2) return dicts.aliases.get(last)?.canonical ?? last;
  }
  return form;
}

/**
 * Last names that two or more different dotted full names of the article end in (埃隆•马斯克,
 * 金博尔•马斯克), mapped to the full name that comes first; the alias file overrides.
 */
function sharedLastNames(accepted: readonly Candidate[], dicts: Dictionaries): Map<string, string> {
  const fullNames = new Map<string, string[]>();
  // Only dotted person names matter: sorting them alone keeps their order and skips the rest.
  const inOrder = stableSort(
    accepted.filter((c) => c.type === 'Person' && c.text.includes(MIDDLE_DOT)),
    (a, b) => a.start - b.start,
  );
  for (const c of inOrder) {
    if (dicts.aliases.get(c.text) !== undefined) continue;
    const last = canonicalName(c.text, 'Person', dicts);
    if (last === c.text) continue;
    const names = fullNames.get(last) ?? fullNames.set(last, []).get(last)!;
    if (!names.includes(c.text)) names.push(c.text);
  }
  const shared = new Map<string, string>();
  for (const [last, names] of fullNames) if (names.length >= 2) shared.set(last, names[0]!);
  return shared;
}

/** Canonical names of the article's undotted person mentions (马斯克 said on its own). */
function standaloneNames(accepted: readonly Candidate[], canonicals: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    if (c.type === 'Person' && !c.text.includes(MIDDLE_DOT)) out.add(canonicals[k]!);
  }
  return out;
}

/**
 * 上海超级工厂 after 特斯拉上海超级工厂 in one article: an organization named once with its owner's
 * name in front and once without is one organization. Maps the short canonical name to the long one
 * when the long one is another organization of the article (or a listed one) plus the short one.
 */
function ownerOrganizations(accepted: readonly Candidate[], canonicals: readonly string[], dicts: Dictionaries): Map<string, string> {
  const names = new Set<string>();
  for (let k = 0; k < accepted.length; k++) if (accepted[k]!.type === 'Organization') names.add(canonicals[k]!);
  const out = new Map<string, string>();
  if (names.size < 2) return out;
  // Each name's own suffixes are looked up, not every pair of names: linear in the names' length.
  for (const long of names) {
    for (let cut = 1; long.length - cut >= 4; cut++) {
      const short = long.slice(cut);
      if (!names.has(short)) continue;
      const owner = long.slice(0, cut);
      const listed = dicts.lexicon.get(owner);
      if (names.has(owner) || (listed !== undefined && listed.type === 'Organization')) out.set(short, long);
    }
  }
  return out;
}

export interface ResolvedMention {
  candidate: Candidate;
  entityId: string;
  /** Offsets and sentence in the caller's coordinates (the original text). */
  mention: Mention;
}

interface Group {
  canonical: string;
  /** The types voted for, in the order of their first vote, and their votes (at most three). */
  voteTypes: EntityType[];
  votes: number[];
  /** Other surface forms, made on the first one (most groups have none). */
  forms: Set<string> | undefined;
  nameEn: string | undefined;
  /** The group's candidates and, index for index, their mentions. */
  candidates: Candidate[];
  mentions: Mention[];
}

function vote(g: Group, type: EntityType, weight: number): void {
  const k = g.voteTypes.indexOf(type);
  if (k >= 0) g.votes[k]! += weight;
  else {
    g.voteTypes.push(type);
    g.votes.push(weight);
  }
}

/** The type with the most votes; on a tie the one voted for first. */
function mostVoted(g: Group): EntityType {
  let best: EntityType | undefined;
  let most = -Infinity;
  for (let k = 0; k < g.votes.length; k++) {
    if (g.votes[k]! > most) {
      best = g.voteTypes[k];
      most = g.votes[k]!;
    }
  }
  return best!;
}

/** The group of `canonical`, made on first use (module-level: tsx names every closure per call). */
function groupOf(groups: Map<string, Group>, canonical: string): Group {
  let g = groups.get(canonical);
  if (!g) {
    g = { canonical, voteTypes: [], votes: [], forms: undefined, nameEn: undefined, candidates: [], mentions: [] };
    groups.set(canonical, g);
  }
  return g;
}

/**
 * Group mentions by canonical name. `toMention` maps a normalized span to the original text
 * and its sentence. Returns the entities and, per candidate, the entity id it resolved to.
 */
export function buildEntities(
  accepted: readonly Candidate[],
  dicts: Dictionaries,
  englishNames: readonly EnglishName[],
  toMention: (c: Candidate) => Mention,
  authors: readonly string[] = [],
): { entities: ExtractedEntity[]; resolved: ResolvedMention[] } {
  const groups = new Map<string, Group>();
  const englishByEnd = new Map(englishNames.map((e) => [e.after, e.nameEn]));
  // Each candidate's canonical name once: ownerOrganizations needs the organizations' too.
  const canonicals = accepted.map((c) => canonicalName(c.text, c.type, dicts, c.canonical));
  const shared = sharedLastNames(accepted, dicts);
  const standalone = standaloneNames(accepted, canonicals);
  const longer = ownerOrganizations(accepted, canonicals, dicts);
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    let canonical = canonicals[k]!;
    if (c.type === 'Organization') canonical = longer.get(canonical) ?? canonical;
    // 埃隆•马斯克 and later 金博尔•马斯克 in one article are two people: the one introduced first
    // keeps the short name (and the bare 马斯克 mentions), the others their full names.
    const owner = shared.get(canonical);
    if (owner !== undefined && c.text !== owner && c.text.includes(MIDDLE_DOT) && dicts.aliases.get(c.text) === undefined) canonical = c.text;
    // 通伦•西苏里 is never called 西苏里 alone (Lao and Thai names go by the first part): a last
    // part the article never uses on its own would be a cut name, so the full name stays canonical
    // and the last part an alias, which still links 马斯克 of another article to 埃隆•马斯克.
    let shortForm: string | undefined;
    if (
      c.type === 'Person' &&
      canonical !== c.text &&
      c.text.includes(MIDDLE_DOT) &&
      c.canonical === undefined &&
      dicts.aliases.get(c.text) === undefined &&
      !standalone.has(canonical)
    ) {
      shortForm = canonical;
      canonical = c.text;
    }
    const weight = ORIGIN_PRIORITY[c.origin] * 10 + 1;
    let g = groups.get(canonical);
    if (g === undefined) {
      // A new group's arrays are made holding their first element: pushing onto [] allocates room
      // for 17, and most groups end with one or two mentions.
      g = { canonical, voteTypes: [c.type], votes: [weight], forms: undefined, nameEn: undefined, candidates: [c], mentions: [toMention(c)] };
      groups.set(canonical, g);
    } else {
      vote(g, c.type, weight);
      g.candidates.push(c);
      g.mentions.push(toMention(c));
    }
    if (shortForm !== undefined) (g.forms ??= new Set()).add(shortForm);
    if (c.text !== canonical && c.canonical === undefined) (g.forms ??= new Set()).add(c.text);
    else if (c.canonical !== undefined && c.text.length > 1 && c.text !== canonical) (g.forms ??= new Set()).add(c.text);
    // The first English name found stays: the lookups are for groups that have none yet.
    if (g.nameEn === undefined) {
      const en = englishByEnd.get(c.end) ?? c.nameEn ?? dicts.aliases.get(canonical)?.nameEn;
      if (en !== undefined) g.nameEn = en;
    }
  }
  for (const author of authors) {
    const name = normalizeName(author);
    if (name === '') continue;
    const g = groupOf(groups, canonicalName(name, 'Person', dicts));
    vote(g, 'Person', 1000);
    if (name !== g.canonical) (g.forms ??= new Set()).add(name);
  }
  const entities: ExtractedEntity[] = [];
  const resolved: ResolvedMention[] = [];
  for (const g of groups.values()) {
    const type = mostVoted(g);
    const id = entityId(type, g.canonical);
    const fileEntry = dicts.aliases.get(g.canonical);
    let aliases = g.forms; // the group is done with: its forms become the aliases
    if (fileEntry && fileEntry.type === type) for (const a of fileEntry.aliases) (aliases ??= new Set()).add(a);
    if (g.nameEn !== undefined) (aliases ??= new Set()).add(g.nameEn);
    aliases?.delete(g.canonical);
    // The group's own array of mentions becomes the entity's: the group is done with.
    const entity: ExtractedEntity = { id, name: g.canonical, type, aliases: aliases === undefined ? [] : [...aliases], mentions: g.mentions };
    if (g.nameEn !== undefined) entity.nameEn = g.nameEn;
    entities.push(entity);
    for (let k = 0; k < g.candidates.length; k++) resolved.push({ candidate: g.candidates[k]!, entityId: id, mention: g.mentions[k]! });
  }
  stableSort(resolved, (a, b) => a.mention.start - b.mention.start);
  return { entities, resolved };
}
