// Sets the articles' own properties and releases the write-lock marker of articles-lock.cypher
// (the lock itself is held until the transaction ends). textHash (parse/article-id.ts) lets the
// ingest path recognise a later copy of the article under another URL or file name. publishedAt keeps
// the offset of the text (datetime() of an ISO string with +08:00 stays +08:00), so date(a.publishedAt)
// is the article's own local day; publishedZone and datePrecision say which zone and how precise.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.url = row.url,
    a.title = row.title,
    a.source = row.source,
    a.authors = row.authors,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
    a.publishedZone = row.publishedZone,
    a.datePrecision = row.datePrecision,
    a.contentHash = row.contentHash,
    a.textHash = row.textHash,
    a.ingestedAt = coalesce(a.ingestedAt, datetime($now))
REMOVE a.writeLock
