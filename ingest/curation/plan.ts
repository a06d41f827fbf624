// The curation plan (pure): the active Curation records (operations.ts writes them, oldest first)
// folded into the rules every write obeys, and the rewrite of one resolved article by those rules.
// The store applies it to each article it writes (store/write-articles.ts), so a re-ingest of an old
// article and a new article naming a curated entity both land as the analyst decided:
//   merge   the absorbed ids become the survivor's;
//   split   the entity's mentions written as one of the split aliases go to the split-off entity;
//   rename  the entity keeps the curated name, the name it had stays an alias;
//   retype  the entity keeps the curated type;
//   hide    nothing to rewrite: the entity is written as ever and stays hidden (the flag is the node's).
// Undoing a merge leaves a split rule behind (the absorbed names go back to the absorbed id).
import { coMentions } from '../extract/co-mentions.ts';
import { relationId as typedRelationId } from '../extract/relations/typed-relations.ts';
import { roleId } from '../extract/roles/relations.ts';
import type { ArticleExtraction, EntityType, ExtractedEntity, ExtractedRelation, Mention } from '../model.ts';
import { normalizeEachUnit } from '../parse/normalize.ts';

export { OPERATIONS, type CurationArgs, type CurationRecord, type EntityRef, type Operation } from './records.ts';
import type { CurationArgs, CurationRecord, EntityRef, Operation } from './records.ts';

export interface SplitRule {
  surfaces: Set<string>;
  target: { id: string; name: string; type: EntityType };
}

export interface CurationPlan {
  redirect: Map<string, string>;
  splits: Map<string, SplitRule[]>;
  names: Map<string, string>;
  /** Names an entity had before a rename: kept as aliases. */
  formerNames: Map<string, Set<string>>;
  types: Map<string, EntityType>;
  hidden: Set<string>;
  /** Every entity a rule names (pinned: resolution keeps its id, never merges it away). */
  curated: Set<string>;
}

export function emptyPlan(): CurationPlan {
  return { redirect: new Map(), splits: new Map(), names: new Map(), formerNames: new Map(), types: new Map(), hidden: new Set(), curated: new Set() };
}

/** The id an id ends at after every merge. */
export function follow(plan: CurationPlan, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (plan.redirect.has(at) && !seen.has(at)) {
    seen.add(at);
    at = plan.redirect.get(at)!;
  }
  return at;
}

function addSplit(plan: CurationPlan, entity: string, surfaces: readonly string[], target: SplitRule['target']): void {
  const rules = plan.splits.get(entity) ?? plan.splits.set(entity, []).get(entity)!;
  rules.push({ surfaces: new Set(surfaces), target });
  plan.curated.add(entity).add(target.id);
}

/** Folds active records (in `seq` order) into the plan. Undone records and undo records of a split, rename, retype or hide add nothing. */
export function planFrom(records: readonly CurationRecord[]): CurationPlan {
  const plan = emptyPlan();
  for (const r of [...records].sort((a, b) => a.seq - b.seq)) {
    if (r.undone) continue;
    switch (r.operation) {
      case 'merge': {
        const a = r.args as CurationArgs['merge'];
        plan.curated.add(a.into.id);
        for (const b of a.absorbed) {
          plan.redirect.set(b.id, a.into.id);
          // A merge after an undone merge joins them again: the undo's split rule goes.
          const rules = plan.splits.get(a.into.id);
          if (rules)
            plan.splits.set(
              a.into.id,
              rules.filter((x) => x.target.id !== b.id),
            );
        }
        break;
      }
      case 'split': {
        const a = r.args as CurationArgs['split'];
        addSplit(plan, a.entity, a.aliases, a.target);
        break;
      }
      case 'rename': {
        const a = r.args as CurationArgs['rename'];
        plan.names.set(a.entity, a.name);
        const former = plan.formerNames.get(a.entity) ?? plan.formerNames.set(a.entity, new Set()).get(a.entity)!;
        former.add(a.previous);
        former.delete(a.name);
        plan.curated.add(a.entity);
        break;
      }
      case 'retype': {
        const a = r.args as CurationArgs['retype'];
        plan.types.set(a.entity, a.type);
        plan.curated.add(a.entity);
        break;
      }
      case 'hide':
        plan.hidden.add((r.args as CurationArgs['hide']).entity);
        break;
      case 'unhide':
        plan.hidden.delete((r.args as CurationArgs['unhide']).entity);
        break;
      case 'undo': {
        const a = r.args as CurationArgs['undo'];
        if (a.operation === 'merge') {
          const m = a.args as CurationArgs['merge'];
          for (const b of m.absorbed) {
            plan.redirect.delete(b.id);
            addSplit(plan, m.into.id, absorbedSurfaces(m.into, b), { id: b.id, name: b.name, type: b.type });
          }
        }
        break;
      }
    }
  }
  // Chains of merges (A into B, later B into C) point straight at their end, so a write follows each id in one step.
  for (const id of [...plan.redirect.keys()]) {
    const end = follow(plan, id);
    if (end === id) plan.redirect.delete(id);
    else plan.redirect.set(id, end);
  }
  return plan;
}

