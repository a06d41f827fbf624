// Analyst example: 某职务的任职者 Who has held a title at an organization — e.g. $title = '发言人', $org = '外交部'
// (names or aliases; the title matched on its normalized form, so 新闻发言人 counts as 发言人) —
// with the dates the articles saw them in it and one evidence sentence each, latest first.
// Parameters: {"title": "发言人", "org": "外交部"}
MATCH (o:Entity)
WHERE o.name = $org OR $org IN coalesce(o.aliases, [])
MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
WHERE r.normalizedTitle = $title OR r.title = $title
CALL {
  WITH p, o, r
  MATCH (a:Article)-[s:STATES_ROLE]->(p)
  WHERE s.orgId = o.id AND s.normalizedTitle = r.normalizedTitle
  MATCH (a)-[:HAS_SENTENCE]->(sent:Sentence {index: s.sentences[0]})
  WITH a, sent ORDER BY a.publishedAt DESC, a.id
  LIMIT 1
  RETURN {articleId: a.id, title: a.title, publishedAt: a.publishedAt, sentence: sent.text} AS evidence
}
RETURN p.id AS personId, p.name AS person, r.title AS title, o.name AS org,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.articleCount AS articles, evidence
ORDER BY r.lastSeen DESC, p.id
