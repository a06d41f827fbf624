// Keeps a dense entity's strongest co-mentions at hand, so a neighbourhood or detail panel of a hub
// (中国, named with tens of thousands of entities) reads a few hundred relationships instead of all of
// them. For an entity with at least $dense co-mentions: strongRels holds the element ids of its $keep
// strongest CO_MENTIONED relationships (a reader seeks each by id, without expanding either end), and
// strongAbove the weight of the last of them; every co-mention heavier than strongAbove is in strongRels. The writer keeps that true between recomputations:
// comentions-add.cypher and comentions-sum-pairs.cypher append a relationship whose weight passes
// strongAbove (weights that fall, or relationships deleted, leave stale ids, which readers filter out
// by weight and by their ends). The list is
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
  RETURN collect(elementId(r)) AS strongRels, min(r.weight) AS strongAbove
}
SET e.rankedDegree = CASE WHEN degree >= $dense THEN degree END,
    e.strongIds = null,
    e.strongRels = CASE WHEN degree >= $dense THEN strongRels END,
    e.strongAbove = CASE WHEN degree >= $dense THEN strongAbove END
