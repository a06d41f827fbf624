// Links sentences to the events they name, with character offsets into the article text.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (ev:Event {id: row.targetId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(ev)
