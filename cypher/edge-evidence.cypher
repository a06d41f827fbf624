// The evidence behind a co-mention edge: every sentence that mentions both entities, newest article
// first, one page of them, with both entities' mentions as highlights relative to the sentence.
MATCH (x:Entity {id: $source})<-[mx:MENTIONS]-(s:Sentence)-[my:MENTIONS]->(y:Entity {id: $target})
WITH s, collect(DISTINCT mx) AS mxs, collect(DISTINCT my) AS mys
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH a, s,
     [m IN mxs | {start: m.start - s.start, end: m.end - s.start, entityId: $source}] +
     [m IN mys | {start: m.start - s.start, end: m.end - s.start, entityId: $target}] AS highlights
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
WITH collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, datePrecision: a.datePrecision,
              sentenceIndex: s.index, text: s.text, highlights: highlights}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
