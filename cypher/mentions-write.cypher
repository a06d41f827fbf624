// Links sentences to the entities they mention, with character offsets into the article text.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.targetId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface, confidence: row.confidence}]->(e)
