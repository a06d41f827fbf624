// Analyst example: 到访某地的所有访问 Every visit to a place in a date range — e.g. $place = '北京' (name or alias),
// $from = '2024-01-01', $to = '2024-12-31' — one row per article stating it: who, the stated date
// (YYYY-MM-DD, or YYYY-MM / YYYY when the text says no more, which counts when it overlaps the range),
// the evidence sentence and the article. Undated statements are left out. Earliest first.
// Parameters: {"place": "北京", "from": "2024-01-01", "to": "2024-12-31"}
MATCH (p:Place)
WHERE p.name = $place OR $place IN coalesce(p.aliases, [])
MATCH (v:Entity)-[:VISITS]->(p)
MATCH (a:Article)-[s:STATES_RELATION]->(v)
WHERE s.type = 'VISITS' AND s.targetId = p.id
  AND s.date <= $to AND s.date >= left($from, size(s.date))
MATCH (a)-[:HAS_SENTENCE]->(sent:Sentence {index: s.sentences[0]})
RETURN v.id AS visitorId, v.name AS visitor, p.name AS place, s.date AS date, sent.text AS sentence,
       a.id AS articleId, a.title AS title, a.url AS url, a.publishedAt AS publishedAt
ORDER BY date, visitor, articleId
