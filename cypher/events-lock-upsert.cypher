// Creates the events a batch reports and takes their write locks (ids sorted) before their counts
// and links change. Name and date come from the event id, so every writer agrees on them.
UNWIND $ids AS id
MERGE (ev:Event {id: id})
ON CREATE SET ev.mentionCount = 0
SET ev.writeLock = true
REMOVE ev.writeLock
