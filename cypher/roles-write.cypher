// Writes articles' role statements: one STATES_ROLE per article, person, normalized title and
// organization (orgId null for a title stated with none), with the title as written, the sentence
// indexes stating it (Sentence ids are `<articleId>#s<index>`) and the first stated span.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (p:Person {id: row.personId})
CREATE (a)-[:STATES_ROLE {roleId: row.roleId, orgId: row.orgId, title: row.title, normalizedTitle: row.normalizedTitle,
                          sentences: row.sentences, start: row.start, end: row.end, confidence: row.confidence}]->(p)
