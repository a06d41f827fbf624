import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import { applySchema, SCHEMA_VERSION } from '../../../ingest/store/schema.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

async function schemaSnapshot(): Promise<string[]> {
  const s = store.driver.session();
  try {
    const constraints = await s.run('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties');
    const indexes = await s.run('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    return [...constraints.records, ...indexes.records].map((r) => JSON.stringify(r.toObject())).sort();
  } finally {
    await s.close();
  }
}

describe('schema', () => {
  it('should apply twice without error and leave the same constraints and indexes', async () => {
    const before = await schemaSnapshot();
    await applySchema(store);
    await applySchema(store);
    expect(await schemaSnapshot()).toEqual(before);
    const [row] = await readFixture(store, 'schema-version');
    expect(row).toMatchObject({ version: SCHEMA_VERSION, count: 1 });
  });

  it('should refuse a second article with the same id', async () => {
    await store.writeTx((tx) => tx.run("CREATE (:Article {id: 'a1'})"));
    await expect(store.writeTx((tx) => tx.run("CREATE (:Article {id: 'a1'})"))).rejects.toThrow(/already exists/);
  });

  it('should have a full-text index that finds Chinese names', async () => {
    await store.writeTx((tx) =>
      tx.run("CREATE (:Entity:Person {id: 'person:马斯克', name: '马斯克', aliasText: ' 埃隆•马斯克 Elon Musk', nameEn: 'Elon Musk'})"),
    );
    const s = store.driver.session();
    try {
      const zh = await s.run("CALL db.index.fulltext.queryNodes('entity_names', '马斯克') YIELD node RETURN node.id AS id");
      const en = await s.run("CALL db.index.fulltext.queryNodes('entity_names', 'musk') YIELD node RETURN node.id AS id");
      expect(zh.records.map((r) => r.get('id'))).toContain('person:马斯克');
      expect(en.records.map((r) => r.get('id'))).toContain('person:马斯克');
    } finally {
      await s.close();
    }
  });
});
