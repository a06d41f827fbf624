// Write-locks existing events (ids sorted) before they are recomputed from the remaining reports.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
SET ev.writeLock = true
REMOVE ev.writeLock
