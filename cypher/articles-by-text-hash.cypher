// Articles already stored under another id with the same text hash (parse/article-id.ts: normalized
// title and text), for a batch of {id, hash} rows: copies of an article under another URL or name.
UNWIND $rows AS row
MATCH (a:Article {textHash: row.hash})
WHERE a.id <> row.id
RETURN DISTINCT row.id AS id
