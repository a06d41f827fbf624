// Roles and typed relations (issue 16) in the writer's transaction, one path for both: an article's
// statements are removed when it changes and written with its new contribution, follow its entities
// when stored entities merge (before known-entities.ts merges them), and every aggregate they touched
// is re-summed from the stored statements at the end, so HOLDS_ROLE and the typed relationships
// (VISITS, MEETS …) stay exact in any order. Roles keep their own statements (STATES_ROLE, keyed by
// normalized title, organization optional); the other types share STATES_RELATION.
import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationRow, RoleRow } from './article-rows.ts';
import { runNamed } from './client.ts';
import type { EntityMergeRow } from './known-entities.ts';

/** A HOLDS_ROLE edge: person, organization (null: a title with none, which has no edge) and normalized title. */
export interface RoleKey {
  personId: string;
  orgId: string | null;
  normalizedTitle: string;
}

/** A typed relationship (source)-[:type]->(target). */
export interface RelationKey {
  type: string;
  sourceId: string;
  targetId: string;
}

/** The aggregates a transaction touched, to re-sum at its end. */
export interface TouchedRelations {
  roles: Map<string, RoleKey>;
  relations: Map<string, RelationKey>;
}

export function touchedRelations(): TouchedRelations {
  return { roles: new Map(), relations: new Map() };
}

/** Notes a role whose edge must be re-summed; a title with no organization has no edge. */
export function noteRole(touched: TouchedRelations, k: RoleKey): void {
  if (k.orgId !== null)
    touched.roles.set(`${k.personId}\u0000${k.orgId}\u0000${k.normalizedTitle}`, { personId: k.personId, orgId: k.orgId, normalizedTitle: k.normalizedTitle });
}

export function noteRelation(touched: TouchedRelations, k: RelationKey): void {
  touched.relations.set(`${k.type}\u0000${k.sourceId}\u0000${k.targetId}`, { type: k.type, sourceId: k.sourceId, targetId: k.targetId });
}

/** Moves the role and relation statements of every absorbed entity to its survivor; notes what to re-sum. */
export async function mergeRelations(tx: ManagedTransaction, merges: readonly EntityMergeRow[], touched: TouchedRelations): Promise<void> {
  for (const m of [...merges].sort((a, b) => (a.into.id < b.into.id ? -1 : 1))) {
    for (const absorbed of [...m.absorbed].sort()) {
      for (const r of await runNamed(tx, 'roles-merge-into', { into: m.into.id, absorbed }))
        for (const k of r.roles as unknown as (RoleKey | null)[]) if (k !== null) noteRole(touched, k);
      for (const r of await runNamed(tx, 'relations-merge-into', { into: m.into.id, absorbed }))
        for (const k of r.relations as unknown as (RelationKey | null)[]) if (k !== null) noteRelation(touched, k);
    }
  }
}

/** Removes changed articles' statements, noting the aggregates they stated. */
export async function removeRelations(tx: ManagedTransaction, articleIds: readonly string[], touched: TouchedRelations): Promise<void> {
  for (const r of await runNamed(tx, 'roles-remove', { ids: articleIds })) for (const k of r.roles as unknown as RoleKey[]) noteRole(touched, k);
  for (const r of await runNamed(tx, 'relations-remove', { ids: articleIds }))
    for (const k of r.relations as unknown as RelationKey[]) noteRelation(touched, k);
}

/** Writes articles' statements (their entities and sentences are written), noting the aggregates to sum. */
export async function writeRelations(
  tx: ManagedTransaction,
  roles: readonly RoleRow[],
  relations: readonly RelationRow[],
  touched: TouchedRelations,
): Promise<void> {
  if (roles.length > 0) await runNamed(tx, 'roles-write', { rows: roles });
  for (const r of roles) noteRole(touched, r);
  if (relations.length > 0) await runNamed(tx, 'relations-write', { rows: relations });
  for (const r of relations) noteRelation(touched, r);
}

const byKey = <T>(m: Map<string, T>): T[] => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);

/** Re-sums the HOLDS_ROLE edges and typed relationships touched, from the stored statements. */
export async function sumRelations(tx: ManagedTransaction, touched: TouchedRelations): Promise<void> {
  if (touched.roles.size > 0) await runNamed(tx, 'roles-sum', { roles: byKey(touched.roles) });
  if (touched.relations.size > 0) await runNamed(tx, 'relations-sum', { relations: byKey(touched.relations) });
}
