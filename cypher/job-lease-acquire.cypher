// Takes (or renews) a job's lease when it is free, expired, or already ours. Returns a row only
// when this owner holds the lease afterwards. Two app instances racing here are serialized by the
// unique constraint on IngestLease.name and the node's write lock.
MERGE (l:IngestLease {name: $name})
ON CREATE SET l.owner = $owner, l.expiresAt = $expiresAt
WITH l
WHERE l.owner = $owner OR l.expiresAt < $now
SET l.owner = $owner, l.expiresAt = $expiresAt
RETURN l.owner AS owner
