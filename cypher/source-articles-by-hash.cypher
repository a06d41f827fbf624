// Articles already stored under another id with the same normalized title and text (copies of an
// article under a different URL), for a batch of {id, hash} rows.
UNWIND $rows AS row
MATCH (a:Article {textHash: row.hash})
WHERE a.id <> row.id
RETURN DISTINCT row.id AS id
