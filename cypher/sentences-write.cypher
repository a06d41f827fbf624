// Writes sentences (the evidence unit) of many articles and links each to its article.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (s:Sentence {id: row.id, index: row.index, text: row.text, start: row.start, end: row.end})
CREATE (a)-[:HAS_SENTENCE]->(s)
