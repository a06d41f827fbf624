// Keeps a dense entity's strongest co-mentions at hand, so a neighbourhood or detail panel of a hub
// (中国, named with tens of thousands of entities) reads a few hundred relationships instead of all of
// them. For an entity with at least $dense co-mentions: strongIds holds the ids of its $keep strongest
// co-mentioned entities, and strongAbove the weight of the last of them; every co-mention heavier than
// strongAbove is in strongIds. The writer keeps that true between recomputations:
// comentions-add.cypher and comentions-sum-pairs.cypher append an entity whose weight passes
// strongAbove (weights that fall leave stale ids, which readers filter out by weight). The list is
// recomputed only when the degree has doubled since the last time (rankedDegree), so its cost is
// spread over the co-mentions that made it grow (a merge re-sums the pairs it moves through
// comentions-sum-pairs, which appends as above). An entity below $dense keeps no list (readers
// expand it whole).
// Degrees come from the counts Neo4j keeps per node, without reading the relationships.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { (e)-[:CO_MENTIONED]-() } AS degree
WHERE (degree >= $dense AND (e.rankedDegree IS NULL OR degree >= 2 * e.rankedDegree))
   OR (degree < $dense AND e.rankedDegree IS NOT NULL)
CALL {
  WITH e, degree
  WITH e WHERE degree >= $dense
  MATCH (e)-[r:CO_MENTIONED]-(n:Entity)
  WITH n, r ORDER BY r.weight DESC, n.id
  LIMIT $keep
  RETURN collect(n.id) AS strongIds, min(r.weight) AS strongAbove
}
SET e.rankedDegree = CASE WHEN degree >= $dense THEN degree END,
    e.strongIds = CASE WHEN degree >= $dense THEN strongIds END,
    e.strongAbove = CASE WHEN degree >= $dense THEN strongAbove END
