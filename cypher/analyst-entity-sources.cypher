// Analyst example: 哪些来源报道某人最多 Which sources write most about an entity — e.g. $name = '马斯克'
// (name or alias) — articles and mentions per source.
// Parameters: {"name": "马斯克"}
MATCH (x:Entity)
WHERE x.name = $name OR $name IN coalesce(x.aliases, [])
MATCH (x)<-[m:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
RETURN coalesce(a.source, '—') AS source, count(DISTINCT a) AS articles, count(m) AS mentions
ORDER BY articles DESC, mentions DESC, source
LIMIT 50
