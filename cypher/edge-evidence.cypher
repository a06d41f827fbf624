// The evidence behind a co-mention edge: every sentence that mentions both entities, newest article
// first (undated articles last, then by article id and sentence), one page of them, with both
// entities' mentions as highlights relative to the sentence. `total` is the edge's weight, the
// number of sentences naming both (comentions-add.cypher keeps it exact).
// Two ways to the page, whichever reads less:
// - along the publishedAt index, newest first, keeping the articles that name both ends, until the
//   page is full: for a pair in a large share of the articles (中国–美国), where the sentences of
//   either end are tens of thousands. Chosen when the articles expected to be read for the page
//   ($skip + $limit sentences at the pair's rate per article), each costing about eight sentences
//   read the other way (its names and sentences are checked), are fewer than the fewer end's
//   mentions (database hits measured on 3,000 generated articles). When the dated articles cannot
//   fill the page, the other way is taken;
// - from the end with fewer mentions, every sentence of it that also names the other, sorted.
// Text, title and highlights are read for the page only.
MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
// The edge itself by its pair key ($pair: store/pair-key.ts), not by reading the co-mentions of an end.
OPTIONAL MATCH ()-[r:CO_MENTIONED]->()
WHERE r.pair = $pair
WITH x, y, coalesce(r.weight, 0) AS total,
     CASE WHEN coalesce(x.mentionCount, 0) <= coalesce(y.mentionCount, 0) THEN [x, y] ELSE [y, x] END AS ends
WITH x, y, total, ends[0] AS few, ends[1] AS many,
     total > 0 AND 8 * ($skip + $limit) * COUNT { (:Article) } < total * coalesce(ends[0].mentionCount, 0) AS byDate
CALL {
  WITH few, many, byDate
  WITH few, many WHERE byDate
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL AND (a)-[:NAMES]->(few) AND (a)-[:NAMES]->(many)
  WITH few, many, a ORDER BY a.publishedAt DESC, a.id
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WHERE (s)-[:MENTIONS]->(few) AND (s)-[:MENTIONS]->(many)
  WITH a, s ORDER BY a.publishedAt DESC, a.id, s.index
  LIMIT $skip + $limit
  RETURN collect({a: a, s: s}) AS dated
}
CALL {
  WITH few, many, byDate, dated
  WITH few, many WHERE NOT byDate OR size(dated) < $skip + $limit
  MATCH (few)<-[:MENTIONS]-(s:Sentence)
  WHERE (s)-[:MENTIONS]->(many)
  WITH DISTINCT s
  MATCH (a:Article)-[:HAS_SENTENCE]->(s)
  WITH a, s
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
  LIMIT $skip + $limit
  RETURN collect({a: a, s: s}) AS sorted
}
WITH x, y, total, CASE WHEN size(sorted) > 0 THEN sorted ELSE dated END AS found
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
RETURN total, items
