// The typed edges among a view's entities ($ids, the nodes the explorer draws): every role and
// typed relationship (HOLDS_ROLE and model.ts RELATION_TYPES, written out so Neo4j expands only those
// types, never a hub's thousands of MENTIONS; a test keeps the list equal to the model's) from one of
// them to another, in the explorer's edge shape with its type, weight = articles stating it, the
// stated dates (typed relations) or the title (roles). Kept when the stating articles' span overlaps
// the window in local days, as co-mentions are. Drawn beside the co-mention edges, which the views
// read as before.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r:HOLDS_ROLE|MEETS|CALLS|VISITS|SIGNS|CRITICIZES|PROTESTS|SUPPORTS|SANCTIONS|SUES|RULES|ATTACKS|COMPETES]->(b:Entity)
WHERE b.id IN $ids AND a <> b
  AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
  AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
WITH a, b, r ORDER BY a.id, b.id, type(r), r.normalizedTitle
RETURN collect({source: a.id, target: b.id, type: type(r), weight: r.articleCount, articleCount: r.articleCount,
                firstDate: r.firstDate, lastDate: r.lastDate, title: r.title, confidence: r.confidence}) AS edges
