// A neighbourhood in one statement (one round trip instead of one per ring plus one for the edges):
// each hub keeps its $hubCap strongest co-mentioned neighbours that pass the filters and reports how
// many more it hid; at depth 2 every kept neighbour that is not a seed is expanded the same way. Then
// every co-mention among the nodes reached that passes the filters, in the GraphView shape
// (ingest/store/queries/graph-overview.ts). Edges count in a time window when their first/last seen
// span overlaps it in local days (date() of a time kept in the article's offset, never the UTC day).
// The other end of an edge is checked against the node list by identity, which reads no property,
// before the edge's own properties are read.
// Hidden entities (ingest/curation) are left out, as hubs and as neighbours.
UNWIND $ids AS id
MATCH (hub:Entity {id: id})
WHERE hub.hidden IS NULL
CALL {
  WITH hub
  MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
  WHERE r.weight >= $minWeight
    AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  WITH n, r ORDER BY r.weight DESC, n.id
  WITH collect(n) AS ranked
  RETURN ranked[0..$hubCap] AS kept, size(ranked) AS available
}
WITH collect({hub: hub, kept: kept, hidden: available - size(kept)}) AS ring1
CALL {
  WITH ring1
  UNWIND ring1 AS h
  UNWIND h.kept AS hub
  WITH DISTINCT hub
  WHERE $depth = 2 AND NOT hub.id IN $ids
  CALL {
    WITH hub
    MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
    WHERE r.weight >= $minWeight
      AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
      AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
      AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
    WITH n, r ORDER BY r.weight DESC, n.id
    WITH collect(n) AS ranked
    RETURN ranked[0..$hubCap] AS kept, size(ranked) AS available
  }
  RETURN collect({hub: hub, kept: kept, hidden: available - size(kept)}) AS ring2
}
WITH ring1 + ring2 AS rings
CALL {
  WITH rings
  UNWIND rings AS h
  UNWIND [h.hub] + h.kept AS n
  WITH DISTINCT n
  RETURN collect(n) AS ns
}
CALL {
  WITH ns
  UNWIND ns AS a
  MATCH (a)-[r:CO_MENTIONED]->(b:Entity)
  WHERE b IN ns AND r.weight >= $minWeight
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN collect({source: a.id, target: b.id, weight: r.weight, articleCount: r.articleCount}) AS edges
}
RETURN [n IN ns | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, [])}] AS nodes,
       edges,
       [h IN rings WHERE h.hidden > 0 | {id: h.hub.id, hidden: h.hidden}] AS truncated
