// findStoredEntities against Neo4j: every alias of a large batch is found exactly (its phrases go to
// the full-text index in chunks of one disjunction each), and a form that only occurs inside an
// alias finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { findStoredEntities } from '../../../ingest/store/known-entities.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
// 300 people, each with two aliases: more phrases than one full-text query takes.
const people = Array.from({ length: 300 }, (_, i) => {
  const name = `测试人物${String(i).padStart(3, '0')}号`;
  return { id: `person:${name}`, name, type: 'Person', aliases: [`人物${i}甲`, `人物${i}乙`], nameEn: null };
});

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  await store.write('entities-lock-upsert', { rows: people });
});
afterAll(async () => {
  await store.close();
});

describe('findStoredEntities', () => {
  it('should find every entity of a batch by any of its aliases, beyond one full-text query', async () => {
    const forms = people.map((p, i) => p.aliases[i % 2]!).concat(['——']);
    const found = await findStoredEntities(store, { forms, ids: [] });
    expect(found.map((e) => e.id)).toEqual(people.map((p) => p.id).sort());
    expect(found[0]!.aliases).toEqual(['人物0乙', '人物0甲'].sort());
  });

  it('should find an entity by its name or id, and none by a part of an alias', async () => {
    const found = await findStoredEntities(store, { forms: [people[7]!.name, '人物1', '物2甲'], ids: [people[9]!.id] });
    expect(found.map((e) => e.id)).toEqual([people[7]!.id, people[9]!.id]);
  });
});
