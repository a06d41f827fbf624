// The evidence behind a co-mention edge: every sentence that mentions both entities, newest article
// first, one page of them, with both entities' mentions as highlights relative to the sentence.
// The sentences are ordered by their articles' dates alone; text, title and highlights are read for
// the page only.
MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
// From the end with fewer mentions: a hub's sentences are read only when both ends are hubs.
WITH x, y, CASE WHEN coalesce(x.mentionCount, 0) <= coalesce(y.mentionCount, 0) THEN [x, y] ELSE [y, x] END AS ends
WITH x, y, ends[0] AS few, ends[1] AS many
MATCH (few)<-[:MENTIONS]-(s:Sentence)
WHERE (s)-[:MENTIONS]->(many)
WITH DISTINCT x, y, s
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH x, y, a, s
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
WITH x, y, collect({a: a, s: s}) AS found
CALL {
  WITH x, y, found
  UNWIND found[$skip..($skip + $limit)] AS f
  WITH x, y, f.a AS a, f.s AS s
  CALL {
    WITH x, s
    MATCH (x)<-[m:MENTIONS]-(s)
    RETURN collect(DISTINCT {start: m.start - s.start, end: m.end - s.start, entityId: $source}) AS hx
  }
  CALL {
    WITH y, s
    MATCH (y)<-[m:MENTIONS]-(s)
    RETURN collect(DISTINCT {start: m.start - s.start, end: m.end - s.start, entityId: $target}) AS hy
  }
  RETURN collect({articleId: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, datePrecision: a.datePrecision,
                  sentenceIndex: s.index, text: s.text, highlights: hx + hy}) AS items
}
RETURN size(found) AS total, items
