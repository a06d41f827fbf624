// The evidence behind a typed relation ($type: MEETS, VISITS … not HOLDS_ROLE, see role-evidence):
// every sentence stating that $source $type $target, with the date each states and both entities'
// mentions as highlights relative to the sentence, newest article first, one page of them.
MATCH (a:Article)-[s:STATES_RELATION]->(:Entity {id: $source})
WHERE s.type = $type AND s.targetId = $target
UNWIND s.sentences AS index
MATCH (a)-[:HAS_SENTENCE]->(sent:Sentence {index: index})
WITH DISTINCT a, sent, s.date AS date
CALL {
  WITH sent
  OPTIONAL MATCH (sent)-[m:MENTIONS]->(x:Entity)
    WHERE x.id = $source OR x.id = $target
  WITH sent, m, x ORDER BY m.start, m.end
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {start: m.start - sent.start, end: m.end - sent.start, entityId: x.id} END) AS highlights
}
WITH a, sent, date, highlights
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, sent.index, date
WITH collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, datePrecision: a.datePrecision, sentenceIndex: sent.index,
              text: sent.text, date: date, highlights: highlights}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
