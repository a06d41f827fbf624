// Write-locks existing entities (ids sorted) before their counts are recomputed from stored
// sentences, so a concurrent writer's uncommitted additions cannot be overwritten.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.writeLock = true
REMOVE e.writeLock
