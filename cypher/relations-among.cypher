// The typed edges among a view's entities ($ids, the nodes the explorer draws): every roles and
// typed relationship ($types: HOLDS_ROLE, MEETS, VISITS …) from one of them to another, in the
// explorer's edge shape with its type, weight = articles stating it, the stated dates (typed
// relations) or the title (roles). Kept when the stating articles' span overlaps the window in local
// days, as co-mentions are. Drawn beside the co-mention edges, which the views read as before.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types AND b.id IN $ids AND a <> b
  AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
  AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
WITH a, b, r ORDER BY a.id, b.id, type(r), r.normalizedTitle
RETURN collect({source: a.id, target: b.id, type: type(r), weight: r.articleCount, articleCount: r.articleCount,
                firstDate: r.firstDate, lastDate: r.lastDate, title: r.title}) AS edges
