// Analyst example: 新闻最多的日子 The busiest news days — articles per local day, with the three
// entities they mention most that day.
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL
WITH date(a.publishedAt) AS day, collect(a) AS articles
ORDER BY size(articles) DESC, day DESC
LIMIT 20
CALL {
  WITH articles
  UNWIND articles AS a
  MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
  WITH e, count(*) AS mentions
  ORDER BY mentions DESC, e.name
  LIMIT 3
  RETURN collect(e.name) AS top
}
RETURN day, size(articles) AS articles, top
ORDER BY articles DESC, day DESC
