// Before $absorbed is merged into $into (entities-merge-into.cypher), the typed relation statements
// naming it follow: those it is the source of (STATES_RELATION → it) move to $into, those naming it
// as target (found through its incoming typed relationships, no scan) take $into's id; relation ids
// are rewritten and its typed relationships (model.ts RELATION_TYPES but HOLDS_ROLE, written out so
// only those types are expanded) are deleted. Returns the relations to re-sum (relations-sum.cypher)
// as {type, sourceId, targetId}.
MATCH (s:Entity {id: $into})
MATCH (v:Entity {id: $absorbed})
WHERE v.type = s.type AND v <> s
SET s.writeLock = true, v.writeLock = true
WITH s, v
CALL {
  WITH s, v
  MATCH (a:Article)-[r:STATES_RELATION]->(v)
  CREATE (a)-[moved:STATES_RELATION]->(s)
  SET moved = properties(r),
      moved.relationId = toLower(r.type) + ':' + s.id + '|' + r.targetId + '|' + coalesce(r.date, '-')
  DELETE r
  RETURN collect({type: moved.type, sourceId: s.id, targetId: moved.targetId}) AS asSource
}
CALL {
  WITH s, v
  OPTIONAL MATCH (src:Entity)-[h:MEETS|CALLS|VISITS|SIGNS|CRITICIZES|PROTESTS|SUPPORTS|SANCTIONS|SUES|RULES|ATTACKS|COMPETES]->(v)
  OPTIONAL MATCH (:Article)-[r:STATES_RELATION]->(src)
    WHERE r.targetId = v.id AND r.type = type(h)
  SET r.targetId = s.id,
      r.relationId = toLower(r.type) + ':' + src.id + '|' + s.id + '|' + coalesce(r.date, '-')
  RETURN collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE {type: r.type, sourceId: src.id, targetId: s.id} END) AS asTarget
}
CALL {
  WITH v
  OPTIONAL MATCH (v)-[h:MEETS|CALLS|VISITS|SIGNS|CRITICIZES|PROTESTS|SUPPORTS|SANCTIONS|SUES|RULES|ATTACKS|COMPETES]-()
  DELETE h
}
REMOVE s.writeLock, v.writeLock
RETURN asSource + asTarget AS relations
