// Analyst example: 这段时间谁与某人一起出现最多 Who appears most with an entity in a period — e.g.
// $name = '马斯克' (name or alias), $from = '2024-05-01', $to = '2024-05-31' (the articles' local days) —
// counted in sentences naming both, with the number of articles; the 20 strongest.
// Parameters: {"name": "马斯克", "from": "2024-05-01", "to": "2024-05-31"}
MATCH (x:Entity)
WHERE x.name = $name OR $name IN coalesce(x.aliases, [])
MATCH (x)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(other:Entity)
WHERE other <> x
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WHERE date(a.publishedAt) >= date($from) AND date(a.publishedAt) <= date($to)
RETURN other AS entity, other.type AS type, count(DISTINCT s) AS sentences, count(DISTINCT a) AS articles
ORDER BY sentences DESC, articles DESC, entity.name
LIMIT 20
