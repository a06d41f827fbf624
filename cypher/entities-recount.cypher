// Recomputes mention counts and first/last seen from the stored mentions, and removes entities that
// are no longer mentioned anywhere. Exact whatever the order in which articles were written.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e)
WITH e, count(m) AS mentions, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
FOREACH (_ IN CASE WHEN mentions = 0 THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN mentions > 0 THEN [1] ELSE [] END |
  SET e.mentionCount = mentions, e.firstSeen = firstSeen, e.lastSeen = lastSeen)
