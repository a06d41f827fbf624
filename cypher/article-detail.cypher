// One article for the article view: its own properties, its sentences in order (the text is rebuilt
// from them, as the store keeps no other copy) and every entity mention with offsets into the text.
// No row when there is no such article.
MATCH (a:Article {id: $id})
CALL {
  WITH a
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH s ORDER BY s.index
  RETURN collect({index: s.index, start: s.start, end: s.end, text: s.text}) AS sentences
}
CALL {
  WITH a
  MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
  WITH m, e ORDER BY m.start, m.end, e.id
  RETURN collect({start: m.start, end: m.end, id: e.id, name: e.name, type: e.type}) AS mentions
}
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, coalesce(a.authors, []) AS authors,
       a.publishedAt AS publishedAt, a.publishedZone AS publishedZone, a.datePrecision AS datePrecision,
       sentences, mentions
