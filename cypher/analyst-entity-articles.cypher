// Analyst example: 提到某人的文章 The articles that mention an entity — e.g. $name = '马斯克' (name or
// alias) — newest first, with their source, local day, URL and how often they name it.
// Parameters: {"name": "马斯克"}
MATCH (x:Entity)
WHERE x.name = $name OR $name IN coalesce(x.aliases, [])
MATCH (x)<-[m:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
RETURN a.title AS title, a.source AS source, date(a.publishedAt) AS day, a.url AS url, count(m) AS mentions
ORDER BY day DESC, title
LIMIT 100
