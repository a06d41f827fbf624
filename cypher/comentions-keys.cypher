// Gives the co-mentions of a database written before schema version 5 their pair key (the ids of
// both ends in order, joined by U+001F, as store/pair-key.ts writes it), once: nothing is read after
// comentions-keys-done.cypher marks the database. In transactions of 10,000, so a large store does
// not hold them all in one; run as an auto-commit statement (ingest/store/schema.ts).
MATCH (v:SchemaVersion {id: 'schema'})
WHERE v.coMentionKeys IS NULL
MATCH (x:Entity)-[r:CO_MENTIONED]->(y:Entity)
WHERE r.pair IS NULL
CALL {
  WITH x, r, y
  SET r.pair = CASE WHEN x.id < y.id THEN x.id + '\u001f' + y.id ELSE y.id + '\u001f' + x.id END
} IN TRANSACTIONS OF 10000 ROWS
