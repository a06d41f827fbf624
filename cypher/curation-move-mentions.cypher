// Moves the mentions of $from written as one of $surfaces to the entity $to (created when new, of
// $to.type): the sentences' MENTIONS, and per article the count, aliases and confidence on NAMES (a NAMES left
// with no mention goes). A split (ingest/curation) and the undo of a merge or a split. Returns the
// articles whose NAMES changed (their co-mention lists are recounted) and every entity they name.
MATCH (f:Entity {id: $from})
MERGE (t:Entity {id: $to.id})
ON CREATE SET t.name = $to.name, t.type = $to.type, t.mentionCount = 0, t.aliases = [], t.aliasText = ''
SET t.writeLock = true
FOREACH (_ IN CASE WHEN $to.type = 'Person' THEN [1] ELSE [] END | SET t:Person)
FOREACH (_ IN CASE WHEN $to.type = 'Organization' THEN [1] ELSE [] END | SET t:Organization)
FOREACH (_ IN CASE WHEN $to.type = 'Place' THEN [1] ELSE [] END | SET t:Place)
WITH f, t
CALL {
  WITH f, t
  MATCH (a:Article)-[:HAS_SENTENCE]->(st:Sentence)-[m:MENTIONS]->(f)
  WHERE m.surface IN $surfaces
  CREATE (st)-[m2:MENTIONS]->(t)
  SET m2 = properties(m)
  DELETE m
  WITH f, t, a, count(*) AS moved, collect(DISTINCT m2.surface) AS surfaces
  MATCH (a)-[n:NAMES]->(f)
  OPTIONAL MATCH (a)-[k:NAMES]->(t)
  FOREACH (_ IN CASE WHEN k IS NULL THEN [1] ELSE [] END |
    CREATE (a)-[:NAMES {mentions: moved, aliases: [x IN surfaces WHERE x <> t.name], nameEn: null, coMentionTargets: [], coMentionWeights: [], confidence: n.confidence}]->(t))
  FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END |
    SET k.mentions = k.mentions + moved, k.aliases = [x IN k.aliases WHERE NOT x IN surfaces] + [x IN surfaces WHERE x <> t.name],
        k.confidence = CASE WHEN k.confidence IS NULL OR n.confidence > k.confidence THEN n.confidence ELSE k.confidence END)
  SET n.mentions = n.mentions - moved, n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN $surfaces]
  FOREACH (_ IN CASE WHEN n.mentions = 0 THEN [1] ELSE [] END | DELETE n)
  RETURN collect(a.id) AS articles
}
CALL {
  WITH articles
  UNWIND articles AS aid
  MATCH (:Article {id: aid})-[:NAMES]->(z:Entity)
  RETURN collect(DISTINCT z.id) AS entities
}
REMOVE t.writeLock
RETURN articles, entities
