// The $edgeLimit strongest co-mentions among the entities $ids (weight, then source and target id;
// comentions-among.ts puts them in id order for the layout). No row when there are none. A
// co-mention counts in a time window when its first/last seen span overlaps it in local days.
// Two ways to find them, and the cheaper is chosen by what the first would read:
// - Expanding every listed entity's co-mentions reads the sum of their degrees (kept per node by
//   Neo4j, counted without a read). Among the top entities of a large corpus these are hubs
//   (中国: tens of thousands of co-mentions each), and every pair among them is co-mentioned.
// - Walking the weight index from the heaviest co-mention of the graph down, keeping those whose
//   both ends are listed, until $edgeLimit + 1 are kept: the heaviest co-mentions of the graph join
//   its hubs, so this stops after a few thousand. The walk reads at most $walkAbove index entries;
//   when it has not kept more than $edgeLimit by then, the expansion runs after all (so never more
//   than twice the expansion's reads).
//   Once it has, every listed co-mention at least as heavy as the $edgeLimit-th is read again by the
//   index (ties at the cut then break by ids, as the expansion's do), and how many lighter ones were
//   left out is not counted: edgesNotShown is null and every one left out weighs at most maxWeightNotShown.
// The walk is taken when the expansion would read more than $walkAbove co-mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(e) AS ns
CALL {
  WITH ns
  UNWIND ns AS n
  RETURN sum(COUNT { (n)-[:CO_MENTIONED]->() }) AS expansion
}
CALL {
  WITH ns, expansion
  WITH ns, expansion WHERE expansion > $walkAbove
  MATCH (a)-[r:CO_MENTIONED]->(b)
  USING INDEX r:CO_MENTIONED(weight)
  WHERE r.weight >= $minWeight
  WITH ns, a, b, r ORDER BY r.weight DESC
  LIMIT $walkAbove
  WITH r WHERE a IN ns AND b IN ns
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  LIMIT $edgeLimit + 1
  RETURN collect(r.weight) AS walked
}
WITH ns, CASE WHEN size(walked) > $edgeLimit THEN walked[$edgeLimit - 1] END AS cut
CALL {
  WITH ns, cut
  WITH ns, cut WHERE cut IS NOT NULL
  MATCH (a)-[r:CO_MENTIONED]->(b)
  USING INDEX r:CO_MENTIONED(weight)
  WHERE r.weight >= cut
  WITH a, b, r WHERE a IN ns AND b IN ns
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN a, b, r
  UNION ALL
  WITH ns, cut
  WITH ns WHERE cut IS NULL
  UNWIND ns AS a
  MATCH (a)-[r:CO_MENTIONED]->(b)
  WHERE b IN ns AND r.weight >= $minWeight
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN a, b, r
}
WITH cut, r ORDER BY r.weight DESC, a.id, b.id
WITH cut, collect(r) AS found
RETURN [r IN found[0..$edgeLimit] | {source: startNode(r).id, target: endNode(r).id, weight: r.weight, articleCount: r.articleCount,
                                     confidence: r.confidence, firstSeen: toString(date(r.firstSeen)), lastSeen: toString(date(r.lastSeen))}] AS edges,
       CASE WHEN cut IS NOT NULL THEN null WHEN size(found) > $edgeLimit THEN size(found) - $edgeLimit ELSE 0 END AS edgesNotShown,
       cut AS maxWeightNotShown
