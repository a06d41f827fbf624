// Writes articles' typed relation statements (MEETS, VISITS … every type but HOLDS_ROLE, which is
// roles-write.cypher): one STATES_RELATION (article → source entity) per relation id, with its type,
// target entity id, stated date (YYYY-MM-DD, YYYY-MM, YYYY or null), the sentence indexes stating it
// (Sentence ids are `<articleId>#s<index>`) and the first stated span. The article's contribution and
// its evidence; relations-sum.cypher turns them into the typed relationship between the two entities.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.sourceId})
CREATE (a)-[:STATES_RELATION {relationId: row.relationId, type: row.type, targetId: row.targetId, date: row.date,
                              sentences: row.sentences, start: row.start, end: row.end, confidence: row.confidence}]->(e)
