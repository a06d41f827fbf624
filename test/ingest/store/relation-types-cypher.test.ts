// The statements that expand typed relationships name their types in the pattern (so Neo4j expands
// only those, never a hub's MENTIONS), which copies model.ts RELATION_TYPES: this keeps the copies
// equal to the model, so a type added there is not silently missing from the explorer or a merge.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../ingest/model.ts';
import { cypher } from '../../../ingest/store/cypher-registry.ts';

/** The relationship types of every `[r:A|B|…]` pattern listing more than one type. */
function typeUnions(statement: string): string[][] {
  return [...statement.matchAll(/\[\w*:([A-Z_]+(?:\|[A-Z_]+)+)\]/g)].map((m) => m[1]!.split('|').sort());
}

describe('typed relationship types written out in cypher/', () => {
  const typed = RELATION_TYPES.filter((t) => t !== 'HOLDS_ROLE').sort();

  it.each([['entity-detail'], ['relations-merge-into']])('should list exactly the typed relations but HOLDS_ROLE in %s', (name) => {
    const unions = typeUnions(cypher(name));
    expect(unions.length).toBeGreaterThan(0);
    for (const u of unions) expect(u).toEqual(typed);
  });

  it('should list every relation type, HOLDS_ROLE included, in relations-among', () => {
    expect(typeUnions(cypher('relations-among'))).toEqual([[...RELATION_TYPES].sort()]);
  });
});
