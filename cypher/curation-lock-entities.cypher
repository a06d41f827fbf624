// First statement of a curation (ingest/curation/operations.ts): write-locks the entities it names
// (ids sorted, so two curations, or a curation and an ingest, queue instead of deadlocking) and reads
// them under the lock, so what the curation checks is what it changes.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.writeLock = true
REMOVE e.writeLock
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.mergedIds, []) AS mergedIds, coalesce(e.hidden, false) AS hidden
ORDER BY id
