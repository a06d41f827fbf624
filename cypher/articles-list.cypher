// Articles newest first, one page of them with the total: those that mention $entity (with how often),
// those published on $day (a yyyy-mm-dd in the article's own zone: publishedAt keeps its offset), or
// both; every article when both are null.
CALL {
  MATCH (:Entity {id: $entity})<-[m:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
  WHERE $entity IS NOT NULL
  RETURN a, count(m) AS mentions
  UNION
  MATCH (a:Article)
  WHERE $entity IS NULL
  RETURN a, null AS mentions
}
WITH a, mentions
WHERE $day IS NULL OR (a.publishedAt IS NOT NULL AND date(a.publishedAt) = date($day))
WITH a, mentions ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect({id: a.id, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt,
              datePrecision: a.datePrecision, mentions: mentions}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