/** The forms an undone merge gives back to the absorbed entity: its names the survivor did not have itself. */
export function absorbedSurfaces(into: EntityRef, absorbed: EntityRef): string[] {
  const own = new Set([into.name, ...into.aliases]);
  return [...new Set([absorbed.name, ...absorbed.aliases])].filter((x) => !own.has(x)).sort();
}

/** Whether the plan can change an article naming these ids (a cheap test before the rewrite). */
function touches(plan: CurationPlan, x: ArticleExtraction): boolean {
  return x.entities.some((e) => plan.redirect.has(e.id) || plan.splits.has(e.id) || plan.names.has(e.id) || plan.types.has(e.id) || plan.formerNames.has(e.id));
}

const byStart = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;

function relationId(r: ExtractedRelation): string {
  if (r.type === 'HOLDS_ROLE') return roleId(r.source, r.normalizedTitle ?? '', r.target);
  return typedRelationId(r.type, r.source, r.target ?? '-', r.date);
}

/** The curated name, type and former names of one entity whose id and mentions stay as they are. */
function named(plan: CurationPlan, e: ExtractedEntity): ExtractedEntity {
  const name = plan.names.get(e.id);
  const type = plan.types.get(e.id);
  const former = plan.formerNames.get(e.id);
  if (name === undefined && type === undefined && former === undefined) return e;
  const next = name ?? e.name;
  const aliases = [...new Set([e.name, ...e.aliases, ...(former ?? [])])].filter((a) => a !== next).sort();
  return { ...e, name: next, type: type ?? e.type, aliases };
}

/**
 * The article as the plan says it is written; the same object when no rule touches it. Linear in
 * its mentions: an article whose ids no merge or split changes only takes curated names and types.
 * A split moves the mentions written as its aliases, and with them what those mentions are the
 * evidence of: a typed relation or role whose stated span names the entity only by moved mentions
 * (else whose sentences do), and an event participation whose sentences do.
 */
