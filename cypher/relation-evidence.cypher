// The evidence behind a typed relation ($type: MEETS, VISITS … not HOLDS_ROLE, see role-evidence):
// every sentence stating that $source $type $target, with the date each states, newest article
// first, one page of them.
MATCH (a:Article)-[s:STATES_RELATION]->(:Entity {id: $source})
WHERE s.type = $type AND s.targetId = $target
UNWIND s.sentences AS index
MATCH (a)-[:HAS_SENTENCE]->(sent:Sentence {index: index})
WITH DISTINCT a, sent, s.date AS date
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, sent.index, date
WITH collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, sentenceIndex: sent.index,
              text: sent.text, date: date}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
