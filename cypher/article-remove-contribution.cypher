// Removes an article's sentences and their mentions before it is rewritten, returning the entities
// they mentioned so their counts and co-mention weights can be recomputed exactly.
MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e)
WITH collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS touched
FOREACH (s IN sentences | DETACH DELETE s)
RETURN touched
