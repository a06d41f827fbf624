// The entity a merge keeps (ingest/resolve/known.ts chose it): created when the set's id is new,
// write-locked before the entities it absorbs, and recording every id its set had ($mergedIds,
// sorted union with those it had), so an article that still resolves to an old id lands here.
MERGE (s:Entity {id: $id})
ON CREATE SET s.name = $name, s.type = $type, s.mentionCount = 0
SET s.writeLock = true
FOREACH (_ IN CASE WHEN $type = 'Person' THEN [1] ELSE [] END | SET s:Person)
FOREACH (_ IN CASE WHEN $type = 'Organization' THEN [1] ELSE [] END | SET s:Organization)
FOREACH (_ IN CASE WHEN $type = 'Place' THEN [1] ELSE [] END | SET s:Place)
WITH s
CALL {
  WITH s
  UNWIND coalesce(s.mergedIds, []) + $mergedIds AS id
  WITH DISTINCT id
  ORDER BY id
  RETURN collect(id) AS mergedIds
}
SET s.mergedIds = mergedIds
REMOVE s.writeLock
RETURN s.id AS id
