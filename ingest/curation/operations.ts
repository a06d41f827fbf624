// The analyst's curation operations, each one write transaction that takes the curation lock, reads
// the entities it names under their locks, checks the request against what it reads (so of two
// operators curating one entity at once, the second sees the first's result and is refused with a
// clear message when it no longer holds), changes the stored graph with the store's own statements
// (a merge is the writer's merge; a split moves mentions), records the Curation and sets on each
// entity it names what the plan (plan.ts) now says. Everything lands, or nothing.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { entityId } from '../extract/identity.ts';
import { ENTITY_TYPES, type EntityType } from '../model.ts';
import { pairKey, pairRows } from '../store/pair-key.ts';
import { runNamed, type Row, type Store } from '../store/client.ts';
import { aliasPhrase } from '../store/known-entities.ts';
import { noteRelation, noteRole, sumRelations, touchedRelations, type RelationKey, type RoleKey } from '../store/relation-statements.ts';
import { applyCuratedEntities, applyMerges } from '../store/write-articles.ts';
import { CurationError } from './errors.ts';
import {
  absorbedSurfaces,
  planFrom,
  recordFromRow,
  type CurationArgs,
  type CurationPlan,
  type CurationRecord,
  type EntityRef,
  type Operation,
} from './plan.ts';

export type { CurationRequest } from './records.ts';
import type { CurationRequest } from './records.ts';

export interface CurationMeta {
  who: string;
  why?: string;
  /** Set by import (the file's id and time); new ones otherwise. */
  id?: string;
  when?: string;
}

interface Locked extends EntityRef {
  mergedIds: string[];
  hidden: boolean;
}

interface SyncExtra {
  name?: string;
  type?: EntityType;
  dropAliases?: string[];
  dropMergedIds?: string[];
}

async function lockEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, Locked>> {
  const rows = await runNamed(tx, 'curation-lock-entities', { ids: [...new Set(ids)].sort() });
  return new Map(
    rows.map((r) => [
      r.id as string,
      {
        id: r.id as string,
        name: r.name as string,
        type: r.type as EntityType,
        aliases: r.aliases as string[],
        mergedIds: r.mergedIds as string[],
        hidden: r.hidden === true,
      },
    ]),
  );
}

function need(locked: Map<string, Locked>, id: string): Locked {
  const e = locked.get(id);
  if (!e)
    throw new CurationError(
      `curation: no entity ${id} (merged away or removed, maybe by a curation just now); run \`kg curate list\` and try again with its current id`,
      'conflict',
    );
  return e;
}

const ref = (e: Locked): EntityRef => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] });

/** Moves mentions and what they are the evidence of, then recounts co-mention lists, pairs, roles, relations, events and the two entities exactly. */
async function moveMentions(
  tx: ManagedTransaction,
  from: string,
  to: { id: string; name: string; type: EntityType },
  surfaces: readonly string[],
): Promise<void> {
  const [r] = await runNamed(tx, 'curation-move-mentions', { from, to, surfaces: [...surfaces] });
  const articles = (r?.articles as string[] | undefined) ?? [];
  // No mention moved: a target made just now goes again (the recount deletes an entity nothing names).
  if (articles.length === 0) return void (await runNamed(tx, 'entities-recount', { ids: [to.id] }));
  await runNamed(tx, 'names-comentions-recount', { ids: [...articles].sort() });
  // What the moved mentions are the evidence of follows them: roles, typed relations, event parts.
  const params = { from, to: to.id, articles: [...articles].sort() };
  const touched = touchedRelations();
  for (const row of await runNamed(tx, 'curation-move-roles', params)) for (const k of row.roles as unknown as RoleKey[]) noteRole(touched, k);
  for (const row of await runNamed(tx, 'curation-move-relations', params)) for (const k of row.relations as unknown as RelationKey[]) noteRelation(touched, k);
  await sumRelations(tx, touched);
  const events = [...new Set((await runNamed(tx, 'curation-move-events', params)).flatMap((row) => row.events as string[]))].sort();
  if (events.length > 0) await runNamed(tx, 'events-recount', { ids: events });
  const pairs = new Set<string>([pairKey(from, to.id)]);
  for (const z of (r!.entities as string[]) ?? []) for (const x of [from, to.id]) if (z !== x) pairs.add(pairKey(x, z));
  await runNamed(tx, 'comentions-sum-pairs', { pairs: pairRows(pairs) });
  await runNamed(tx, 'entities-recount', { ids: [from, to.id].sort() });
}

