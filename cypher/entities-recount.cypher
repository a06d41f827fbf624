// Recomputes entities' counts, first/last seen, aliases and English name from the articles that
// still name them, and removes entities no article mentions any more. Exact in any write order.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[n:NAMES]->(e)
WITH e, sum(n.mentions) AS mentions, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen, min(n.nameEn) AS nameEn,
     max(n.confidence) AS confidence
CALL {
  WITH e
  OPTIONAL MATCH (:Article)-[n:NAMES]->(e)
  UNWIND coalesce(n.aliases, []) AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
FOREACH (_ IN CASE WHEN mentions = 0 THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN mentions > 0 THEN [1] ELSE [] END |
  SET e.mentionCount = mentions, e.firstSeen = firstSeen, e.lastSeen = lastSeen, e.nameEn = nameEn, e.confidence = confidence,
      e.aliases = [x IN aliases WHERE x <> e.name],
      e.aliasText = reduce(s = '', x IN [x IN aliases WHERE x <> e.name] | s + ' ' + x))
