// Gives a job's lease back, if this owner still holds it.
MATCH (l:IngestLease {name: $name, owner: $owner})
SET l.expiresAt = 0
