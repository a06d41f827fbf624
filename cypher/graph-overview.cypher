// The home view: the most-mentioned entities and the strongest co-mentions among them.
MATCH (e:Entity)
WHERE e.mentionCount IS NOT NULL
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $limit
WITH collect(e) AS top
UNWIND top AS a
OPTIONAL MATCH (a)-[r:CO_MENTIONED]->(b)
WHERE b IN top AND r.weight >= $minWeight
RETURN
  [n IN top | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, [])}] AS nodes,
  collect(CASE WHEN r IS NULL THEN null ELSE {source: a.id, target: b.id, weight: r.weight, articleCount: r.articleCount} END) AS edges