/** Sets on each named entity what the plan says, then lets curation win over the derived fields. */
async function sync(tx: ManagedTransaction, plan: CurationPlan, ids: readonly string[], extra: Map<string, SyncExtra> = new Map()): Promise<void> {
  const rows = [...new Set(ids)].sort().map((id) => {
    const x = extra.get(id) ?? {};
    return {
      id,
      curated: plan.curated.has(id) || plan.hidden.has(id),
      curatedName: plan.names.get(id) ?? null,
      curatedAliases: [...(plan.formerNames.get(id) ?? [])].sort(),
      curatedType: plan.types.get(id) ?? null,
      curationBlocked: [...new Set((plan.splits.get(id) ?? []).flatMap((r) => [...r.surfaces]))].sort(),
      hidden: plan.hidden.has(id),
      name: x.name ?? null,
      type: x.type ?? null,
      dropAliases: x.dropAliases ?? [],
      dropMergedIds: x.dropMergedIds ?? [],
    };
  });
  await runNamed(tx, 'curation-entity-sync', { rows });
  await applyCuratedEntities(tx, { ...plan, curated: new Set(ids) }, ids);
}

async function activePlan(tx: ManagedTransaction): Promise<CurationPlan> {
  return planFrom((await runNamed(tx, 'curation-active')).map(recordFromRow));
}

/** Checks and applies one request in the transaction; returns the arguments to record and the entities to sync. */
async function apply(
  tx: ManagedTransaction,
  req: CurationRequest,
  undone: CurationRecord | null,
): Promise<{ args: CurationArgs[Operation]; ids: string[]; extra?: Map<string, SyncExtra> }> {
  switch (req.operation) {
    case 'merge': {
      const ids = req.entities;
      if (ids.length < 2) throw new CurationError('curation/merge: name at least two entities: the one to keep, then those merged into it');
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup !== undefined) throw new CurationError(`curation/merge: ${dup} is named twice; an entity cannot be merged with itself`);
      const locked = await lockEntities(tx, ids);
      const all = ids.map((id) => need(locked, id));
      const hidden = all.find((e) => e.hidden);
      if (hidden) throw new CurationError(`curation/merge: ${hidden.id} (${hidden.name}) is hidden; unhide it first (kg curate unhide ${hidden.id})`);
      const [into, ...absorbed] = all as [Locked, ...Locked[]];
      const other = absorbed.find((e) => e.type !== into.type);
      if (other) throw new CurationError(`curation/merge: ${other.id} is a ${other.type}, ${into.id} a ${into.type}; retype one first (kg curate retype)`);
      const mergedIds = [...new Set(absorbed.flatMap((e) => [e.id, ...e.mergedIds]))].sort();
      await applyMerges(tx, [{ into: { id: into.id, name: into.name, type: into.type }, absorbed: absorbed.map((e) => e.id).sort(), mergedIds }]);
      return { args: { into: ref(into), absorbed: absorbed.map(ref) }, ids: [into.id] };
    }
    case 'split': {
      const aliases = [...new Set(req.aliases)];
      if (aliases.length === 0) throw new CurationError('curation/split: name at least one alias to split off (--alias NAME)');
      const locked = await lockEntities(tx, [req.entity]);
      const e = need(locked, req.entity);
      const missing = aliases.filter((a) => a === e.name || !e.aliases.includes(a));
      if (missing.length > 0) {
        throw new CurationError(
          `curation/split: ${missing.join(', ')} ${missing.length > 1 ? 'are not aliases' : 'is not an alias'} of ${e.id} (${e.name}); its aliases: ${e.aliases.join(', ') || 'none'}`,
        );
      }
      const target = { id: entityId(e.type, aliases[0]!), name: aliases[0]!, type: e.type };
      if ((await lockEntities(tx, [target.id])).size > 0) {
        throw new CurationError(
          `curation/split: an entity ${target.id} already exists; merge ${e.id} and ${target.id} differently, or split off another alias first`,
          'conflict',
        );
      }
      await moveMentions(tx, e.id, target, aliases);
      return { args: { entity: e.id, aliases, target, created: true }, ids: [e.id, target.id] };
    }
    case 'rename': {
      const name = req.name.trim();
      if (name === '') throw new CurationError('curation/rename: the new name is empty');
      const e = need(await lockEntities(tx, [req.entity]), req.entity);
      if (name === e.name) throw new CurationError(`curation/rename: ${e.id} is already named ${name}`);
      // Another entity of the type with that name or alias: the next ingest would join them.
      const phrase = aliasPhrase(name);
      const taken = (
        await runNamed(tx, 'entities-by-names', { forms: [name], phrases: phrase === null ? [] : [{ form: name, query: phrase }], ids: [] })
      ).filter((r) => r.id !== e.id && r.type === e.type);
      if (taken.length > 0) {
        throw new CurationError(
          `curation/rename: ${name} already names ${taken.map((r) => String(r.id)).join(', ')}; merge them instead (kg curate merge ${e.id} ${String(taken[0]!.id)})`,
        );
      }
      const plan = await activePlan(tx);
      if (plan.formerNames.get(e.id)?.has(name)) {
        throw new CurationError(`curation/rename: ${name} was the name of ${e.id} before a rename (a cycle); undo that rename instead (kg curate list)`);
      }
      return { args: { entity: e.id, name, previous: e.name }, ids: [e.id] };
    }
    case 'retype': {
      if (!ENTITY_TYPES.includes(req.type as EntityType))
        throw new CurationError(`curation/retype: type must be one of ${ENTITY_TYPES.join(', ')}, got ${req.type}`);
      const e = need(await lockEntities(tx, [req.entity]), req.entity);
      if (e.type === req.type) throw new CurationError(`curation/retype: ${e.id} is already a ${e.type}`);
      return { args: { entity: e.id, type: req.type as EntityType, previous: e.type }, ids: [e.id] };
    }
    case 'hide':
    case 'unhide': {
      const e = need(await lockEntities(tx, [req.entity]), req.entity);
      if (req.operation === 'hide' && e.hidden) throw new CurationError(`curation/hide: ${e.id} (${e.name}) is already hidden`);
      if (req.operation === 'unhide' && !e.hidden) throw new CurationError(`curation/unhide: ${e.id} (${e.name}) is not hidden`);
      return { args: { entity: e.id }, ids: [e.id] };
    }
    case 'undo':
      return undo(tx, req.curation, undone);
  }
}

