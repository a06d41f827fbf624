// Before $absorbed is merged into $into (entities-merge-into.cypher), the role statements naming it
// follow: a person's STATES_ROLE move to $into, an organization's orgId becomes $into (found through
// its HOLDS_ROLE edges, no scan), role ids are rewritten, and its HOLDS_ROLE edges are deleted.
// Returns the roles to re-sum (roles-sum.cypher) as {personId, orgId, normalizedTitle}.
MATCH (s:Entity {id: $into})
MATCH (v:Entity {id: $absorbed})
WHERE v.type = s.type AND v <> s
SET s.writeLock = true, v.writeLock = true
WITH s, v
CALL {
  WITH s, v
  MATCH (a:Article)-[r:STATES_ROLE]->(v)
  CREATE (a)-[moved:STATES_ROLE]->(s)
  SET moved = properties(r), moved.roleId = 'holds_role:' + s.id + '|' + r.normalizedTitle + '|' + coalesce(r.orgId, '-')
  DELETE r
  RETURN collect({personId: s.id, orgId: moved.orgId, normalizedTitle: moved.normalizedTitle}) AS asPerson
}
CALL {
  WITH s, v
  OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(v)
  OPTIONAL MATCH (:Article)-[r:STATES_ROLE]->(p)
  WHERE r.orgId = v.id
  SET r.orgId = s.id, r.roleId = 'holds_role:' + p.id + '|' + r.normalizedTitle + '|' + s.id
  RETURN collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE {personId: p.id, orgId: s.id, normalizedTitle: r.normalizedTitle} END) AS asOrg
}
CALL {
  WITH v
  OPTIONAL MATCH (v)-[h:HOLDS_ROLE]-()
  DELETE h
}
REMOVE s.writeLock, v.writeLock
RETURN asPerson + asOrg AS roles
