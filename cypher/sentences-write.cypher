// Writes an article's sentences (the evidence unit) and links them to the article.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, index: row.index, text: row.text, start: row.start, end: row.end})
CREATE (a)-[:HAS_SENTENCE]->(s)
