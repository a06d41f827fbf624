// The sentences that mention an entity, newest article first, one page of them, with the total.
// Highlight offsets are relative to the sentence text (mentions store article-text offsets).
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WITH a, s, collect({start: m.start - s.start, end: m.end - s.start}) AS highlights
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
WITH collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, datePrecision: a.datePrecision,
              sentenceIndex: s.index, text: s.text, highlights: highlights}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
