// The home view inside a time window: entities ranked by how often articles published in the window
// mention them (exact), and the co-mentions among them whose first/last seen span overlaps the window
// (weights are all-time). Without a window the home view reads graph-overview.cypher instead.
// The window is whole days (the dates of $from and $to, in their own offsets) and an article is in
// it by its own local day: publishedAt keeps the article's offset, so date() is the day the article
// states (01:06 +08:00 on the 5th is the 5th, though it is the 4th in UTC); an article dated only to
// a month is in it when that month overlaps the window. The instant range first (the index on
// publishedAt) is wider than any offset, and a month wider before $from for month-only dates (kept
// as the 1st of their month); the local days then decide.
// A co-mention's other end is kept when it is one of the top nodes, a comparison of node references
// that reads no property (graph-overview.cypher: reading each neighbour's count and id cost two db
// hits per co-mention of a hub); the end is unlabelled, as CO_MENTIONED joins entities only.
// Hidden entities (ingest/curation) are left out.
MATCH (a:Article)
WHERE a.publishedAt >= datetime($from) - duration('P32D') AND a.publishedAt <= datetime($to) + duration('P1D')
WITH a, left(toString(date(a.publishedAt)), CASE a.datePrecision WHEN 'month' THEN 7 ELSE 10 END) AS local
WHERE local >= left(toString(date(datetime($from))), size(local)) AND local <= left(toString(date(datetime($to))), size(local))
MATCH (a)-[n:NAMES]->(e:Entity)
WHERE e.hidden IS NULL
WITH e, sum(n.mentions) AS mentions
ORDER BY mentions DESC, e.id
LIMIT $limit
WITH collect({e: e, mentions: mentions}) AS top
WITH top, [t IN top | t.e] AS topNodes
CALL {
  WITH topNodes
  UNWIND topNodes AS a
  MATCH (a)-[r:CO_MENTIONED]->(b)
  WHERE b IN topNodes AND r.weight >= $minWeight
    AND date(r.lastSeen) >= date(datetime($from)) AND date(r.firstSeen) <= date(datetime($to))
  RETURN collect({source: a.id, target: b.id, weight: r.weight, articleCount: r.articleCount, confidence: r.confidence}) AS edges
}
RETURN [t IN top | {id: t.e.id, name: t.e.name, type: t.e.type, mentionCount: t.mentions, aliases: coalesce(t.e.aliases, []), confidence: t.e.confidence}] AS nodes,
       edges
