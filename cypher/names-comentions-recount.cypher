// Recomputes the co-mentions each given article keeps on its NAMES (names-write.cypher: targets and
// weights on the NAMES of the pair's lesser id) from its sentences' MENTIONS, as the extraction
// counts them (extract/co-mentions.ts: two entities in one sentence, weight = sentences). Used after
// a merge, when two of an article's entities became one.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL {
  WITH a
  MATCH (a)-[n:NAMES]->(:Entity)
  SET n.coMentionTargets = [], n.coMentionWeights = []
}
CALL {
  WITH a
  MATCH (a)-[:HAS_SENTENCE]->(st:Sentence)-[:MENTIONS]->(e:Entity)
  WITH a, st, collect(DISTINCT e.id) AS ids
  UNWIND ids AS x
  UNWIND ids AS y
  WITH a, x, y
  WHERE x < y
  WITH a, x, y, count(*) AS weight
  ORDER BY x, y
  WITH a, x, collect(y) AS targets, collect(weight) AS weights
  MATCH (a)-[n:NAMES]->(:Entity {id: x})
  SET n.coMentionTargets = targets, n.coMentionWeights = weights
}
RETURN count(a) AS articles
