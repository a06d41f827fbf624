// One ring of a neighbourhood: for each frontier entity, its co-mentioned neighbours that pass the
// filters, strongest first, at most $hubCap of them, and how many more were left out. Edges count
// in a time window when their first/last seen span overlaps it.
UNWIND $ids AS id
MATCH (hub:Entity {id: id})
CALL {
  WITH hub
  MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
  WHERE r.weight >= $minWeight
    AND ($types IS NULL OR n.type IN $types)
    AND ($from IS NULL OR r.lastSeen >= datetime($from))
    AND ($to IS NULL OR r.firstSeen <= datetime($to))
  WITH n, r ORDER BY r.weight DESC, n.id
  WITH collect(n.id) AS ranked
  RETURN ranked[0..$hubCap] AS kept, size(ranked) AS available
}
RETURN hub.id AS id, kept, available - size(kept) AS hidden