async function undo(
  tx: ManagedTransaction,
  id: string,
  r: CurationRecord | null,
): Promise<{ args: CurationArgs['undo']; ids: string[]; extra?: Map<string, SyncExtra> }> {
  if (r === null) throw new CurationError(`curation/undo: no curation ${id}; kg curate list shows their ids`, 'not-found');
  if (r.operation === 'undo') throw new CurationError(`curation/undo: ${id} is itself an undo; an undo cannot be undone — apply the operation again instead`);
  if (r.undone) throw new CurationError(`curation/undo: ${id} is already undone`, 'conflict');
  const args = { curation: r.id, operation: r.operation, args: r.args } as CurationArgs['undo'];
  const extra = new Map<string, SyncExtra>();
  switch (r.operation) {
    case 'merge': {
      const a = r.args as CurationArgs['merge'];
      const into = need(await lockEntities(tx, [a.into.id, ...a.absorbed.map((b) => b.id)]), a.into.id);
      for (const b of a.absorbed) await moveMentions(tx, into.id, b, absorbedSurfaces(a.into, b));
      extra.set(into.id, { dropMergedIds: a.absorbed.map((b) => b.id) });
      return { args, ids: [into.id, ...a.absorbed.map((b) => b.id)], extra };
    }
    case 'split': {
      const a = r.args as CurationArgs['split'];
      const locked = await lockEntities(tx, [a.entity, a.target.id]);
      const e = need(locked, a.entity);
      if (locked.has(a.target.id))
        await moveMentions(tx, a.target.id, { id: e.id, name: e.name, type: e.type }, [a.target.name, ...locked.get(a.target.id)!.aliases]);
      return { args, ids: [e.id, a.target.id] };
    }
    case 'rename': {
      const a = r.args as CurationArgs['rename'];
      need(await lockEntities(tx, [a.entity]), a.entity);
      extra.set(a.entity, { name: a.previous, dropAliases: [a.name] });
      return { args, ids: [a.entity], extra };
    }
    case 'retype': {
      const a = r.args as CurationArgs['retype'];
      need(await lockEntities(tx, [a.entity]), a.entity);
      extra.set(a.entity, { type: a.previous });
      return { args, ids: [a.entity], extra };
    }
    case 'hide':
    case 'unhide': {
      const a = r.args as CurationArgs['hide'];
      need(await lockEntities(tx, [a.entity]), a.entity);
      return { args, ids: [a.entity] };
    }
  }
}

/** Applies one curation and records it; the record as stored. */
export async function curate(store: Store, req: CurationRequest, meta: CurationMeta): Promise<CurationRecord> {
  const who = meta.who.trim();
  if (who === '') throw new CurationError('curation: say who curates (--who, or the API caller)');
  const id = meta.id ?? `cur-${randomUUID().slice(0, 8)}`;
  const when = meta.when ?? new Date().toISOString();
  return store.writeTx(async (tx) => {
    const [lock] = await runNamed(tx, 'curation-lock', { undo: req.operation === 'undo' ? req.curation : null });
    const undone = req.operation === 'undo' && lock?.id !== null && lock !== undefined ? recordFromRow(lock as Row) : null;
    const { args, ids, extra } = await apply(tx, req, undone);
    const [rec] = await runNamed(tx, 'curation-record', { id, operation: req.operation, arguments: JSON.stringify(args), who, when, why: meta.why ?? '' });
    if (undone) await runNamed(tx, 'curation-mark-undone', { id: undone.id, by: id });
    await sync(tx, await activePlan(tx), ids, extra);
    return { id, seq: Number(rec!.seq), operation: req.operation, args, who, when, why: meta.why ?? '', undone: false };
  });
}

/** Every curation record, oldest first. */
export async function listCurations(store: Store): Promise<CurationRecord[]> {
  return (await store.read('curation-list')).map(recordFromRow);
}
