// Sets the co-mention aggregate of the given pairs (x.id < y.id, with their key: store/pair-key.ts pairRows) to the sum of what the stored
// articles contribute: each article that names both keeps its co-mentions with y on its NAMES of x
// (names-write.cypher), and its confidence is the best of those articles' products of both ends'
// NAMES.confidence. A pair no article contributes to any more loses its relationship. Used for
// the pairs a changed article touched, before or after the change. Exact in any write order. A dense
// entity's list of strongest co-mentions (entities-rank-neighbours.cypher) gains the relationship when
// its weight passes the list's floor.
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair.x})
MATCH (y:Entity {id: pair.y})
WITH x, y, pair.pair AS key, CASE WHEN coalesce(x.mentionCount, 0) <= coalesce(y.mentionCount, 0) THEN [x, y] ELSE [y, x] END AS ends
CALL {
  // The articles naming both, found from the end with fewer mentions: the pairs a merge touches
  // mostly join a hub, whose every article was read per pair before (a batch at 15,000 generated
  // articles ran past the 10-minute transaction limit).
  WITH x, y, ends
  WITH x, y, ends[0] AS few, ends[1] AS many
  OPTIONAL MATCH (few)<-[:NAMES]-(a:Article)
  WHERE (a)-[:NAMES]->(many)
  OPTIONAL MATCH (a)-[n:NAMES]->(x)
  OPTIONAL MATCH (a)-[ny:NAMES]->(y)
  WITH a, n, ny, [i IN range(0, size(coalesce(n.coMentionTargets, [])) - 1) WHERE n.coMentionTargets[i] = y.id | n.coMentionWeights[i]][0] AS w
  RETURN sum(w) AS weight, count(w) AS articles,
         max(CASE WHEN w IS NULL THEN null ELSE n.confidence * ny.confidence END) AS confidence,
         min(CASE WHEN w IS NULL THEN null ELSE a.publishedAt END) AS firstSeen,
         max(CASE WHEN w IS NULL THEN null ELSE a.publishedAt END) AS lastSeen
}
// The relationship by its pair key (comentions-add.cypher), not by expanding between the two ends.
WITH x, y, weight, articles, confidence, firstSeen, lastSeen, key
OPTIONAL MATCH ()-[old:CO_MENTIONED]->()
WHERE old.pair = key
FOREACH (_ IN CASE WHEN weight = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
WITH x, y, weight, articles, confidence, firstSeen, lastSeen, key, old
CALL {
  WITH x, y, key, old, weight
  WITH x, y, key WHERE old IS NULL AND weight > 0
  CREATE (x)-[made:CO_MENTIONED {pair: key}]->(y)
  RETURN collect(made) AS made
}
WITH x, y, weight, articles, confidence, firstSeen, lastSeen, CASE WHEN weight > 0 THEN coalesce(old, made[0]) END AS r
FOREACH (_ IN CASE WHEN r IS NOT NULL THEN [1] ELSE [] END |
  SET r.weight = weight, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = confidence)
FOREACH (_ IN CASE WHEN weight > x.strongAbove AND NOT elementId(r) IN x.strongRels THEN [1] ELSE [] END | SET x.strongRels = x.strongRels + elementId(r))
FOREACH (_ IN CASE WHEN weight > y.strongAbove AND NOT elementId(r) IN y.strongRels THEN [1] ELSE [] END | SET y.strongRels = y.strongRels + elementId(r))