export function curateExtraction(x: ArticleExtraction, plan: CurationPlan): ArticleExtraction {
  if (!touches(plan, x)) return x;
  if (!x.entities.some((e) => plan.redirect.has(e.id) || plan.splits.has(follow(plan, e.id)))) {
    return { ...x, entities: x.entities.map((e) => named(plan, e)) };
  }
  const normalized = new Map<string, string>();
  const matches = (surfaces: Set<string>, surface: string): boolean => {
    if (surfaces.has(surface)) return true;
    let n = normalized.get(surface);
    if (n === undefined) normalized.set(surface, (n = normalizeEachUnit(surface)));
    return surfaces.has(n);
  };
  const out = new Map<string, ExtractedEntity>();
  const put = (id: string, base: ExtractedEntity | SplitRule['target'], aliases: Iterable<string>, mentions: readonly Mention[], confidence?: number) => {
    let e = out.get(id);
    if (!e) {
      e = { id, name: base.name, type: base.type, aliases: [], mentions: [] };
      const nameEn = 'nameEn' in base ? base.nameEn : undefined;
      if (nameEn !== undefined) e.nameEn = nameEn;
      out.set(id, e);
    } else if ('nameEn' in base && base.nameEn !== undefined && (e.nameEn === undefined || base.nameEn < e.nameEn)) e.nameEn = base.nameEn;
    if (confidence !== undefined && (e.confidence === undefined || confidence > e.confidence)) e.confidence = confidence;
    for (const a of aliases) e.aliases.push(a);
    for (const m of mentions) e.mentions.push(m);
  };
  // Where each mention of an entity (by the id it has after merges) went: its own id, or a split's target.
  const owners = new Map<string, { m: Mention; owner: string }[]>();
  // The entity that kept its own id names the set; one merged in offers its name as an alias.
  const ordered = [...x.entities.filter((e) => !plan.redirect.has(e.id)), ...x.entities.filter((e) => plan.redirect.has(e.id))];
  for (const e of ordered) {
    const id = follow(plan, e.id);
    const rules = plan.splits.get(id);
    const seen = owners.get(id) ?? owners.set(id, []).get(id)!;
    if (!rules) {
      for (const m of e.mentions) seen.push({ m, owner: id });
      put(id, e, [e.name, ...e.aliases], e.mentions, e.confidence);
      continue;
    }
    const kept: Mention[] = [];
    const moved = new Map<SplitRule, Mention[]>();
    for (const m of e.mentions) {
      const surface = x.text.slice(m.start, m.end);
      const rule = rules.find((r) => matches(r.surfaces, surface));
      seen.push({ m, owner: rule ? rule.target.id : id });
      if (!rule) kept.push(m);
      else (moved.get(rule) ?? moved.set(rule, []).get(rule)!).push(m);
    }
    for (const [rule, ms] of moved)
      put(
        rule.target.id,
        rule.target,
        ms.map((m) => x.text.slice(m.start, m.end)),
        ms,
        e.confidence,
      );
    const blocked = new Set(rules.flatMap((r) => [...r.surfaces]));
    // An author (no mentions) is kept as it is; an entity all of whose mentions moved is gone.
    if (kept.length > 0 || e.mentions.length === 0)
      put(
        id,
        e,
        [e.name, ...e.aliases].filter((a) => !blocked.has(a)),
        kept,
        e.confidence,
      );
  }
  const entities = [...out.values()].map((e) => {
    const name = plan.names.get(e.id) ?? e.name;
    const former = plan.formerNames.get(e.id) ?? new Set<string>();
    const seen = new Set<string>();
    const mentions = [...e.mentions].sort(byStart).filter((m) => {
      const k = `${m.start}:${m.end}`;
      return !seen.has(k) && seen.add(k) !== undefined;
    });
    const aliases = [...new Set([...e.aliases, ...former])].filter((a) => a !== name).sort();
    return { ...e, name, type: plan.types.get(e.id) ?? e.type, aliases, mentions };
  });
  const kept = new Set(entities.map((e) => e.id));
  /**
   * The id an entity of the article is written under here: merges followed, then, for an entity a
   * split divides, the split's target when the evidence (a span, else sentences) names it only by
   * mentions that moved there.
   */
  const remap = (id: string, span: { start: number; end: number } | null, sentences: readonly number[]): string => {
    const at = follow(plan, id);
    if (!plan.splits.has(at)) return at;
    const mine = owners.get(at) ?? [];
    const one = (xs: { owner: string }[]): string | null => {
      const set = new Set(xs.map((o) => o.owner));
      return set.size === 1 ? [...set][0]! : null;
    };
    const inSpan = span === null ? [] : mine.filter(({ m }) => m.start >= span.start && m.end <= span.end);
    const bySpan = one(inSpan);
    if (bySpan !== null) return bySpan;
    if (inSpan.length > 0) return at;
    const inSentences = new Set(sentences);
    return one(mine.filter(({ m }) => inSentences.has(m.sentence))) ?? at;
  };
  const events = x.events.map((ev) => {
    const sentences = [...new Set(ev.mentions.map((m) => m.sentence))];
    const next = { ...ev, participants: [...new Set(ev.participants.map((p) => remap(p, null, sentences)))].filter((p) => kept.has(p)) };
    if (ev.place !== undefined) {
      const place = remap(ev.place, null, sentences);
      if (kept.has(place)) next.place = place;
      else delete next.place;
    }
    return next;
  });
  const sentenceMentions = entities.flatMap((e) => e.mentions.map((m) => ({ entityId: e.id, sentence: m.sentence, start: m.start })));
  sentenceMentions.sort((a, b) => a.start - b.start);
  const result: ArticleExtraction = { ...x, entities, events, coMentions: coMentions(sentenceMentions) };
  if (x.authors !== undefined) result.authors = [...new Set(x.authors.map((a) => follow(plan, a)))].filter((a) => kept.has(a));
  if (x.relations !== undefined) {
    const relations = new Map<string, ExtractedRelation>();
    for (const r of x.relations) {
      const span = { start: r.start, end: r.end };
      const source = remap(r.source, span, r.sentences);
      const target = r.target === null ? null : remap(r.target, span, r.sentences);
      if (source === target || !kept.has(source) || (target !== null && !kept.has(target))) continue;
      const next = { ...r, source, target };
      next.id = relationId(next);
      const seen = relations.get(next.id);
      if (seen) seen.sentences = [...new Set([...seen.sentences, ...next.sentences])].sort((a, b) => a - b);
      else relations.set(next.id, next);
    }
    result.relations = [...relations.values()];
  }
  return result;
}

/** A Curation node's row (curation-active.cypher, curation-list.cypher) as a record. */
export function recordFromRow(r: Record<string, unknown>): CurationRecord {
  return {
    id: String(r.id),
    seq: Number(r.seq),
    operation: r.operation as Operation,
    args: JSON.parse(String(r.arguments)) as CurationArgs[Operation],
    who: String(r.who),
    when: String(r.when),
    why: String(r.why ?? ''),
    undone: r.undone === true,
  };
}
