// Another article with the same normalized title and text (a copy under a different URL).
MATCH (a:Article {textHash: $hash})
WHERE a.id <> $id
RETURN a.id AS id
LIMIT 1
