// Recomputes the CO_MENTIONED aggregate for every pair touching the given entities from the
// sentences that mention both: weight = sentences, articleCount = articles. Pairs left with no shared
// sentence lose their relationship. Exact and idempotent by construction.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[old:CO_MENTIONED]-(:Entity)
DELETE old
WITH DISTINCT e
MATCH (e)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o <> e
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH e, o, count(DISTINCT s) AS weight, count(DISTINCT a) AS articles,
     min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
WITH CASE WHEN e.id < o.id THEN e ELSE o END AS x, CASE WHEN e.id < o.id THEN o ELSE e END AS y,
     weight, articles, firstSeen, lastSeen
WITH DISTINCT x, y, weight, articles, firstSeen, lastSeen
MERGE (x)-[r:CO_MENTIONED]->(y)
SET r.weight = weight, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen
