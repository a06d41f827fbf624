// The nodes of a neighbourhood and every co-mention among them that passes the filters, in the
// GraphView shape (ingest/store/queries/graph-overview.ts).
MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS ns
CALL {
  WITH ns
  UNWIND ns AS a
  MATCH (a)-[r:CO_MENTIONED]->(b:Entity)
  WHERE b.id IN $ids AND r.weight >= $minWeight
    AND ($from IS NULL OR r.lastSeen >= datetime($from))
    AND ($to IS NULL OR r.firstSeen <= datetime($to))
  RETURN collect({source: a.id, target: b.id, weight: r.weight, articleCount: r.articleCount}) AS edges
}
RETURN [n IN ns | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, [])}] AS nodes,
       edges
