// The evidence behind a role: every sentence stating that $person holds $normalizedTitle at $org
// ($org null: the title stated with no organization), newest article first, one page of them.
MATCH (a:Article)-[s:STATES_ROLE]->(p:Person {id: $person})
WHERE s.normalizedTitle = $normalizedTitle AND ((s.orgId IS NULL AND $org IS NULL) OR s.orgId = $org)
UNWIND s.sentences AS index
MATCH (a)-[:HAS_SENTENCE]->(sent:Sentence {index: index})
WITH a, sent, s ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, sent.index
WITH collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, datePrecision: a.datePrecision, sentenceIndex: sent.index,
              text: sent.text, writtenTitle: s.title}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
