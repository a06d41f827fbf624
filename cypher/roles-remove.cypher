// Removes changed articles' role statements (STATES_ROLE, article → person), returning the roles
// they stated ({personId, orgId, normalizedTitle}) so roles-sum.cypher re-sums those HOLDS_ROLE edges.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[s:STATES_ROLE]->(p:Person)
WITH s, {personId: p.id, orgId: s.orgId, normalizedTitle: s.normalizedTitle} AS role
DELETE s
RETURN collect(DISTINCT role) AS roles
