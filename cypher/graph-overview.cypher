// The home view: the most-mentioned entities and the strongest co-mentions among them.
// The top entities come from the entity_mention_count index (PartialTop, no full scan). The node list
// is built once, after the edges are collected: as an aggregation grouping key it was rebuilt for
// every edge row (8 M property reads, 4-6 s on 10,000 articles). Edges are found by expanding each
// top entity and keeping the other end when it is one of the top nodes: a comparison of node
// references, which reads no property, where reading the neighbour's mentionCount and id cost two
// database hits for every co-mention of a hub (2,000 generated articles: 105,151 db hits before,
// 73,402 after). The end is left unlabelled (CO_MENTIONED joins entities only), so no label is read
// either. Nodes and edges come in a stable order (mentions then id; source then target id).
// Only the $edgeLimit strongest co-mentions among them are returned (weight, then ids), and how many
// were left out: among the top entities of a large corpus nearly every pair is co-mentioned (tens of
// thousands of edges at 10,000 articles), which cost most of the query's time to build and send and
// no reader can tell apart on one screen.
// Hidden entities (ingest/curation) are left out.
MATCH (e:Entity)
WHERE e.mentionCount IS NOT NULL AND e.hidden IS NULL
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $limit
WITH collect(e) AS top
CALL {
  WITH top
  UNWIND top AS a
  MATCH (a)-[r:CO_MENTIONED]->(b)
  WHERE b IN top AND r.weight >= $minWeight
  WITH a, b, r ORDER BY r.weight DESC, a.id, b.id
  WITH collect({a: a, b: b, r: r}) AS found
  CALL {
    WITH found
    UNWIND found[0..$edgeLimit] AS k
    // In id order, so the same graph always reaches the layout in the same order (the same picture).
    WITH k ORDER BY k.a.id, k.b.id
    RETURN collect({source: k.a.id, target: k.b.id, weight: k.r.weight, articleCount: k.r.articleCount, confidence: k.r.confidence}) AS edges
  }
  RETURN edges, size(found) - size(edges) AS edgesNotShown
}
RETURN
  [n IN top | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, []), confidence: n.confidence}] AS nodes,
  edges, edgesNotShown
