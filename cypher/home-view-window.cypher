// The home view inside a time window: entities ranked by how often articles published in the window
// mention them (exact), and the co-mentions among them whose first/last seen span overlaps the window
// (weights are all-time). Without a window the home view reads graph-overview.cypher instead.
// An entity's all-time mentionCount is at least its count in any window, so an entity whose
// mentionCount is below the last kept entity's window count cannot be among the top: that cheap
// check drops most neighbours before the id lookup.
MATCH (a:Article)
WHERE a.publishedAt >= datetime($from) AND a.publishedAt <= datetime($to)
MATCH (a)-[n:NAMES]->(e:Entity)
WITH e, sum(n.mentions) AS mentions
ORDER BY mentions DESC, e.id
LIMIT $limit
WITH collect({e: e, mentions: mentions}) AS top
WITH top, [t IN top | t.e.id] AS ids, top[-1].mentions AS floor
CALL {
  WITH top, ids, floor
  UNWIND top AS t
  WITH t.e AS a, ids, floor
  MATCH (a)-[r:CO_MENTIONED]->(b:Entity)
  WHERE b.mentionCount >= floor AND b.id IN ids AND r.weight >= $minWeight
    AND r.lastSeen >= datetime($from) AND r.firstSeen <= datetime($to)
  RETURN collect({source: a.id, target: b.id, weight: r.weight, articleCount: r.articleCount}) AS edges
}
RETURN [t IN top | {id: t.e.id, name: t.e.name, type: t.e.type, mentionCount: t.mentions, aliases: coalesce(t.e.aliases, [])}] AS nodes,
       edges
