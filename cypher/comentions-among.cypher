// The co-mentions among a set of entities ($ids: the nodes a view draws) that pass the filters:
// the $limit strongest (weight, then ids), in id order so the same graph always reaches the layout
// in the same order, and how many more pass. Edges count in a time window when their first/last
// seen span overlaps it in local days.
// Each pair is sought by its key (comentions-add.cypher) when that takes less time than expanding
// every entity's co-mentions (a hub has tens of thousands), else by that expansion: a seek costs
// $seekCost co-mentions expanded (ingest/store/queries/graph-overview.ts, PAIR_SEEK_COST). The
// expansion keeps the other end when it is one of the set, a comparison of node references that
// reads no property (the end is unlabelled: CO_MENTIONED joins entities only).
MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS ns
WITH ns, [n IN ns | n.id] AS ids, reduce(d = 0, n IN ns | d + COUNT { (n)-[:CO_MENTIONED]->() }) AS expanded
CALL {
  WITH ids, expanded
  WITH ids WHERE $seekCost * size(ids) * (size(ids) - 1) / 2 <= expanded
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  WITH CASE WHEN ids[i] < ids[j] THEN [ids[i], ids[j]] ELSE [ids[j], ids[i]] END AS p
  MATCH ()-[r:CO_MENTIONED]->()
  WHERE r.pair = p[0] + '\u001f' + p[1] AND r.weight >= $minWeight
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN collect({source: p[0], target: p[1], r: r}) AS byKey
}
CALL {
  WITH ns, ids, expanded
  WITH ns WHERE $seekCost * size(ids) * (size(ids) - 1) / 2 > expanded
  UNWIND ns AS a
  MATCH (a)-[r:CO_MENTIONED]->(b)
  WHERE b IN ns AND r.weight >= $minWeight
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN collect({source: a.id, target: b.id, r: r}) AS byExpansion
}
UNWIND byKey + byExpansion AS k
WITH k ORDER BY k.r.weight DESC, k.source, k.target
WITH collect(k) AS found
CALL {
  WITH found
  UNWIND found[0..$limit] AS k
  WITH k ORDER BY k.source, k.target
  RETURN collect({source: k.source, target: k.target, weight: k.r.weight, articleCount: k.r.articleCount, confidence: k.r.confidence}) AS edges
}
RETURN edges, size(found) - size(edges) AS notShown
