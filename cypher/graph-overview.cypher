// The home view: the most-mentioned entities and the strongest co-mentions among them.
// The top entities come from the entity_mention_count index (PartialTop, no full scan). The node list
// is built once, after the edges are collected: as an aggregation grouping key it was rebuilt for
// every edge row (8 M property reads, 4-6 s on 10,000 articles). Edges are found by pair key, or
// (where that reads more: a small graph) by expanding each top entity and keeping the other end when
// it is one of the top nodes, a comparison of node references that reads no property (the end is
// left unlabelled: CO_MENTIONED joins entities only). Nodes and edges come in a stable order (mentions then id; source then target id).
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
  WITH top, [n IN top | n.id] AS ids, reduce(d = 0, n IN top | d + COUNT { (n)-[:CO_MENTIONED]->() }) AS expanded
  // Each pair of top entities sought by its key (comentions-add.cypher, about four database hits)
  // when that reads less than expanding every top entity's co-mentions, else that expansion.
  CALL {
    WITH ids, expanded
    WITH ids WHERE 4 * size(ids) * (size(ids) - 1) / 2 <= expanded
    UNWIND range(0, size(ids) - 2) AS i
    UNWIND range(i + 1, size(ids) - 1) AS j
    WITH CASE WHEN ids[i] < ids[j] THEN [ids[i], ids[j]] ELSE [ids[j], ids[i]] END AS p
    MATCH ()-[r:CO_MENTIONED]->()
    WHERE r.pair = p[0] + '\u001f' + p[1] AND r.weight >= $minWeight
    RETURN collect({source: p[0], target: p[1], r: r}) AS byKey
  }
  CALL {
    WITH top, ids, expanded
    WITH top WHERE 4 * size(ids) * (size(ids) - 1) / 2 > expanded
    UNWIND top AS a
    MATCH (a)-[r:CO_MENTIONED]->(b)
    WHERE b IN top AND r.weight >= $minWeight
    RETURN collect({source: a.id, target: b.id, r: r}) AS byExpansion
  }
  UNWIND byKey + byExpansion AS k
  WITH k ORDER BY k.r.weight DESC, k.source, k.target
  WITH collect(k) AS found
  CALL {
    WITH found
    UNWIND found[0..$edgeLimit] AS k
    // In id order, so the same graph always reaches the layout in the same order (the same picture).
    WITH k ORDER BY k.source, k.target
    RETURN collect({source: k.source, target: k.target, weight: k.r.weight, articleCount: k.r.articleCount, confidence: k.r.confidence}) AS edges
  }
  RETURN edges, size(found) - size(edges) AS edgesNotShown
}
RETURN
  [n IN top | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, []), confidence: n.confidence}] AS nodes,
  edges, edgesNotShown
