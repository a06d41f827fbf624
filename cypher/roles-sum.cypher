// Sets the HOLDS_ROLE aggregate of the given roles ({personId, orgId, normalizedTitle}, orgId not
// null) to what the stored articles state: articleCount, first/last seen = the stating articles'
// dates, title = the smallest written form (order-independent). A role no article states any more
// loses its edge. Person and organization are locked by the writer's transaction. Exact in any order.
UNWIND $roles AS role
MATCH (p:Person {id: role.personId})
MATCH (o:Entity {id: role.orgId})
OPTIONAL MATCH (a:Article)-[s:STATES_ROLE]->(p)
  WHERE s.orgId = role.orgId AND s.normalizedTitle = role.normalizedTitle
WITH p, o, role, count(s) AS articles, min(s.title) AS title, max(s.confidence) AS confidence,
     min(CASE WHEN s IS NULL THEN null ELSE a.publishedAt END) AS firstSeen,
     max(CASE WHEN s IS NULL THEN null ELSE a.publishedAt END) AS lastSeen
OPTIONAL MATCH (p)-[old:HOLDS_ROLE {normalizedTitle: role.normalizedTitle}]->(o)
FOREACH (_ IN CASE WHEN articles = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN articles > 0 THEN [1] ELSE [] END |
  MERGE (p)-[r:HOLDS_ROLE {normalizedTitle: role.normalizedTitle}]->(o)
  SET r.title = title, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = confidence)
