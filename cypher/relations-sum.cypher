// Sets the typed relationship of each given relation ({type, sourceId, targetId}) to what the stored
// articles state: (source)-[:VISITS|MEETS|… {articleCount, firstDate, lastDate, dates, dateCount,
// firstSeen, lastSeen}]->(target), with the REAL relationship type, so analysts can write
// MATCH (p)-[:VISITS]->(:Place {name: '北京'}). firstDate/lastDate/dates are the stated dates
// (YYYY-MM-DD, YYYY-MM or YYYY; as strings they sort in time order); dates keeps the first 20
// distinct ones and dateCount says how many there are, so a cut list says it was cut; firstSeen and
// lastSeen are the stating articles' publication instants (the explorer's time window). A relation
// no article states any more loses its relationship. The type is a dynamic relationship type
// ($(…), Cypher 5.26: no APOC needed); the writer only sends model.ts RELATION_TYPES. Both entities
// are locked by the writer's transaction. Exact in any order.
UNWIND $relations AS key
MATCH (src:Entity {id: key.sourceId})
MATCH (tgt:Entity {id: key.targetId})
OPTIONAL MATCH (a:Article)-[s:STATES_RELATION]->(src)
  WHERE s.type = key.type AND s.targetId = key.targetId
WITH key, src, tgt, count(DISTINCT a) AS articles, min(s.date) AS firstDate, max(s.date) AS lastDate,
     collect(DISTINCT s.date) AS stated, max(s.confidence) AS confidence,
     min(CASE WHEN s IS NULL THEN null ELSE a.publishedAt END) AS firstSeen,
     max(CASE WHEN s IS NULL THEN null ELSE a.publishedAt END) AS lastSeen
CALL {
  WITH stated
  UNWIND stated AS d
  WITH d ORDER BY d
  RETURN collect(d) AS dates
}
OPTIONAL MATCH (src)-[old:$(key.type)]->(tgt)
FOREACH (_ IN CASE WHEN (articles = 0 OR src = tgt) AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
WITH key, src, tgt, articles, firstDate, lastDate, dates, firstSeen, lastSeen, confidence
WHERE articles > 0 AND src <> tgt
MERGE (src)-[r:$(key.type)]->(tgt)
SET r.articleCount = articles, r.firstDate = firstDate, r.lastDate = lastDate, r.dates = dates[0..20],
    r.dateCount = size(dates), r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = confidence
