// The typed edges among a view's entities ($ids, the nodes the explorer draws): every role and
// typed relationship (HOLDS_ROLE and model.ts RELATION_TYPES, written out so Neo4j expands only those
// types, never a hub's thousands of MENTIONS; a test keeps the list equal to the model's) from one of
// them to another, in the explorer's edge shape with its type, weight = articles stating it, the
// stated dates (typed relations) or the title (roles), and the local days of the first and last
// stating articles. Kept when that span overlaps the window, as co-mentions are. Drawn beside the
// co-mention edges.
// Only the $edgeLimit stated by the most articles are sent, and how many more there are: among the
// top entities of a large corpus there are thousands (8,199 among the top 300 of 30,000 generated
// articles), and reading their properties was most of the statement. The other end is checked by
// node identity, which reads no property; ties break by element id, which reads none either.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(e) AS ns
UNWIND ns AS a
MATCH (a)-[r:HOLDS_ROLE|MEETS|CALLS|VISITS|SIGNS|CRITICIZES|PROTESTS|SUPPORTS|SANCTIONS|SUES|RULES|ATTACKS|COMPETES]->(b)
WHERE b IN ns AND a <> b
  AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
  AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
WITH r ORDER BY r.articleCount DESC, elementId(r)
WITH collect(r) AS found
RETURN [r IN found[0..$edgeLimit] | {source: startNode(r).id, target: endNode(r).id, type: type(r), weight: r.articleCount,
        articleCount: r.articleCount, firstDate: r.firstDate, lastDate: r.lastDate, title: r.title, confidence: r.confidence,
        normalizedTitle: r.normalizedTitle, firstSeen: toString(date(r.firstSeen)), lastSeen: toString(date(r.lastSeen))}] AS edges,
       CASE WHEN size(found) > $edgeLimit THEN size(found) - $edgeLimit ELSE 0 END AS notShown
