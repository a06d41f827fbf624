// Adds new articles' co-mentions (rows aggregated per pair, x.id < y.id, with their pair key:
// store/pair-key.ts): weight = shared sentences,
// articleCount = articles, first/last seen = the articles' dates, confidence = the best article's
// (the product of both ends' confidence in it). Both entities are locked by this
// transaction, so the read-modify-write below cannot lose a concurrent update. A dense entity's list of
// strongest co-mentions (entities-rank-neighbours.cypher) gains the relationship once its weight passes the list's floor.
// The relationship is found by its pair key (indexed), created
// when missing: MERGE between two bound entities read every co-mention of the smaller end, which is
// thousands for a pair of hubs.
UNWIND $rows AS row
MATCH (x:Entity {id: row.x})
MATCH (y:Entity {id: row.y})
WITH x, y, row, row.pair AS pair
OPTIONAL MATCH ()-[found:CO_MENTIONED]->()
WHERE found.pair = pair
CALL {
  WITH x, y, pair, found
  WITH x, y, pair WHERE found IS NULL
  CREATE (x)-[made:CO_MENTIONED {pair: pair, weight: 0, articleCount: 0}]->(y)
  RETURN collect(made) AS made
}
WITH x, y, coalesce(found, made[0]) AS r, row, CASE WHEN row.first IS NULL THEN null ELSE datetime(row.first) END AS first,
     CASE WHEN row.last IS NULL THEN null ELSE datetime(row.last) END AS last
SET r.weight = r.weight + row.weight,
    r.articleCount = r.articleCount + row.articles,
    r.confidence = CASE WHEN row.confidence IS NULL OR r.confidence >= row.confidence THEN r.confidence ELSE row.confidence END,
    r.firstSeen = CASE WHEN first IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR first < r.firstSeen THEN first ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN last IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR last > r.lastSeen THEN last ELSE r.lastSeen END
FOREACH (_ IN CASE WHEN r.weight > x.strongAbove AND NOT elementId(r) IN x.strongRels THEN [1] ELSE [] END | SET x.strongRels = x.strongRels + elementId(r))
FOREACH (_ IN CASE WHEN r.weight > y.strongAbove AND NOT elementId(r) IN y.strongRels THEN [1] ELSE [] END | SET y.strongRels = y.strongRels + elementId(r))
