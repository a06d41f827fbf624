// Recomputes the co-mention aggregate of the given pairs (x.id < y.id) from the stored sentences that
// mention both; a pair with no shared sentence left loses its relationship. Used for the pairs a
// changed article touched, before or after the change. Exact and idempotent by construction.
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair.x})
MATCH (y:Entity {id: pair.y})
OPTIONAL MATCH (x)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(y)
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH x, y, count(DISTINCT s) AS weight, count(DISTINCT a) AS articles,
     min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
OPTIONAL MATCH (x)-[old:CO_MENTIONED]->(y)
FOREACH (_ IN CASE WHEN weight = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN weight > 0 THEN [1] ELSE [] END |
  MERGE (x)-[r:CO_MENTIONED]->(y)
  SET r.weight = weight, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen)
