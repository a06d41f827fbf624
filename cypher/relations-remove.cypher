// Removes changed articles' typed relation statements (STATES_RELATION, article → source entity),
// returning the relations they stated ({type, sourceId, targetId}) so relations-sum.cypher re-sums
// those typed relationships.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[s:STATES_RELATION]->(e:Entity)
WITH s, {type: s.type, sourceId: e.id, targetId: s.targetId} AS relation
DELETE s
RETURN collect(DISTINCT relation) AS relations
