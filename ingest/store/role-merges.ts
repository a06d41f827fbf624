// Roles when stored entities merge (issue 16 with 15.2): before known-entities.ts merges an entity
// into another, the role statements naming it follow it (cypher/roles-merge-into.cypher), and the
// roles they state are re-summed after (roles-sum.cypher), so HOLDS_ROLE stays exact.
import type { ManagedTransaction } from 'neo4j-driver';
import { runNamed } from './client.ts';
import type { EntityMergeRow } from './known-entities.ts';

/** A HOLDS_ROLE edge: person, organization (null: a title with none, which has no edge) and normalized title. */
export interface RoleKey {
  personId: string;
  orgId: string | null;
  normalizedTitle: string;
}

/** Notes a role whose edge must be re-summed; a title with no organization has no edge. */
export function noteRole(roles: Map<string, RoleKey>, k: RoleKey): void {
  if (k.orgId !== null)
    roles.set(`${k.personId}\u0000${k.orgId}\u0000${k.normalizedTitle}`, { personId: k.personId, orgId: k.orgId, normalizedTitle: k.normalizedTitle });
}

/** Moves the role statements of every absorbed entity to its survivor; notes the roles to re-sum. */
export async function mergeRoles(tx: ManagedTransaction, merges: readonly EntityMergeRow[], roles: Map<string, RoleKey>): Promise<void> {
  for (const m of [...merges].sort((a, b) => (a.into.id < b.into.id ? -1 : 1))) {
    for (const absorbed of [...m.absorbed].sort()) {
      for (const r of await runNamed(tx, 'roles-merge-into', { into: m.into.id, absorbed }))
        for (const k of r.roles as unknown as (RoleKey | null)[]) if (k !== null) noteRole(roles, k);
    }
  }
}

/** Re-sums the HOLDS_ROLE edges of `roles` from the stored statements. */
export async function sumRoles(tx: ManagedTransaction, roles: Map<string, RoleKey>): Promise<void> {
  if (roles.size > 0) await runNamed(tx, 'roles-sum', { roles: [...roles.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, k]) => k) });
}
