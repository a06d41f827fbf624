// Ids and URLs of every article, for operators checking what a source produced (and for tests).
MATCH (a:Article)
RETURN a.id AS id, a.url AS url, a.title AS title
ORDER BY id
